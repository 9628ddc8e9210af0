// The fiscal quarter (四半期) the microdata carries instead of the month (disclosure.md: time
// is a quasi-identifier; docs/methodology.md, "Time in the key"): 'YYYY-Qn', the fiscal year
// by its first year and its quarter, Q1 = April–June … Q4 = January–March of the next year.
// The pipeline's SQL is scripts/pipeline/disclosure/sql.ts fiscalQuarter.
import { FISCAL_YEAR_FIRST_MONTH, fiscalYearOfMonth } from './fiscal-year.ts';

export const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The fiscal quarter a YYYY-MM month falls in. */
export function quarterOfMonth(month: string): string {
  const m = Number(month.slice(5));
  const q = Math.floor(((m - FISCAL_YEAR_FIRST_MONTH + 12) % 12) / 3) + 1;
  return `${fiscalYearOfMonth(month)}-Q${q}`;
}

/** The fiscal year of a quarter. */
export const fiscalYearOfQuarter = (quarter: string): number => Number(quarter.slice(0, 4));

/** The quarter's number, 1–4. */
export const quarterNumber = (quarter: string): number => Number(quarter.slice(6));

/** The first month of a quarter, YYYY-MM. */
export function firstMonthOfQuarter(quarter: string): string {
  const fy = fiscalYearOfQuarter(quarter);
  const m = FISCAL_YEAR_FIRST_MONTH + (quarterNumber(quarter) - 1) * 3;
  return m > 12
    ? `${fy + 1}-${String(m - 12).padStart(2, '0')}`
    : `${fy}-${String(m).padStart(2, '0')}`;
}

/** The same quarter a year earlier. */
export const quarterBefore = (quarter: string): string =>
  `${fiscalYearOfQuarter(quarter) - 1}${quarter.slice(4)}`;
