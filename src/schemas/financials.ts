// financials.csv (format README): yearly financials of phase-2 businesses, 千円.
import { z } from 'zod';
import { applyRules, integer, oneOf, optional, required, text, type RowRule } from './fields.ts';

const MONEY = 1e15; // 千円; bounds only keep values exact in a double
export const financialShape = {
  business_key: required(text(128), { sql: 'VARCHAR', key: true }),
  fiscal_year: required(integer(2014, 2100), { sql: 'INTEGER' }),
  legal_form: required(oneOf(['corp', 'sole'], "'corp' or 'sole'"), { sql: 'VARCHAR' }),
  employees: required(integer(0, 2_147_483_647), { sql: 'INTEGER' }), // README: ≥ 0
  sales: required(integer(0, MONEY), { sql: 'BIGINT' }),
  operating_profit: required(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
  personnel_cost: optional(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
  depreciation: required(integer(0, MONEY), { sql: 'BIGINT' }),
  welfare_cost: optional(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
  wages: optional(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
};

// Value added needs personnel_cost for corp and welfare_cost + wages for sole
// (indicators.md, footnote 8), so those are required there and empty otherwise.
type Row = z.output<z.ZodObject<typeof financialShape>>;
const byForm = { corp: ['personnel_cost'], sole: ['welfare_cost', 'wages'] } as const;

export const financialRules: RowRule<Row>[] = Object.entries(byForm).flatMap(([form, cols]) =>
  cols.flatMap((col): RowRule<Row>[] => [
    {
      column: col,
      check: (r) =>
        r.legal_form === form && r[col] === null ? `missing value (legal_form is ${form})` : null,
      sql: `legal_form <> '${form}' OR ${col} IS NOT NULL`,
    },
    {
      column: col,
      check: (r) =>
        r.legal_form !== form && r[col] !== null
          ? `must be empty when legal_form is ${r.legal_form}`
          : null,
      sql: `legal_form = '${form}' OR ${col} IS NULL`,
    },
  ]),
);

export const financialSchema = z.object(financialShape).superRefine(applyRules(financialRules));
