// consultations_by_agency: per fiscal year, centre (and the nation, `00`), relation and
// agency, the consultations whose referred_to (紹介) or joint_with (同席) lists the agency
// and their distinct businesses — the partners a centre works with, on its centre page.
// Same rules as the other aggregates (disclosure.md, "Aggregate tables"): a cell of fewer
// than 3 businesses is suppressed, and complementary suppression (suppression.ts) runs on
// each relation's grid centres × agencies, since the indicators publish each centre's
// margins (r6_referrals, r6_joint). A consultation may list several agencies, so a row
// sums to at least its margin; protecting the grid as if additive is the stricter case.
import type { DuckDBConnection } from '@duckdb/node-api';
import { CONSULTATIONS_BY_AGENCY_TABLE } from '../../../src/schemas/published/consultations-by-agency.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import type { AggregateSummary } from './aggregates.ts';
import { fiscalYear, query } from './sql.ts';
import { suppress, type CellStatus } from './suppression.ts';

export const AGENCY_TABLE = CONSULTATIONS_BY_AGENCY_TABLE.name;

/** The relations, in published order, and the consultation column each comes from. */
export const AGENCY_RELATIONS = [
  { relation: 'referred', column: 'referred_to' },
  { relation: 'joint', column: 'joint_with' },
] as const;

/**
 * Builds pub.consultations_by_agency. `perCentreAndNation` (from aggregates.ts, which calls
 * this while its temp table of multi-centre businesses exists) turns (fy, pref_code, cat,
 * business_key, n) pairs into centre and nation cells.
 */
export async function buildAgencyAggregate(
  conn: DuckDBConnection,
  perCentreAndNation: (pairs: string) => string,
): Promise<{ table: PublishedTable; summary: AggregateSummary }> {
  // One scan of the consultations for both relations; most name no agency, and the
  // filter skips them before unnest. list_distinct: an agency named twice is counted once.
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_agency_pairs AS
    SELECT fy, pref_code, relation, agency, business_key, count(*) AS n
    FROM (${AGENCY_RELATIONS.map(
      ({ relation, column }) => `
        SELECT ${fiscalYear('date')} AS fy, pref_code, '${relation}' AS relation,
          unnest(list_distinct(${column})) AS agency, business_key
        FROM consultations WHERE len(${column}) > 0`,
    ).join(' UNION ALL ')})
    GROUP BY ALL`);
  const grids = AGENCY_RELATIONS.map(
    ({ relation }) => `
      SELECT '${relation}' AS relation, * FROM (${perCentreAndNation(`
        SELECT fy, pref_code, agency AS cat, business_key, n
        FROM disc_agency_pairs WHERE relation = '${relation}'`)})`,
  );
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_agency AS
    SELECT row_number() OVER (ORDER BY fy, pref_code, relation, cat)::INTEGER AS id, *
    FROM (${grids.join(' UNION ALL ')})`);
  await conn.run('DROP TABLE disc_agency_pairs');
  const cells = await query<{
    id: number;
    relation: string;
    fy: number;
    pref_code: string;
    cat: string;
    consultations: number;
    businesses: number;
  }>(conn, 'SELECT * FROM disc_agency ORDER BY id');

  const status = new Map<number, CellStatus>();
  let exposed = 0;
  for (const { relation } of AGENCY_RELATIONS) {
    const grid = cells.filter((c) => c.relation === relation);
    const result = suppress(
      grid.map((c) => ({
        fiscalYear: c.fy,
        pref: c.pref_code,
        category: c.cat,
        consultations: c.consultations,
        businesses: c.businesses,
      })),
    );
    grid.forEach((c, i) => status.set(c.id, result.status[i]!));
    exposed += result.exposedByTotals;
  }
  const hidden = cells.filter((c) => status.get(c.id) !== 'ok').map((c) => c.id);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.${AGENCY_TABLE} AS
    SELECT fy AS fiscal_year, pref_code, relation, cat AS agency,
      CASE WHEN hidden THEN NULL ELSE consultations END AS consultations,
      CASE WHEN hidden THEN NULL ELSE businesses END AS businesses,
      CASE WHEN hidden THEN 'suppressed' ELSE 'ok' END AS status
    FROM (SELECT *, id IN (SELECT unnest([${hidden.join(', ')}]::INTEGER[])) AS hidden
          FROM disc_agency)
    ORDER BY fiscal_year, pref_code, relation, agency`);
  await conn.run('DROP TABLE disc_agency');
  const count = (s: CellStatus) => [...status.values()].filter((x) => x === s).length;
  return {
    table: CONSULTATIONS_BY_AGENCY_TABLE,
    summary: {
      cells: cells.length,
      suppressed_primary: count('primary'),
      suppressed_complementary: count('complementary'),
      exposed_by_totals: exposed,
    },
  };
}
