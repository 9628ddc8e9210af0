// A manifest for the catalogue builders' tests: the example export's golden manifest
// (tests/fixtures/example-published-golden/), with what the golden leaves out put back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManifestSchema, type Manifest } from '../../../../src/schemas/manifest.ts';

/** The golden manifest of the example export, with what the golden leaves out put back. */
export function exampleManifest(): Manifest {
  const path = join(
    import.meta.dirname,
    '../../../fixtures/example-published-golden/manifest.json',
  );
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & {
    published: Record<string, unknown>[];
  };
  for (const p of json.published) {
    if (p['file'] === 'portal.duckdb') Object.assign(p, { bytes: 1, sha256: '0'.repeat(64) });
  }
  return ManifestSchema.parse({
    ...json,
    generated_at: '2026-04-01T00:00:00.000Z',
    code_version: '1.2.3+abc',
  });
}
