// indicators.md: what each indicator counts, as SQL over the ingested tables
// (consultations, surveys, phase2, financials, capacity). DuckDB computes the ingredients
// (counts, sums, denominators) with GROUPING SETS, so the nation counts a business once
// however many centres it went to.
import { fiscalYearOfDateSql as FY } from '../fiscal-year.ts';
import { excludedFromResolved } from '../vocab.ts';
import { NATION_CODE } from '../../schemas/codes.ts';
import type { Sql } from '../sql/runner.ts';
import { SHARES } from './values.ts';

/** Ingredients by `${fy}|${pref}`: name → number. */
export type Ingredients = Map<string, Record<string, number>>;

export const ingredientKey = (fy: number, pref: string) => `${fy}|${pref}`;

type Row = Record<string, unknown> & { fy: number; pref_code: string };
const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const FY_END = (fy: string) => `make_date(${fy} + 1, 3, 31)`;
const perCentreAndNation = (fy: string, pref: string) =>
  `GROUPING SETS ((${fy}, ${pref}), (${fy}))`;

async function collect(sql: Sql, query: string, into: Ingredients): Promise<void> {
  for (const r of await sql.rows<Row>(query)) {
    const k = ingredientKey(Number(r.fy), r.pref_code);
    const entry = into.get(k) ?? {};
    for (const [name, v] of Object.entries(r))
      if (name !== 'fy' && name !== 'pref_code') entry[name] = num(v);
    into.set(k, entry);
  }
}

/** Temporary views the ingredient queries share; call before computeIngredients. */
export async function prepareViews(sql: Sql): Promise<void> {
  await sql.run(
    `CREATE OR REPLACE TEMP VIEW c_fy AS SELECT *, ${FY('date')} AS fy FROM consultations`,
  );
  await sql.run(
    `CREATE OR REPLACE TEMP TABLE centre_business AS SELECT DISTINCT fy, pref_code, business_key FROM c_fy`,
  );
  // Phase-2 businesses of FY at a centre: phase-2 date there (latest of the three dates,
  // all present) on or before the end of FY, and ≥ 1 consultation in FY at that centre.
  await sql.run(
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
  await sql.run(
    `CREATE OR REPLACE TEMP VIEW financial_va AS SELECT business_key, fiscal_year, employees, sales,
       CASE legal_form WHEN 'corp' THEN operating_profit + personnel_cost + depreciation
            ELSE operating_profit + depreciation + welfare_cost + wages END AS va
     FROM financials`,
  );
}

/** The fiscal years with any consultation, ascending. */
export async function fiscalYears(sql: Sql): Promise<number[]> {
  const r = await sql.rows<{ fy: number }>(`SELECT DISTINCT fy FROM c_fy ORDER BY fy`);
  return r.map((x) => Number(x.fy));
}

export async function computeIngredients(sql: Sql): Promise<Ingredients> {
  const excluded = `[${[...excludedFromResolved].map((t) => `'${t}'`).join(', ')}]::VARCHAR[]`;
  const ing: Ingredients = new Map();
  await collect(
    sql,
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
  await collect(
    sql,
    `SELECT ${FY('date')} AS fy, coalesce(pref_code, '${NATION_CODE}') AS pref_code, ${shareCols.join(', ')}
     FROM surveys GROUP BY ${perCentreAndNation(FY('date'), 'pref_code')}`,
    ing,
  );
  await collect(
    sql,
    `SELECT b.fy, b.pref_code, count(*) AS fin_n, sum(f.va) AS fin_va, sum(f.employees) AS fin_emp
     FROM phase2_business b JOIN financial_va f ON f.business_key = b.business_key AND f.fiscal_year = b.fy
     GROUP BY b.fy, b.pref_code`,
    ing,
  );
  await collect(
    sql,
    `SELECT b.fy, b.pref_code, count(*) AS pair_n, sum(f.va) AS va_now, sum(g.va) AS va_prev,
       sum(f.sales) AS sales_now, sum(g.sales) AS sales_prev
     FROM phase2_business b
     JOIN financial_va f ON f.business_key = b.business_key AND f.fiscal_year = b.fy
     JOIN financial_va g ON g.business_key = b.business_key AND g.fiscal_year = b.fy - 1
     GROUP BY b.fy, b.pref_code`,
    ing,
  );
  const end = FY_END('cb.fy');
  await collect(
    sql,
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
  await collect(
    sql,
    `SELECT fiscal_year AS fy, coalesce(pref_code, '${NATION_CODE}') AS pref_code, count(*) AS cap_rows,
       sum(co_improved) AS cap_co_improved, sum(trainees + joint_staff + lecture_attendees) AS cap_knowhow,
       sum(lectures) AS cap_lectures
     FROM capacity GROUP BY ${perCentreAndNation('fiscal_year', 'pref_code')}`,
    ing,
  );
  return ing;
}
