// The Japanese fiscal year (年度): 1 April – 31 March, named by the year it starts in
// (format README, "Encoding and CSV dialect": 令和6年度 = FY2024). One rule for the pages,
// the explore builder's SQL and the pipeline's SQL.

/** The month a fiscal year starts in (April). */
export const FISCAL_YEAR_FIRST_MONTH = 4;

/** The fiscal year of a calendar year and month (1–12). */
export const fiscalYearOf = (year: number, month: number): number =>
  month < FISCAL_YEAR_FIRST_MONTH ? year - 1 : year;

/** The fiscal year a YYYY-MM month falls in. */
export function fiscalYearOfMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return fiscalYearOf(y!, m!);
}

/** The same rule as SQL, over an integer year and month (1–12) expression. */
export const fiscalYearSql = (year: string, month: string): string =>
  `(${year} - CASE WHEN ${month} < ${FISCAL_YEAR_FIRST_MONTH} THEN 1 ELSE 0 END)`;

/** The fiscal year of a DATE expression, as SQL. */
export const fiscalYearOfDateSql = (date: string): string =>
  fiscalYearSql(`year(${date})`, `month(${date})`);
