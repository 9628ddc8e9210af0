// indicators.md: every r6_*, r8_* and funnel_* id for every fiscal year present in
// consultations.csv, every centre of vocab/centers.csv and the nation ('00'). DuckDB
// computes the ingredients (counts, sums, denominators) with GROUPING SETS, so the
// nation counts a business once however many centres it went to; the status rules live
// in src/lib/indicators.ts, shared with the pages.
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  INDICATORS,
  financialValue,
  na,
  ok,
  shareValue,
  type IndicatorValue,
} from '../../../src/lib/indicators.ts';
import { fiscalYearOfDateSql as FY } from '../../../src/lib/fiscal-year.ts';
import { excludedFromResolved, prefCodes } from '../../../src/lib/vocab.ts';
import { NATION_CODE } from '../../../src/schemas/codes.ts';
import { INDICATORS_TABLE } from '../../../src/schemas/published/indicators.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { rows } from '../ingest/stage-db.ts';

export { INDICATORS_TABLE };
/** n and positives behind each survey share (not published; the reference values read it). */
export const INDICATOR_COUNTS = 'pub.indicator_counts';
const FY_END = (fy: string) => `make_date(${fy} + 1, 3, 31)`;
const SHARES = {
  r6_sat_insight: 'q_insight',
  r6_sat_knowhow: 'q_knowhow',
  r6_sat_roadmap: 'q_roadmap',
  r6_sat_outcome: 'q_outcome',
  r6_sat_satisfied: 'q_satisfaction',
  r8_selfdrive: 'q_selfdrive',
  r8_outlook: 'q_outlook',
} as const;

type Row = Record<string, unknown> & { fy: number; pref_code: string };
type Ingredients = Map<string, Record<string, number>>;

const key = (fy: number, pref: string) => `${fy}|${pref}`;
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));

async function ingredients(conn: DuckDBConnection, sql: string, into: Ingredients): Promise<void> {
  for (const r of await rows<Row>(conn, sql)) {
    const k = key(Number(r.fy), r.pref_code);
    const entry = into.get(k) ?? {};
    for (const [name, v] of Object.entries(r))
      if (name !== 'fy' && name !== 'pref_code') entry[name] = num(v);
    into.set(k, entry);
  }
}

export async function computeIndicators(conn: DuckDBConnection): Promise<PublishedTable[]> {
  const excluded = `[${[...excludedFromResolved].map((t) => `'${t}'`).join(', ')}]::VARCHAR[]`;
  await conn.run(`CREATE SCHEMA IF NOT EXISTS pub`);
  await conn.run(
    `CREATE OR REPLACE TEMP VIEW c_fy AS SELECT *, ${FY('date')} AS fy FROM consultations`,
  );
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE centre_business AS SELECT DISTINCT fy, pref_code, business_key FROM c_fy`,
  );
  // Phase-2 businesses of FY at a centre: phase-2 date there (latest of the three dates,
  // all present) on or before the end of FY, and ≥ 1 consultation in FY at that centre.
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE phase2_business AS
     SELECT cb.fy, cb.pref_code, cb.business_key FROM centre_business cb
     JOIN phase2 p ON p.business_key = cb.business_key AND p.pref_code = cb.pref_code
     WHERE p.statements_submitted IS NOT NULL AND p.visualization_started IS NOT NULL AND p.consent IS NOT NULL
       AND greatest(p.statements_submitted, p.visualization_started, p.consent) <= ${FY_END('cb.fy')}
     UNION ALL
     SELECT DISTINCT cb.fy, '${NATION_CODE}', cb.business_key FROM centre_business cb
     JOIN phase2 p ON p.business_key = cb.business_key AND p.pref_code = cb.pref_code
     WHERE p.statements_submitted IS NOT NULL AND p.visualization_started IS NOT NULL AND p.consent IS NOT NULL
       AND greatest(p.statements_submitted, p.visualization_started, p.consent) <= ${FY_END('cb.fy')}`,
  );
  // Value added, footnote 8: corp = operating profit + personnel cost + depreciation;
  // sole = operating profit + depreciation + welfare cost + wages.
  await conn.run(
    `CREATE OR REPLACE TEMP VIEW financial_va AS SELECT business_key, fiscal_year, employees, sales,
       CASE legal_form WHEN 'corp' THEN operating_profit + personnel_cost + depreciation
            ELSE operating_profit + depreciation + welfare_cost + wages END AS va
     FROM financials`,
  );

  const fys = (await rows<{ fy: number }>(conn, `SELECT DISTINCT fy FROM c_fy ORDER BY fy`)).map(
    (r) => Number(r.fy),
  );
  const ing: Ingredients = new Map();
  const perCentreAndNation = (fy: string, pref: string) =>
    `GROUPING SETS ((${fy}, ${pref}), (${fy}))`;

  await ingredients(
    conn,
    `SELECT fy, coalesce(pref_code, '${NATION_CODE}') AS pref_code,
       count(DISTINCT business_key) AS businesses,
       count(*) AS consultations,
       count(*) FILTER (WHERE len(referred_to) > 0) AS referrals,
       count(*) FILTER (WHERE len(joint_with) > 0) AS joint,
       count(*) FILTER (WHERE outcome_confirmed) AS outcomes,
       count(*) FILTER (WHERE issue_resolved AND NOT list_contains(${excluded}, topics[1])) AS resolved,
       count(DISTINCT business_key) FILTER (WHERE len(referred_to) > 0) AS referred_businesses,
       count(DISTINCT business_key) FILTER (WHERE len(joint_with) > 0) AS joint_businesses
     FROM c_fy GROUP BY ${perCentreAndNation('fy', 'pref_code')}`,
    ing,
  );
  const shareCols = Object.entries(SHARES).flatMap(([id, q]) => [
    `count(${q}) AS "${id}_n"`,
    `count(*) FILTER (WHERE ${q} >= 4) AS "${id}_pos"`,
  ]);
  await ingredients(
    conn,
    `SELECT ${FY('date')} AS fy, coalesce(pref_code, '${NATION_CODE}') AS pref_code, ${shareCols.join(', ')}
     FROM surveys GROUP BY ${perCentreAndNation(FY('date'), 'pref_code')}`,
    ing,
  );
  await ingredients(
    conn,
    `SELECT b.fy, b.pref_code, count(*) AS fin_n, sum(f.va) AS fin_va, sum(f.employees) AS fin_emp
     FROM phase2_business b JOIN financial_va f ON f.business_key = b.business_key AND f.fiscal_year = b.fy
     GROUP BY b.fy, b.pref_code`,
    ing,
  );
  await ingredients(
    conn,
    `SELECT b.fy, b.pref_code, count(*) AS pair_n, sum(f.va) AS va_now, sum(g.va) AS va_prev,
       sum(f.sales) AS sales_now, sum(g.sales) AS sales_prev
     FROM phase2_business b
     JOIN financial_va f ON f.business_key = b.business_key AND f.fiscal_year = b.fy
     JOIN financial_va g ON g.business_key = b.business_key AND g.fiscal_year = b.fy - 1
     GROUP BY b.fy, b.pref_code`,
    ing,
  );
  const end = FY_END('cb.fy');
  await ingredients(
    conn,
    `SELECT cb.fy, coalesce(cb.pref_code, '${NATION_CODE}') AS pref_code,
       count(DISTINCT cb.business_key) FILTER (WHERE p.statements_submitted <= ${end}) AS funnel_statements,
       count(DISTINCT cb.business_key) FILTER (WHERE p.statements_submitted <= ${end}
         AND p.visualization_started <= ${end}) AS funnel_visualization,
       count(DISTINCT cb.business_key) FILTER (WHERE p.statements_submitted <= ${end}
         AND p.visualization_started <= ${end} AND p.consent <= ${end}) AS funnel_phase2
     FROM centre_business cb JOIN phase2 p ON p.business_key = cb.business_key AND p.pref_code = cb.pref_code
     GROUP BY ${perCentreAndNation('cb.fy', 'cb.pref_code')}`,
    ing,
  );
  await ingredients(
    conn,
    `SELECT fiscal_year AS fy, coalesce(pref_code, '${NATION_CODE}') AS pref_code, count(*) AS cap_rows,
       sum(co_improved) AS cap_co_improved, sum(trainees + joint_staff + lecture_attendees) AS cap_knowhow,
       sum(lectures) AS cap_lectures
     FROM capacity GROUP BY ${perCentreAndNation('fiscal_year', 'pref_code')}`,
    ing,
  );

  const appender = await createIndicatorTables(conn);
  const counts = await conn.createAppender('indicator_counts', 'pub');
  for (const fy of fys) {
    for (const pref of [...prefCodes, NATION_CODE]) {
      const g = ing.get(key(fy, pref)) ?? {};
      const values = indicatorValues(g);
      for (const def of INDICATORS) {
        const v = values[def.id]!;
        appender.appendInteger(fy);
        appender.appendVarchar(pref);
        appender.appendVarchar(def.id);
        if (v.value === null) appender.appendNull();
        else appender.appendDouble(v.value);
        appender.appendVarchar(v.status);
        appender.endRow();
        if (def.id in SHARES) {
          counts.appendInteger(fy);
          counts.appendVarchar(pref);
          counts.appendVarchar(def.id);
          counts.appendInteger(g[`${def.id}_n`] ?? 0);
          counts.appendInteger(g[`${def.id}_pos`] ?? 0);
          counts.endRow();
        }
      }
    }
  }
  appender.closeSync();
  counts.closeSync();
  return [INDICATORS_TABLE];
}

/** The status rules of the output contract applied to one (FY, centre)'s ingredients. */
export function indicatorValues(g: Record<string, number>): Record<string, IndicatorValue> {
  const n = (k: string) => g[k] ?? 0;
  const v: Record<string, IndicatorValue> = {
    r6_businesses: ok(n('businesses')),
    r6_consultations: ok(n('consultations')),
    r6_referrals: ok(n('referrals')),
    r6_joint: ok(n('joint')),
    r6_outcomes: ok(n('outcomes')),
    r8_resolved: ok(n('resolved')),
    r8_referred_businesses: ok(n('referred_businesses')),
    r8_joint_businesses: ok(n('joint_businesses')),
    r8_value_added: financialValue(n('fin_n'), () => n('fin_va')),
    r8_productivity: financialValue(n('fin_n'), () =>
      n('fin_emp') === 0 ? null : n('fin_va') / n('fin_emp'),
    ),
    r8_employees: financialValue(n('fin_n'), () => n('fin_emp')),
    r8_value_added_growth: financialValue(n('pair_n'), () =>
      n('va_prev') <= 0 ? null : n('va_now') / n('va_prev') - 1,
    ),
    r8_sales_growth: financialValue(n('pair_n'), () => n('sales_now') - n('sales_prev')),
    funnel_statements: ok(n('funnel_statements')),
    funnel_visualization: ok(n('funnel_visualization')),
    funnel_phase2: ok(n('funnel_phase2')),
  };
  for (const id of Object.keys(SHARES)) v[id] = shareValue(n(`${id}_n`), n(`${id}_pos`));
  const cap = n('cap_rows') > 0;
  v.r8_co_improved = cap ? ok(n('cap_co_improved')) : na;
  v.r8_knowhow_shared = cap ? ok(n('cap_knowhow')) : na;
  v.r8_lectures = cap ? ok(n('cap_lectures')) : na;
  return v;
}

async function createIndicatorTables(conn: DuckDBConnection) {
  await conn.run(
    `CREATE OR REPLACE TABLE pub.indicators (fiscal_year INTEGER, pref_code VARCHAR, indicator VARCHAR,
       value DOUBLE, status VARCHAR)`,
  );
  await conn.run(
    `CREATE OR REPLACE TABLE ${INDICATOR_COUNTS} (fiscal_year INTEGER, pref_code VARCHAR, indicator VARCHAR,
       n INTEGER, positive INTEGER)`,
  );
  return conn.createAppender('indicators', 'pub');
}
