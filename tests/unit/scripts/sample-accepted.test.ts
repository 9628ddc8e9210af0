// Both sample scales are accepted by the pipeline and by an independent reader of the
// format: DuckDB's own CSV parser (not ours) with the main rules restated in SQL, then
// the two readings are compared. The national run takes about a minute on 2 cores.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../scripts/sample/index.ts';
import { prefCodes, codes, vocab } from '../../../src/lib/vocab.ts';
import { run, tempDir } from '../../helpers/export.ts';

const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

async function independentChecks(dir: string, published: string) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
  const conn = await instance.connect();
  const one = async (sql: string) =>
    Object.values((await conn.runAndReadAll(sql)).getRowObjectsJS()[0]!)[0];
  const csv = (f: string) =>
    `read_csv('${join(dir, f)}', header = true, all_varchar = true, auto_detect = true)`;
  try {
    await conn.run(`CREATE VIEW c AS SELECT * FROM ${csv('consultations.csv')}`);
    await conn.run(`CREATE VIEW co AS SELECT * FROM ${csv('coordinators.csv')}`);
    return {
      consultations: Number(await one('SELECT count(*) FROM c')),
      duplicateIds: Number(await one('SELECT count(*) - count(DISTINCT consultation_id) FROM c')),
      badDates: Number(await one(`SELECT count(*) FROM c WHERE TRY_CAST(date AS DATE) IS NULL`)),
      badPrefs: Number(
        await one(`SELECT count(*) FROM c WHERE NOT list_contains(${list(prefCodes)}, pref_code)`),
      ),
      badTopics: Number(
        await one(
          `SELECT count(*) FROM c WHERE len(string_split(topics, ';')) NOT BETWEEN 1 AND 3
             OR NOT list_has_all(${list(codes(vocab.topics))}, string_split(topics, ';'))`,
        ),
      ),
      badMinutes: Number(
        await one(
          `SELECT count(*) FROM c WHERE TRY_CAST(minutes AS INTEGER) NOT BETWEEN 1 AND 480`,
        ),
      ),
      prestartupRule: Number(
        await one(
          `SELECT count(*) FROM c WHERE (legal_form = 'prestartup') = (employees_band IS NOT NULL)`,
        ),
      ),
      unknownCo: Number(
        await one(
          `SELECT count(*) FROM c WHERE co_id IS NOT NULL AND co_id NOT IN (SELECT co_id FROM co)`,
        ),
      ),
      ccoPerCentre: Number(
        await one(
          `SELECT max(n) FROM (SELECT count(*) n FROM co WHERE role = 'CCO' AND "left" IS NULL GROUP BY pref_code)`,
        ),
      ),
      noConsentWithName: Number(
        await one(
          `SELECT count(*) FROM co WHERE publish_consent = '0' AND display_name IS NOT NULL`,
        ),
      ),
      // the same ids in the same order (the ingested table is ordered by its key,
      // consultation_id, which is also the order the sample writes)
      sameIds: Boolean(
        await one(
          `SELECT count(*) = 0 FROM (SELECT consultation_id, row_number() OVER () AS i FROM c) a
           FULL JOIN (SELECT consultation_id, row_number() OVER () AS i FROM '${join(published, 'consultations.parquet')}') b
           USING (i) WHERE a.consultation_id IS DISTINCT FROM b.consultation_id`,
        ),
      ),
    };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe.each([
  ['small', 60_000],
  ['national', 600_000],
] as const)('the %s sample', (scale, timeout) => {
  it(
    'is accepted by the pipeline and by an independent reader',
    async () => {
      const root = tempDir();
      const dir = join(root, 'export');
      await generateSample({ outDir: dir, scale, seed: 3 });
      const out = join(root, 'published');
      const result = await run([dir], out, join(root, 'ingested'));
      expect(result.errors).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.synthetic).toBe(true);
      const consultations = manifest.files.find(
        (f: { file: string }) => f.file === 'consultations.csv',
      );

      const ind = await independentChecks(dir, join(root, 'ingested'));
      expect(ind).toEqual({
        consultations: consultations.rows_accepted,
        duplicateIds: 0,
        badDates: 0,
        badPrefs: 0,
        badTopics: 0,
        badMinutes: 0,
        prestartupRule: 0,
        unknownCo: 0,
        ccoPerCentre: 1,
        noConsentWithName: 0,
        sameIds: true,
      });
      if (scale === 'national') expect(ind.consultations).toBeGreaterThan(4_000_000);
    },
    timeout,
  );
});
