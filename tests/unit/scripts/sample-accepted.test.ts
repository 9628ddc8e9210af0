// Both sample scales are accepted by the pipeline and by an independent reader of the
// format: DuckDB's own CSV parser (not ours) with the main rules restated in SQL, then
// the two readings are compared. The national run takes about a minute on 2 cores.
// The format v1.1 files (plans, initiatives, offices) are checked as accepted row for row.
// Then the largest centre's own export, cut from the sample, goes through the browser path
// (DuckDB-WASM in Node) and must give exactly the lines the pipeline published for it:
// at national scale that is a real centre's size, which the contract example is not.
import { DuckDBInstance } from '@duckdb/node-api';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../scripts/sample/index.ts';
import { prefCodes, codes, vocab } from '../../../src/lib/vocab.ts';
import { run, tempDir } from '../../helpers/export.ts';
import { centreInBrowser, publishedLinesOf } from '../../helpers/workspace.ts';
import { openNodeWasm } from '../../../scripts/lib/node-duckdb-wasm.ts';

const list = (xs: string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;

/** The centre with the most accepted consultations (ties: the lower pref_code). */
async function largestIngested(ingested: string): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    const rows = await conn.runAndReadAll(
      `SELECT pref_code FROM '${join(ingested, 'consultations.parquet')}'
       GROUP BY pref_code ORDER BY count(*) DESC, pref_code LIMIT 1`,
    );
    return String(rows.getRowObjectsJS()[0]!['pref_code']).padStart(2, '0');
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

async function independentChecks(dir: string, ingested: string, published: string) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
  const conn = await instance.connect();
  const one = async (sql: string) =>
    Object.values((await conn.runAndReadAll(sql)).getRowObjectsJS()[0]!)[0];
  const csv = (f: string) =>
    `read_csv('${join(dir, f)}', header = true, all_varchar = true, auto_detect = true)`;
  try {
    await conn.run(`CREATE VIEW c AS SELECT * FROM ${csv('consultations.csv')}`);
    await conn.run(`CREATE VIEW co AS SELECT * FROM ${csv('coordinators.csv')}`);
    await conn.run(`CREATE VIEW pl AS SELECT * FROM ${csv('plans.csv')}`);
    await conn.run(`CREATE VIEW o AS SELECT * FROM ${csv('offices.csv')}`);
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
      plans: Number(await one('SELECT count(*) FROM pl')),
      duplicatePlans: Number(
        await one('SELECT count(*) - count(DISTINCT (pref_code, fiscal_year, indicator)) FROM pl'),
      ),
      badTargets: Number(
        await one(
          `SELECT count(*) FROM pl WHERE TRY_CAST(target AS DOUBLE) IS NULL
             OR NOT (indicator LIKE 'r6\\_%' ESCAPE '\\' OR indicator LIKE 'r8\\_%' ESCAPE '\\')
             OR (indicator LIKE '%sat%' OR indicator IN ('r8_selfdrive', 'r8_outlook'))
                AND TRY_CAST(target AS DOUBLE) NOT BETWEEN 0 AND 1
             OR indicator NOT IN ('r8_value_added_growth', 'r8_sales_growth')
                AND TRY_CAST(target AS DOUBLE) < 0`,
        ),
      ),
      mainOffices: Number(await one(`SELECT count(DISTINCT pref_code) FROM o WHERE main = '1'`)),
      publishedTargets: Number(
        await one(`SELECT count(*) FROM '${join(published, 'targets.csv')}'`),
      ),
      // the same ids in the same order (the ingested table is ordered by its key,
      // consultation_id, which is also the order the sample writes)
      sameIds: Boolean(
        await one(
          `SELECT count(*) = 0 FROM (SELECT consultation_id, row_number() OVER () AS i FROM c) a
           FULL JOIN (SELECT consultation_id, row_number() OVER () AS i FROM '${join(ingested, 'consultations.parquet')}') b
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
      const summary = generateSample({ outDir: dir, scale, seed: 3 });
      const out = join(root, 'published');
      const result = await run([dir], out, join(root, 'ingested'));
      expect(result.errors).toEqual([]);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
      expect(manifest.synthetic).toBe(true);
      const consultations = manifest.files.find(
        (f: { file: string }) => f.file === 'consultations.csv',
      );

      // Every row of the format v1.1 files is accepted.
      for (const file of ['plans.csv', 'offices.csv', 'initiatives/*.md']) {
        const entry = manifest.files.find((f: { file: string }) => f.file === file);
        expect(entry, file).toMatchObject({
          rows_accepted: summary.rows[file],
          rows_rejected: 0,
        });
      }

      const ind = await independentChecks(dir, join(root, 'ingested'), out);
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
        plans: summary.rows['plans.csv'],
        duplicatePlans: 0,
        badTargets: 0,
        mainOffices: prefCodes.length,
        publishedTargets: summary.rows['plans.csv'],
        sameIds: true,
      });
      if (scale === 'national') expect(ind.consultations).toBeGreaterThan(4_000_000);

      const pref = await largestIngested(join(root, 'ingested'));
      const wasm = await openNodeWasm();
      try {
        const ours = await centreInBrowser(wasm.db, dir, join(root, 'own'), pref);
        expect(ours.problems).toEqual([]);
        const theirs = publishedLinesOf(out, pref);
        expect(theirs.length).toBeGreaterThan(0);
        expect(ours.lines).toEqual(theirs);
      } finally {
        await wasm.close();
      }
    },
    timeout,
  );
});
