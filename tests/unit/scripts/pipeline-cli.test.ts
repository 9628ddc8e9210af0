// The pipeline's command line: usage errors exit 2 with a message, before anything is read.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, tempDir } from '../../helpers/export.ts';

const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(import.meta.dirname, '../../../scripts/pipeline.ts'), ...args],
    {
      encoding: 'utf8',
    },
  );

describe('npm run pipeline', () => {
  it('refuses a path DuckDB would read as a glob pattern', () => {
    const out = join(tempDir(), 'out?');
    const r = cli('--in', EXAMPLE, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--out ${out}: a path with * ? [ ] { } cannot be read safely`);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --in', () => {
    const r = cli();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: npm run pipeline -- --in DIR/);
  });
});
