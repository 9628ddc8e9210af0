// The periods /trends/ compares: the latest complete quarter up to the data's vintage and
// the same quarter a year earlier; fiscal years run April–March.
import { FISCAL_YEAR_FIRST_MONTH, fiscalYearOfMonth } from '../fiscal-year.ts';

export interface Quarter {
  /** first and last month, YYYY-MM */
  from: string;
  to: string;
  fiscalYear: number;
  /** fiscal quarter 1–4 (Q1 = April–June) */
  q: number;
}

const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/** A quarter as the microdata names it, 'YYYY-Qn' (src/lib/fiscal-quarter.ts). */
export const quarterId = (p: Quarter): string => `${p.fiscalYear}-Q${p.q}`;

/** The latest fiscal quarter that ends on or before `vintage` (YYYY-MM). */
export function latestQuarter(vintage: string): Quarter {
  const [y, m] = vintage.split('-').map(Number) as [number, number];
  // Quarters end in June, September, December and March.
  const ends = [3, 6, 9, 12];
  const endMonth = [...ends].reverse().find((e) => e <= m);
  const [ey, em] = endMonth === undefined ? [y - 1, 12] : [y, endMonth];
  return quarterEnding(ey, em);
}

function quarterEnding(ey: number, em: number): Quarter {
  const sm = em - 2;
  const from = ym(ey, sm);
  const fy = fiscalYearOfMonth(from);
  const q = ((sm - FISCAL_YEAR_FIRST_MONTH + 12) % 12) / 3 + 1;
  return { from, to: ym(ey, em), fiscalYear: fy, q };
}

/** The same quarter one year earlier. */
export function yearBefore(q: Quarter): Quarter {
  const [y, m] = q.to.split('-').map(Number) as [number, number];
  return quarterEnding(y - 1, m);
}

/** The latest fiscal year whose March is on or before the vintage. */
export function latestCompleteFiscalYear(vintage: string): number {
  const [y, m] = vintage.split('-').map(Number) as [number, number];
  return m >= 3 ? y - 1 : y - 2;
}
