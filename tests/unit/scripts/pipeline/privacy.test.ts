// disclosure.md, "What must never appear anywhere in the built site or its data files":
// every file the pipeline publishes (Parquet, CSV, JSON and the browser DuckDB file read
// column by column) is searched for the input's business keys, consultation and response
// ids, and the ids, names and bios of coordinators who did not consent.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../../scripts/sample/index.ts';
import { EXAMPLE, readRows, run, tempDir } from '../../../helpers/export.ts';
import { findIdentifiers } from '../../../helpers/scan-identifiers.ts';

function secrets(dir: string): Set<string> {
  const column = (
    file: string,
    name: string,
    where: (r: Record<string, string>) => boolean = () => true,
  ) => {
    const [header, ...rows] = readRows(join(dir, file));
    return rows
      .map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])))
      .filter(where)
      .map((r) => r[name]!)
      .filter((v) => v.length >= 3);
  };
  const noConsent = (r: Record<string, string>) => r.publish_consent === '0';
  // Bio lines of coordinators without consent, unless a consenting one wrote the same line
  // (sample bios are assembled from shared phrases).
  const lines = (bios: string[]) =>
    bios.flatMap((b) => b.split('\n')).filter((l) => l.length >= 20);
  const consenting = new Set(lines(column('coordinators.csv', 'bio', (r) => !noConsent(r))));
  return new Set([
    ...column('consultations.csv', 'business_key'),
    ...column('consultations.csv', 'consultation_id'),
    ...column('surveys.csv', 'response_id'),
    ...column('coordinators.csv', 'co_id', noConsent),
    ...lines(column('coordinators.csv', 'bio', noConsent)).filter((l) => !consenting.has(l)),
  ]);
}

describe('nothing identifying in the published files', () => {
  it.each([
    ['the contract example', async () => EXAMPLE],
    [
      'a generated sample',
      async () => {
        const dir = join(tempDir(), 'export');
        await generateSample({ outDir: dir, scale: 'small', seed: 5 });
        return dir;
      },
    ],
  ])(
    '%s',
    async (_name, make) => {
      const dir = await make();
      const out = join(tempDir(), 'published');
      const result = await run([dir], out);
      expect(result.errors).toEqual([]);
      const identifiers = secrets(dir);
      expect(identifiers.size).toBeGreaterThan(100);
      expect(await findIdentifiers(out, identifiers)).toEqual([]);
    },
    120_000,
  );

  it('would find one (the scan is not vacuous)', async () => {
    const out = join(tempDir(), 'published');
    const ingested = join(tempDir(), 'ingested');
    expect((await run([EXAMPLE], out, ingested)).ok).toBe(true);
    // the private normalised tables do hold them
    expect((await findIdentifiers(ingested, secrets(EXAMPLE))).length).toBeGreaterThan(0);
  });
});
