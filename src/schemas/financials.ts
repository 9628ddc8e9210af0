// financials.csv (format README): yearly financials of phase-2 businesses, 千円.
import { z } from 'zod';
import { integer, oneOf, optional, required, text } from './fields.ts';

const MONEY = 1e15; // 千円; bounds only keep values exact in a double
export const financialShape = {
  business_key: required(text(128), { sql: 'VARCHAR' }),
  fiscal_year: required(integer(2014, 2100), { sql: 'INTEGER' }),
  legal_form: required(oneOf(['corp', 'sole'], "'corp' or 'sole'"), { sql: 'VARCHAR' }),
  employees: required(integer(0, 10_000_000), { sql: 'INTEGER' }),
  sales: required(integer(0, MONEY), { sql: 'BIGINT' }),
  operating_profit: required(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
  personnel_cost: optional(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
  depreciation: required(integer(0, MONEY), { sql: 'BIGINT' }),
  welfare_cost: optional(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
  wages: optional(integer(-MONEY, MONEY), { sql: 'BIGINT' }),
};

// Value added needs personnel_cost for corp and welfare_cost + wages for sole
// (indicators.md, footnote 8), so those are required there and empty otherwise.
const byForm = { corp: ['personnel_cost'], sole: ['welfare_cost', 'wages'] } as const;

export const financialSchema = z.object(financialShape).superRefine((row, ctx) => {
  for (const [form, cols] of Object.entries(byForm)) {
    for (const col of cols) {
      const v = row[col];
      if (row.legal_form === form && v === null) {
        ctx.addIssue({
          code: 'custom',
          path: [col],
          message: `missing value (legal_form is ${form})`,
        });
      }
      if (row.legal_form !== form && v !== null) {
        ctx.addIssue({
          code: 'custom',
          path: [col],
          message: `must be empty when legal_form is ${row.legal_form}`,
        });
      }
    }
  }
});

export type Financial = z.output<typeof financialSchema>;
