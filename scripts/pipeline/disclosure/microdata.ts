// Consultation-level microdata for in-browser drilldowns (disclosure.md, "Consultation-level
// microdata"): only the allowed columns, the fiscal quarter instead of the month, and
// k-anonymity with k = 5 counted in distinct businesses over the quasi-identifier
// (fiscal_year, pref_code, quarter, industry, employees_band, legal_form). Time is a
// quasi-identifier (disclosure.md); the quarter withholds less than half of what the month
// would on the national sample (docs/methodology.md, "Time in the key").
//
// First, one release, one answer (one-answer.ts): every value that falls in a suppressed
// cell of an aggregate table becomes '*' (a suppressed month: its rows' quarter). Then
// k-anonymity on those values (set-based, on distinct (quasi-identifier, business) pairs):
//   level 0  a combination with ≥ 5 distinct businesses is published as it is;
//   level 1  the rows still failing are regrouped with industry = '*', by (fiscal_year,
//            pref_code, quarter, employees_band, legal_form); a group with ≥ 5 distinct
//            businesses *among those failing rows* is published generalised;
//   level 2  the rows still failing: employees_band = '*' too;
//   level 3  the rows still failing: legal_form = '*' too, by (fiscal_year, pref_code, quarter);
//   level 4  what still fails is withheld.
// k-anonymity only turns values into '*' or withholds rows, so it never shows a value the
// first step hid, and the first step's '*' are values like any other to it. Every row of a
// level-0 combination shares its fate, so the level is decided per combination. NULL
// industry and employees_band (prestartup) are a value of their own (IS NOT DISTINCT FROM).
// Distinct businesses are recounted on the final combinations before anything is published.
import type { DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import type { DisclosureSummary } from '../../../src/schemas/manifest.ts';
import { excludedFromResolved } from '../../../src/lib/vocab.ts';
import { GENERALISED, K_ANONYMITY } from '../../../src/schemas/published/disclosure-rules.ts';
import {
  MICRODATA_COLUMNS,
  MICRODATA_DISCLOSURE_TABLE,
  MICRODATA_TABLE,
} from '../../../src/schemas/published/microdata.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { publishedOrder, withInsertionOrder } from '../publish/layout.ts';
import { PARQUET_OPTIONS } from '../publish/parquet.ts';
import { anyHidden, HIDDEN_AGENCIES, HIDDEN_FLAGS, hiddenJoins } from './one-answer.ts';
import { countOf, fiscalQuarter, fiscalYear, listLit, lit, query } from './sql.ts';

export { GENERALISED, K_ANONYMITY, MICRODATA_COLUMNS, MICRODATA_TABLE };

export type MicrodataSummary = DisclosureSummary['microdata'];

const eq = (a: string, b: string, col: string) => `${a}.${col} IS NOT DISTINCT FROM ${b}.${col}`;

/** The quasi-identifier, as columns of disc_src and disc_k. */
const COMBO = ['fy', 'pref_code', 'quarter', 'industry', 'employees_band', 'legal_form'];
/** Group keys at each generalisation level 1–3 (the columns still shown). */
const LEVEL_KEYS = [
  ['fy', 'pref_code', 'quarter', 'employees_band', 'legal_form'],
  ['fy', 'pref_code', 'quarter', 'legal_form'],
  ['fy', 'pref_code', 'quarter'],
];
const WITHHELD = 4;
const star = lit(GENERALISED);

/** A quasi-identifier column of a row at `level` (from `t`): '*' from that level on. */
const generalised = (t: string, col: 'industry' | 'employees_band' | 'legal_form') => {
  const from = { industry: 1, employees_band: 2, legal_form: 3 }[col];
  return `CASE WHEN ${t}.level >= ${from} THEN ${star} ELSE ${t}.${col} END`;
};

export async function buildMicrodata(
  conn: DuckDBConnection,
  scratchDir: string,
): Promise<{ tables: PublishedTable[]; summary: MicrodataSummary }> {
  // Every consultation with the one-answer rule applied to its quasi-identifier (the columns
  // k-anonymity counts on), and flags for what else of it to generalise.
  await conn.run(`
    CREATE OR REPLACE TEMP VIEW disc_src AS
    SELECT c.* EXCLUDE (industry, employees_band), ${fiscalYear('c.date')} AS fy,
      CASE WHEN h_month.fy IS NOT NULL THEN ${star} ELSE ${fiscalQuarter('c.date')} END AS quarter,
      CASE WHEN h_industry.fy IS NOT NULL THEN ${star} ELSE c.industry END AS industry,
      CASE WHEN h_band.fy IS NOT NULL THEN ${star} ELSE c.employees_band END AS employees_band,
      ${HIDDEN_FLAGS}
    FROM consultations c
    ${hiddenJoins('c')}`);

  // One row per (quasi-identifier combination, business).
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_k AS
    SELECT ${COMBO.join(', ')}, business_key, count(*)::INTEGER AS n, NULL::INTEGER AS level
    FROM disc_src GROUP BY ALL`);
  await conn.run(`
    UPDATE disc_k SET level = 0 FROM (
      SELECT ${COMBO.join(', ')} FROM disc_k GROUP BY ALL HAVING count(*) >= ${K_ANONYMITY}
    ) g WHERE ${COMBO.map((c) => eq('disc_k', 'g', c)).join(' AND ')}`);
  for (const [i, keys] of LEVEL_KEYS.entries()) {
    await conn.run(`
      UPDATE disc_k SET level = ${i + 1} FROM (
        SELECT ${keys.join(', ')} FROM disc_k WHERE level IS NULL
        GROUP BY ALL HAVING count(DISTINCT business_key) >= ${K_ANONYMITY}
      ) g WHERE disc_k.level IS NULL AND ${keys.map((c) => eq('disc_k', 'g', c)).join(' AND ')}`);
  }
  await conn.run(`UPDATE disc_k SET level = ${WITHHELD} WHERE level IS NULL`);

  // Guard: recount distinct businesses on the final (generalised) combinations.
  const unsafe = await countOf(
    conn,
    `SELECT count(*) AS n FROM (
       SELECT fy, pref_code, quarter, ${generalised('q', 'industry')},
         ${generalised('q', 'employees_band')}, ${generalised('q', 'legal_form')}
       FROM disc_k q WHERE level < ${WITHHELD}
       GROUP BY ALL HAVING count(DISTINCT business_key) < ${K_ANONYMITY})`,
  );
  if (unsafe > 0) throw new Error(`microdata: ${unsafe} combination(s) below k = ${K_ANONYMITY}`);

  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_combo AS
    SELECT ${COMBO.join(', ')}, any_value(level) AS level FROM disc_k GROUP BY ALL`);
  await conn.run('DROP TABLE disc_k');
  await conn.run(`
    CREATE OR REPLACE TEMP VIEW disc_rows AS
    SELECT s.*, k.level FROM disc_src s
    JOIN disc_combo k ON ${COMBO.map((c) => eq('k', 's', c)).join(' AND ')}`);

  const excluded = listLit([...excludedFromResolved].sort());
  // Written once, in its published order, as the published Parquet file (in the scratch
  // directory; the writer copies it) and read through a view by the other writers: millions
  // of rows never sit in DuckDB's memory, nor get sorted or encoded twice.
  const file = join(scratchDir, 'microdata.parquet');
  await withInsertionOrder(conn, () =>
    conn.run(`
    COPY (
    SELECT * FROM (SELECT
      k.fy AS fiscal_year,
      k.quarter,
      k.pref_code,
      CASE WHEN k.hide_topic THEN ${star} ELSE k.topics[1] END AS primary_topic,
      CASE WHEN k.hide_topic THEN list_prepend(${star}, k.topics[2:]) ELSE k.topics END AS topics,
      ${generalised('k', 'legal_form')} AS legal_form,
      ${generalised('k', 'employees_band')} AS employees_band,
      ${generalised('k', 'industry')} AS industry,
      CASE WHEN k.hide_channel THEN ${star} ELSE k.channel END AS channel,
      k.phase,
      k.issue_resolved,
      (k.issue_resolved AND NOT list_contains(${excluded}, k.topics[1])) AS counted_resolved,
      k.outcome_confirmed,
      ${HIDDEN_AGENCIES.map(
        ({ column, hidden }) =>
          `list_transform(k.${column}, a -> CASE WHEN list_contains(k.${hidden}, a) THEN ${star} ELSE a END) AS ${column}`,
      ).join(',\n      ')}
    FROM disc_rows k
    WHERE k.level < ${WITHHELD})
    ORDER BY ${publishedOrder(MICRODATA_TABLE)}
    ) TO ${lit(file)} (${PARQUET_OPTIONS})`),
  );
  await conn.run(
    `CREATE OR REPLACE VIEW pub.microdata AS SELECT * FROM read_parquet(${lit(file)})`,
  );

  // Per fiscal year and centre: what the one-answer rule and k-anonymity did (one more scan
  // of the consultations; the lineage table reads it too).
  const qiStar = `(k.level >= 1 OR k.industry = ${star} OR k.employees_band = ${star})`;
  const published = `k.level < ${WITHHELD}`;
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_counts AS
    SELECT fy AS fiscal_year, pref_code,
      count(*)::INTEGER AS consultations,
      count(*) FILTER (WHERE ${published})::INTEGER AS rows_published,
      count(*) FILTER (WHERE ${published} AND ${qiStar})::INTEGER AS rows_generalised,
      count(*) FILTER (WHERE ${published} AND ${anyHidden('k')})::INTEGER AS rows_generalised_cells,
      count(*) FILTER (WHERE ${published} AND (${qiStar} OR ${anyHidden('k')}))::INTEGER
        AS rows_generalised_any,
      count(*) FILTER (WHERE NOT ${published})::INTEGER AS rows_withheld
    FROM disc_rows k GROUP BY ALL`);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.microdata_disclosure AS
    SELECT fiscal_year, pref_code, consultations, rows_published, rows_generalised,
      rows_generalised_cells, rows_withheld
    FROM disc_counts ORDER BY fiscal_year, pref_code`);

  const [s] = await query<MicrodataSummary>(
    conn,
    `SELECT coalesce(sum(consultations), 0)::INTEGER AS rows_in,
       coalesce(sum(rows_published), 0)::INTEGER AS rows_published,
       coalesce(sum(rows_generalised), 0)::INTEGER AS rows_generalised,
       coalesce(sum(rows_generalised_cells), 0)::INTEGER AS rows_generalised_cells,
       coalesce(sum(rows_withheld), 0)::INTEGER AS rows_withheld
     FROM pub.microdata_disclosure`,
  );
  await conn.run('DROP VIEW disc_rows');
  await conn.run('DROP VIEW disc_src');
  await conn.run('DROP TABLE disc_combo');
  // The quarters present are the quarter column's codes (an ENUM in portal.duckdb, smaller
  // than text).
  const quarters = (
    await query<{ quarter: string }>(
      conn,
      `SELECT DISTINCT quarter FROM pub.microdata WHERE quarter IS NOT NULL ORDER BY quarter`,
    )
  ).map((r) => r.quarter);
  const columns = MICRODATA_TABLE.columns.map((c) =>
    c.name === 'quarter' ? { ...c, codes: quarters } : c,
  );
  return {
    tables: [{ ...MICRODATA_TABLE, columns, parquetFile: file }, MICRODATA_DISCLOSURE_TABLE],
    summary: s!,
  };
}
