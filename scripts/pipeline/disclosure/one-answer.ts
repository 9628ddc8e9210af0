// One release, one answer (disclosure.md): no microdata row may fall in a suppressed cell
// of an aggregate table. A suppressed cell is a fiscal year, a centre (or the nation) and a
// category value; in the microdata rows of that cell the value is generalised to '*' (an
// agency in referred_to / joint_with becomes '*' in the list). A suppressed nation cell
// hides the value in every centre of that year. The rows stay published: counted in
// microdata_disclosure.rows_generalised_cells, never withheld.
//
// Why generalising cannot open another cell: each table's category is a column of its own
// (primary topic, industry, band, channel, month — published as its quarter —, agency), so
// generalising one never changes what another table's cells count in the microdata. What
// '*' rows do reveal is, per centre, the sum of its suppressed cells, which the published
// totals give already (and the complementary suppression of suppression.ts is built
// against). A month's rows get quarter '*': otherwise a quarter's count less its published
// months would give the hidden one. This rule runs before k-anonymity (microdata.ts), which
// then only generalises further or withholds, so k = 5 holds on the final values.
//
// Totals ('*' rows of the tables) suppressed below 3 businesses need nothing here: such a
// centre-year has no combination of 5 businesses, so k-anonymity withholds all its rows.
import type { DuckDBConnection } from '@duckdb/node-api';
import { TOTAL } from '../../../src/schemas/published/disclosure-rules.ts';
import { NATION_CODE } from '../../../src/schemas/codes.ts';
import { AGENCY_RELATIONS, AGENCY_TABLE } from './agencies.ts';
import { AGGREGATES } from './aggregates.ts';
import { BASE } from './base.ts';
import { fiscalYear, lit, yearMonth } from './sql.ts';

const HIDE = 'disc_hide';

/** The microdata's agency list columns and the row column listing their hidden agencies. */
export const HIDDEN_AGENCIES = AGENCY_RELATIONS.map(({ relation, column }) => ({
  relation,
  column,
  hidden: `hidden_${relation}`,
}));

/**
 * Creates HIDE: one row per (dimension, fiscal year, centre, value) to generalise, from the
 * suppressed cells of the aggregate tables in schema `pub` (built before the microdata).
 */
export async function collectSuppressedCells(conn: DuckDBConnection): Promise<void> {
  const cells = [
    ...AGGREGATES.map(
      (a) => `
        SELECT ${lit(a.column)} AS dim, fiscal_year AS fy, pref_code, "${a.column}"::VARCHAR AS cat
        FROM pub.${a.name}
        WHERE status = 'suppressed' AND "${a.column}" IS DISTINCT FROM ${lit(TOTAL)}`,
    ),
    `SELECT 'agency:' || relation, fiscal_year, pref_code, agency FROM pub.${AGENCY_TABLE}
     WHERE status = 'suppressed'`,
  ];
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE ${HIDE} AS
    WITH s AS (${cells.join(' UNION ALL ')})
    SELECT DISTINCT * FROM (
      SELECT * FROM s WHERE pref_code <> '${NATION_CODE}'
      UNION ALL
      SELECT s.dim, s.fy, centres.pref_code, s.cat
      FROM s JOIN (SELECT DISTINCT fy, pref_code FROM ${BASE}) centres USING (fy)
      WHERE s.pref_code = '${NATION_CODE}')`);
}

export async function dropSuppressedCells(conn: DuckDBConnection): Promise<void> {
  await conn.run(`DROP TABLE IF EXISTS ${HIDE}`);
}

/** LEFT JOIN of HIDE's rows of `dim` as `alias`, matching a row's fiscal year, centre and value. */
const join = (dim: string, alias: string, fy: string, pref: string, value: string) => `
  LEFT JOIN (SELECT fy, pref_code, cat FROM ${HIDE} WHERE dim = ${lit(dim)}) ${alias}
    ON ${alias}.fy = ${fy} AND ${alias}.pref_code = ${pref} AND ${alias}.cat IS NOT DISTINCT FROM ${value}`;

/** LEFT JOINs of HIDE for a consultation `c`: each aggregate's category, and its agencies. */
export function hiddenJoins(c: string): string {
  const fy = fiscalYear(`${c}.date`);
  const pref = `${c}.pref_code`;
  return (
    join('topic', 'h_topic', fy, pref, `${c}.topics[1]`) +
    join('industry', 'h_industry', fy, pref, `${c}.industry`) +
    join('employees_band', 'h_band', fy, pref, `${c}.employees_band`) +
    join('channel', 'h_channel', fy, pref, `${c}.channel`) +
    join('month', 'h_month', fy, pref, yearMonth(`${c}.date`)) +
    `
  LEFT JOIN (SELECT fy, pref_code, ${HIDDEN_AGENCIES.map(
    (a) => `list(cat) FILTER (WHERE dim = ${lit(`agency:${a.relation}`)}) AS ${a.hidden}`,
  ).join(', ')}
    FROM ${HIDE} WHERE dim LIKE 'agency:%' GROUP BY ALL) h_agency
    ON h_agency.fy = ${fy} AND h_agency.pref_code = ${pref}`
  );
}

/** What hiddenJoins found, per consultation: a flag per category, the agencies' lists. */
export const HIDDEN_FLAGS = `h_topic.fy IS NOT NULL AS hide_topic,
  h_industry.fy IS NOT NULL AS hide_industry, h_band.fy IS NOT NULL AS hide_employees_band,
  h_channel.fy IS NOT NULL AS hide_channel, h_month.fy IS NOT NULL AS hide_month,
  ${HIDDEN_AGENCIES.map((a) => `coalesce(h_agency.${a.hidden}, []::VARCHAR[]) AS ${a.hidden}`).join(', ')}`;

/** Whether row `k` (with HIDDEN_FLAGS) has any value generalised by this rule. */
export const anyHidden = (k: string): string =>
  `(${k}.hide_topic OR ${k}.hide_channel OR ${k}.hide_month OR ${k}.hide_industry
    OR ${k}.hide_employees_band OR ${HIDDEN_AGENCIES.map(
      (a) => `len(list_intersect(${k}.${a.column}, ${k}.${a.hidden})) > 0`,
    ).join(' OR ')})`;
