// plans.csv (format README, "plans.csv"): each centre's target per fiscal year and
// indicator, from its yearly plan (実施計画書, report §3(1)②ii).
import { z } from 'zod';
import { INDICATORS } from '../lib/indicators.ts';
import { prefCodes } from '../lib/vocab.ts';
import { applyRules, decimal, integer, oneOf, prefCode, required, type RowRule } from './fields.ts';

/** Indicators a plan may set a target for: the r6_ and r8_ ids of indicators.md, no funnel_. */
export const PLAN_INDICATORS = INDICATORS.filter((i) => i.framework !== 'funnel').map((i) => i.id);
/** Targets that may be negative: a growth fraction and a change in sales (千円). */
export const SIGNED_TARGETS = ['r8_value_added_growth', 'r8_sales_growth'] as const;
/** Targets that are shares in [0, 1] (the survey indicators). */
export const SHARE_TARGETS = INDICATORS.filter((i) => i.kind === 'share').map((i) => i.id);

const MONEY = 1e15; // 千円, as financials.csv: bounds only keep values exact in a double
export const planShape = {
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  fiscal_year: required(integer(2014, 2100), { sql: 'INTEGER' }),
  indicator: required(oneOf(PLAN_INDICATORS, 'an r6_ or r8_ indicator id of indicators.md'), {
    sql: 'VARCHAR',
  }),
  target: required(decimal(-MONEY, MONEY), { sql: 'DOUBLE' }),
};

type Row = z.output<z.ZodObject<typeof planShape>>;
const sqlIds = (ids: readonly string[]) => ids.map((id) => `'${id}'`).join(', ');

export const planRules: RowRule<Row>[] = [
  {
    column: 'target',
    check: (r) =>
      r.target < 0 && !(SIGNED_TARGETS as readonly string[]).includes(r.indicator)
        ? `${r.target} is negative (only ${SIGNED_TARGETS.join(' and ')} may be)`
        : null,
    sql: `target >= 0 OR indicator IN (${sqlIds(SIGNED_TARGETS)})`,
  },
  {
    column: 'target',
    check: (r) =>
      r.target > 1 && SHARE_TARGETS.includes(r.indicator)
        ? `${r.target} is not a share in [0, 1] (${r.indicator} is a share)`
        : null,
    sql: `target <= 1 OR indicator NOT IN (${sqlIds(SHARE_TARGETS)})`,
  },
];

export const planSchema = z.object(planShape).superRefine(applyRules(planRules));
