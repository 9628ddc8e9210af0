// consultations_by_agency: per fiscal year, centre (and the nation, `00`), relation and
// agency, the consultations whose referred_to (紹介) or joint_with (同席) lists the agency
// and their distinct businesses — the partners a centre works with, on its centre page.
// Same rules as the other aggregates (disclosure.md, "Aggregate tables"): a cell of fewer
// than 3 businesses is suppressed, and complementary suppression (suppression.ts) runs on
// each relation's grid centres × agencies, since the indicators publish each centre's
// margins (r6_referrals, r6_joint). A consultation may list several agencies, so a row
// sums to at least its margin; protecting the grid as if additive is the stricter case.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PublishedTable } from '../publish/published-table.ts';
import type { AggregateSummary } from './aggregates.ts';
import { fiscalYear, query } from './sql.ts';
import { MIN_BUSINESSES } from '../../../src/lib/disclosure-rules.ts';
import { suppress, type CellStatus } from './suppression.ts';

export const AGENCY_TABLE = 'consultations_by_agency';

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
    table: AGENCY_TABLE_DESCRIPTION,
    summary: {
      cells: cells.length,
      suppressed_primary: count('primary'),
      suppressed_complementary: count('complementary'),
      exposed_by_totals: exposed,
    },
  };
}

export const AGENCY_TABLE_DESCRIPTION: PublishedTable = {
  name: AGENCY_TABLE,
  title: '紹介先・連携先の支援機関別の相談件数・事業者数',
  description:
    '年度・拠点（00 は全国）・関係（紹介／同席）・支援機関ごとの相談件数と名寄せ後の事業者数。' +
    '1件の相談が複数の支援機関に関わるときは、それぞれの機関に数える。' +
    `事業者数が${MIN_BUSINESSES}未満のセルと、拠点ごとの合計（指標）からの差し引きでそれを復元できないよう` +
    '追加で選んだセルは秘匿（数値は空欄、status は suppressed）。',
  sortBy: ['fiscal_year', 'pref_code', 'relation', 'agency'],
  columns: [
    { name: 'fiscal_year', meaning: '年度（4月〜翌3月、開始年で表す）' },
    { name: 'pref_code', meaning: '拠点の都道府県コード (01–47)。00 は全国' },
    {
      name: 'relation',
      meaning: "'referred'（その機関へ紹介した相談）または 'joint'（その機関の職員が同席した相談）",
    },
    { name: 'agency', meaning: '支援機関のコード（vocab/agencies.csv）' },
    { name: 'consultations', meaning: '相談件数（件）。秘匿したセルは空欄' },
    {
      name: 'businesses',
      meaning:
        '名寄せ後の事業者数（者）。全国は複数拠点に相談した事業者も1と数える。秘匿したセルは空欄',
    },
    { name: 'status', meaning: "'ok'（公表）または 'suppressed'（秘匿）" },
  ],
  inBrowserDb: true,
};
