import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    // Vitest's own snapshots follow the goldens' rule (tests/helpers/golden.ts): written only
    // with UPDATE_GOLDEN=1; by default Vitest would write a missing one and pass, outside CI.
    update: process.env['UPDATE_GOLDEN'] === '1' ? 'all' : 'none',
    hookTimeout: 120_000,
  },
});
