// Consultation-level microdata for in-browser drilldowns (disclosure.md, "Consultation-level
// microdata"): only the allowed columns, and k-anonymity with k = 5 counted in distinct
// businesses over the quasi-identifier (fiscal_year, pref_code, industry, employees_band,
// legal_form).
//
// Algorithm (set-based, on distinct (quasi-identifier, business) pairs, not on rows):
//   level 0  a combination with ≥ 5 distinct businesses is published as it is;
//   level 1  the rows still failing are regrouped with industry = '*', by (fiscal_year,
//            pref_code, employees_band, legal_form); a group with ≥ 5 distinct businesses
//            *among those failing rows* is published generalised;
//   level 2  the rows still failing: employees_band = '*' too, by (fiscal_year, pref_code,
//            legal_form);
//   level 3  the rows still failing: legal_form = '*' too, by (fiscal_year, pref_code);
//   level 4  what still fails is withheld.
// Every row of a level-0 combination shares its fate, so the level is decided per
// combination. A level-k combination has '*' in exactly the first k quasi-identifier columns
// and codes never contain '*', so rows generalised at one level never join a combination
// made at another: each published combination holds exactly the rows assigned to it, and
// its distinct businesses were counted on exactly those rows. NULL industry and
// employees_band (prestartup) are a value of their own (IS NOT DISTINCT FROM). The result is
// checked once more on the final combinations before anything is published.
//
// One release, one answer (disclosure.md): then every value that falls in a suppressed cell
// of an aggregate table (one-answer.ts) is generalised to '*' in its rows — never withheld.
// For industry and employees_band that merges whole combinations of ≥ 5 businesses into
// coarser ones, so k = 5 still holds (and the guard recounts it on the final combinations).
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
import { BASE } from './base.ts';
import { HIDDEN_AGENCIES, hiddenJoins, hiddenFlags } from './one-answer.ts';
import { countOf, fiscalYear, listLit, lit, query, yearMonth } from './sql.ts';

export { GENERALISED, K_ANONYMITY, MICRODATA_COLUMNS, MICRODATA_TABLE };

export type MicrodataSummary = DisclosureSummary['microdata'];

const eq = (a: string, b: string, col: string) => `${a}.${col} IS NOT DISTINCT FROM ${b}.${col}`;

/** Group keys at each generalisation level 1–3 (the columns still shown). */
const LEVEL_KEYS = [
  ['fy', 'pref_code', 'employees_band', 'legal_form'],
  ['fy', 'pref_code', 'legal_form'],
  ['fy', 'pref_code'],
];
const WITHHELD = 4;
const COMBO = ['fy', 'pref_code', 'industry', 'employees_band', 'legal_form'];

/**
 * A generalised quasi-identifier column for a row at `level` (column `col` from `t`), also
 * '*' where `t` flags it as a value of a suppressed aggregate cell (`hide_<col>`).
 */
const generalised = (t: string, col: 'industry' | 'employees_band' | 'legal_form') => {
  const from = { industry: 1, employees_band: 2, legal_form: 3 }[col];
  const hidden = col === 'legal_form' ? '' : ` OR ${t}.hide_${col}`;
  return `CASE WHEN ${t}.level >= ${from}${hidden} THEN '${GENERALISED}' ELSE ${t}.${col} END`;
};
const ANY_QI_GENERALISED = `(k.level >= 1 OR k.hide_industry OR k.hide_employees_band)`;

export async function buildMicrodata(
  conn: DuckDBConnection,
  scratchDir: string,
): Promise<{ tables: PublishedTable[]; summary: MicrodataSummary }> {
  // BASE (base.ts): one row per (quasi-identifier combination, business).
  await conn.run(`
    UPDATE ${BASE} SET level = 0 FROM (
      SELECT ${COMBO.join(', ')} FROM ${BASE} GROUP BY ALL HAVING count(*) >= ${K_ANONYMITY}
    ) g WHERE ${COMBO.map((c) => eq(BASE, 'g', c)).join(' AND ')}`);
  for (const [i, keys] of LEVEL_KEYS.entries()) {
    await conn.run(`
      UPDATE ${BASE} SET level = ${i + 1} FROM (
        SELECT ${keys.join(', ')} FROM ${BASE} WHERE level IS NULL
        GROUP BY ALL HAVING count(DISTINCT business_key) >= ${K_ANONYMITY}
      ) g WHERE ${BASE}.level IS NULL AND ${keys.map((c) => eq(BASE, 'g', c)).join(' AND ')}`);
  }
  await conn.run(`UPDATE ${BASE} SET level = ${WITHHELD} WHERE level IS NULL`);

  // Each combination with its level and whether its industry or band is the value of a
  // suppressed cell (one-answer.ts), shared by the guard and the rows.
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_combo AS
    SELECT q.*, ${hiddenFlags.combo} FROM (
      SELECT ${COMBO.join(', ')}, any_value(level) AS level, sum(n)::INTEGER AS consultations
      FROM ${BASE} GROUP BY ALL) q
    ${hiddenJoins.combo('q')}`);

  // Guard: recount distinct businesses on the final (generalised) combinations.
  const unsafe = await countOf(
    conn,
    `SELECT count(*) AS n FROM (
       SELECT b.fy, b.pref_code, ${generalised('k', 'industry')}, ${generalised('k', 'employees_band')},
         ${generalised('k', 'legal_form')}
       FROM ${BASE} b JOIN disc_combo k ON ${COMBO.map((c) => eq('k', 'b', c)).join(' AND ')}
       WHERE k.level < ${WITHHELD}
       GROUP BY ALL HAVING count(DISTINCT b.business_key) < ${K_ANONYMITY})`,
  );
  if (unsafe > 0) throw new Error(`microdata: ${unsafe} combination(s) below k = ${K_ANONYMITY}`);

  // Every consultation with its combination's level and what of it to generalise.
  await conn.run(`
    CREATE OR REPLACE TEMP VIEW disc_rows AS
    SELECT c.*, ${fiscalYear('c.date')} AS fy, ${yearMonth('c.date')} AS ym, k.level,
      k.hide_industry, k.hide_employees_band, ${hiddenFlags.row}
    FROM consultations c
    JOIN disc_combo k ON k.fy = ${fiscalYear('c.date')} AND k.pref_code = c.pref_code
      AND ${['industry', 'employees_band', 'legal_form'].map((col) => eq('k', 'c', col)).join(' AND ')}
    ${hiddenJoins.row('c')}`);

  const excluded = listLit([...excludedFromResolved].sort());
  const star = lit(GENERALISED);
  // Written once, in its published order, as the published Parquet file (in the scratch
  // directory; the writer copies it) and read through a view by the other writers: millions
  // of rows never sit in DuckDB's memory, nor get sorted or encoded twice.
  const file = join(scratchDir, 'microdata.parquet');
  await withInsertionOrder(conn, () =>
    conn.run(`
    COPY (
    SELECT * FROM (SELECT
      k.fy AS fiscal_year,
      CASE WHEN k.hide_month THEN ${star} ELSE k.ym END AS month,
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

  // Per fiscal year and centre: what k-anonymity and the one-answer rule did (one more scan
  // of the consultations; the lineage table reads it too).
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_counts AS
    SELECT fy AS fiscal_year, pref_code,
      count(*)::INTEGER AS consultations,
      count(*) FILTER (WHERE level < ${WITHHELD})::INTEGER AS rows_published,
      count(*) FILTER (WHERE level < ${WITHHELD} AND ${ANY_QI_GENERALISED})::INTEGER AS rows_generalised,
      count(*) FILTER (WHERE level < ${WITHHELD} AND ${hiddenFlags.anyInRow('k')})::INTEGER
        AS rows_generalised_cells,
      count(*) FILTER (WHERE level < ${WITHHELD}
        AND (${ANY_QI_GENERALISED} OR ${hiddenFlags.anyInRow('k')}))::INTEGER AS rows_generalised_any,
      count(*) FILTER (WHERE level = ${WITHHELD})::INTEGER AS rows_withheld
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
  await conn.run('DROP TABLE disc_combo');
  // The months present are the month column's codes (an ENUM in portal.duckdb: the
  // national file is 23.1 MB instead of 27.0 MB with the month as text).
  const months = (
    await query<{ month: string }>(
      conn,
      `SELECT DISTINCT month FROM pub.microdata WHERE month IS NOT NULL ORDER BY month`,
    )
  ).map((r) => r.month);
  const columns = MICRODATA_TABLE.columns.map((c) =>
    c.name === 'month' ? { ...c, codes: months } : c,
  );
  return {
    tables: [{ ...MICRODATA_TABLE, columns, parquetFile: file }, MICRODATA_DISCLOSURE_TABLE],
    summary: s!,
  };
}
