// The status rules of the output contract (indicators.md) applied to one (FY, centre)'s
// ingredients: counts, sums and denominators computed by ingredients.ts.
import { financialValue, na, ok, shareValue, type IndicatorValue } from '../indicators.ts';

/** Each survey share and the question it counts (answers 4–5 are positive). */
export const SHARES = {
  r6_sat_insight: 'q_insight',
  r6_sat_knowhow: 'q_knowhow',
  r6_sat_roadmap: 'q_roadmap',
  r6_sat_outcome: 'q_outcome',
  r6_sat_satisfied: 'q_satisfaction',
  r8_selfdrive: 'q_selfdrive',
  r8_outlook: 'q_outlook',
} as const;

export type ShareId = keyof typeof SHARES;
export const isShare = (id: string): id is ShareId => id in SHARES;

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
