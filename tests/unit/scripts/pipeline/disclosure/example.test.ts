// The contract's example export, read by the ingest itself, through disclosure
// control: every rule, every table described, nothing identifying anywhere.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  applyDisclosure,
  type DisclosureSummary,
} from '../../../../../scripts/pipeline/disclosure/index.ts';
import type { PublishedTable } from '../../../../../src/schemas/published/table.ts';
import { checkAgencyAggregate, checkAggregates, checkMicrodata } from './checks.ts';
import { checkOneAnswer } from './one-answer-checks.ts';
import {
  all,
  createTables,
  describeTable,
  EXAMPLE,
  ingestExport,
  openDb,
  pubTables,
  pubText,
  type TestDb,
} from './helpers.ts';

let db: TestDb;
let tables: PublishedTable[];
let summary: DisclosureSummary;
beforeAll(async () => {
  db = await ingestExport([EXAMPLE]);
  ({ tables, summary } = await applyDisclosure(db.conn, db.scratch));
});
afterAll(() => db.close());

/** The pub tables the browser's database holds, first in the made order. */
const IN_BROWSER = [
  'microdata',
  'microdata_disclosure',
  'lineage',
  'consultations_by_topic',
  'consultations_by_industry',
  'consultations_by_employees_band',
  'consultations_by_channel',
  'consultations_by_month',
  'consultations_by_agency',
];

describe('disclosure control on the contract example', () => {
  test('describes every pub table it makes, column for column', async () => {
    const made = await pubTables(db.conn);
    expect(tables.map((t) => t.name).sort()).toEqual(made.map((t) => t.table_name));
    expect(tables.map((t) => t.name)).toEqual([
      ...IN_BROWSER,
      'coordinators',
      'coordinator_figures',
      'support_menus',
      'cases',
      'capacity',
      'initiatives',
      'offices',
    ]);
    for (const t of tables) {
      const cols = (await describeTable(db.conn, `pub.${t.name}`)).map((c) => c.name);
      expect(
        t.columns.map((c) => c.name),
        t.name,
      ).toEqual(cols);
      expect(
        t.sortBy.every((c) => cols.includes(c)),
        t.name,
      ).toBe(true);
      const lead = ['fiscal_year', 'pref_code'].filter((c) => cols.includes(c));
      expect(t.sortBy.slice(0, lead.length), t.name).toEqual(lead);
      expect(t.title, t.name).toMatch(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u);
      expect(t.description.length, t.name).toBeGreaterThan(10);
      for (const c of t.columns) expect(c.meaning.length, `${t.name}.${c.name}`).toBeGreaterThan(1);
    }
    const inBrowser = tables.filter((t) => t.inBrowserDb).map((t) => t.name);
    // the centres' own initiatives and offices too (small, for the pages' drilldowns)
    expect(inBrowser).toEqual([...IN_BROWSER, 'initiatives', 'offices']);
  });

  test('microdata: k = 5 and every row accounted for', async () => {
    expect(summary.microdata.rows_in).toBe(234);
    await checkMicrodata(db.conn, summary);
  });

  test('aggregates: small counts and complementary suppression', async () => {
    await checkAggregates(db.conn, summary);
    await checkAgencyAggregate(db.conn, summary);
  });

  test('one answer: no suppressed cell can be counted from the microdata', async () => {
    expect(summary.microdata.rows_generalised_cells).toBeGreaterThan(0);
    await checkOneAnswer(db.conn);
  });

  test('the non-consenting coordinator is nowhere; consenting ones are all there', async () => {
    const co = await all<{ co_id: string; publish_consent: boolean }>(
      db.conn,
      'SELECT co_id, publish_consent FROM coordinators',
    );
    const withheld = co.filter((c) => !c.publish_consent).map((c) => c.co_id);
    expect(withheld).toEqual(['HX-47-004']);
    for (const [table, values] of await pubText(db.conn)) {
      expect(
        values.filter((v) => withheld.some((id) => v.includes(id))),
        table,
      ).toEqual([]);
    }
    const published = await all<{ co_id: string }>(db.conn, 'SELECT co_id FROM pub.coordinators');
    expect(published.map((p) => p.co_id).sort()).toEqual(
      co
        .filter((c) => c.publish_consent)
        .map((c) => c.co_id)
        .sort(),
    );
    expect(summary.coordinators).toEqual({ published: 11, withheld_no_consent: 1 });
  });

  test('no identifier or exact consultation date in any table', async () => {
    const ids = await all<{ v: string }>(
      db.conn,
      `SELECT business_key AS v FROM consultations UNION SELECT consultation_id FROM consultations
       UNION SELECT response_id FROM surveys UNION SELECT business_key FROM financials
       UNION SELECT business_key FROM phase2`,
    );
    const dates = await all<{ v: string }>(
      db.conn,
      `SELECT DISTINCT strftime(date, '%Y-%m-%d') AS v FROM consultations`,
    );
    const forbidden = new Set([...ids, ...dates].map((r) => r.v));
    for (const [table, values] of await pubText(db.conn)) {
      // cases.published is the case study's publication date, initiatives' start and end
      // the initiative's own days: not a consultation's.
      const scanned =
        table === 'cases' || table === 'initiatives'
          ? values.filter((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v))
          : values;
      expect(
        scanned.filter((v) => forbidden.has(v)),
        table,
      ).toEqual([]);
    }
    const dateColumns = await all<{ table_name: string; column_name: string }>(
      db.conn,
      `SELECT table_name, column_name FROM duckdb_columns()
       WHERE schema_name = 'pub' AND data_type IN ('DATE', 'TIMESTAMP')`,
    );
    expect(dateColumns).toEqual([
      { table_name: 'cases', column_name: 'published' },
      { table_name: 'initiatives', column_name: 'start' },
      { table_name: 'initiatives', column_name: 'end' },
    ]);
  });
});

describe('disclosure control on an export without consultations', () => {
  test('makes every table, empty, with a zero summary', async () => {
    const empty = await openDb();
    try {
      await createTables(empty.conn, {});
      const r = await applyDisclosure(empty.conn, empty.scratch);
      expect(r.tables).toHaveLength(16);
      for (const t of r.tables) {
        expect(await all(empty.conn, `SELECT * FROM pub.${t.name}`), t.name).toEqual([]);
      }
      expect(r.summary.microdata).toEqual({
        rows_in: 0,
        rows_published: 0,
        rows_generalised: 0,
        rows_generalised_cells: 0,
        rows_withheld: 0,
      });
      expect(r.summary.coordinators).toEqual({ published: 0, withheld_no_consent: 0 });
      for (const s of Object.values(r.summary.aggregates)) {
        expect(s).toEqual({
          cells: 0,
          suppressed_primary: 0,
          suppressed_complementary: 0,
          exposed_by_totals: 0,
        });
      }
    } finally {
      empty.close();
    }
  });
});
