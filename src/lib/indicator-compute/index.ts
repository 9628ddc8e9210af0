// indicators.md: every r6_*, r8_* and funnel_* id for every fiscal year present in
// consultations.csv, for the centres asked for (the pipeline: every centre of
// vocab/centers.csv and the nation '00'). One module for the pipeline and the browser,
// over whichever DuckDB the caller passes in.
import { INDICATORS, type IndicatorStatus } from '../indicators.ts';
import { prefCodes } from '../vocab.ts';
import { NATION_CODE } from '../../schemas/codes.ts';
import type { Sql } from '../sql/runner.ts';
import { computeIngredients, fiscalYears, ingredientKey, prepareViews } from './ingredients.ts';
import { indicatorValues, isShare } from './values.ts';

export { indicatorValues, SHARES } from './values.ts';

/** One row of indicators.csv. */
export interface IndicatorRow {
  fiscal_year: number;
  pref_code: string;
  indicator: string;
  value: number | null;
  status: IndicatorStatus;
}

/** n and positives behind a survey share (the reference values read them). */
export interface IndicatorCountRow {
  fiscal_year: number;
  pref_code: string;
  indicator: string;
  n: number;
  positive: number;
}

export interface ComputedIndicators {
  fiscalYears: number[];
  /** by fiscal year, centre in the order asked, indicator in its defined order */
  indicators: IndicatorRow[];
  counts: IndicatorCountRow[];
}

/** Every centre of the code list, then the nation: the order of indicators.csv. */
export const ALL_CENTRES_AND_NATION: readonly string[] = [...prefCodes, NATION_CODE];

export async function computeIndicatorRows(
  sql: Sql,
  prefs: readonly string[] = ALL_CENTRES_AND_NATION,
): Promise<ComputedIndicators> {
  await prepareViews(sql);
  const fys = await fiscalYears(sql);
  const ing = await computeIngredients(sql);
  const indicators: IndicatorRow[] = [];
  const counts: IndicatorCountRow[] = [];
  for (const fy of fys) {
    for (const pref of prefs) {
      const g = ing.get(ingredientKey(fy, pref)) ?? {};
      const values = indicatorValues(g);
      for (const def of INDICATORS) {
        const v = values[def.id]!;
        indicators.push({ fiscal_year: fy, pref_code: pref, indicator: def.id, ...v });
        if (isShare(def.id)) {
          counts.push({
            fiscal_year: fy,
            pref_code: pref,
            indicator: def.id,
            n: g[`${def.id}_n`] ?? 0,
            positive: g[`${def.id}_pos`] ?? 0,
          });
        }
      }
    }
  }
  return { fiscalYears: fys, indicators, counts };
}
