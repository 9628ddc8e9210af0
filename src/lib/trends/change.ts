// Change against the same period a year earlier, as a number and in words, the way a
// brief says it (「価格転嫁の相談は前年同期比 +38%」). Pure.
import { formatNumber } from '../format.ts';

/** Relative change cur/prev − 1, or null when it is not defined (no or hidden base). */
export function relativeChange(prev: number | null, cur: number | null): number | null {
  if (prev === null || cur === null || prev <= 0) return null;
  return cur / prev - 1;
}

/** +38% / −5% / ±0% (rounded to whole percent; U+2212 minus as Japanese typesetting uses). */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  const pct = Math.round(change * 100);
  if (pct === 0) return '±0%';
  return pct > 0 ? `+${formatNumber(pct)}%` : `−${formatNumber(-pct)}%`;
}

export type Direction = 'up' | 'down' | 'flat' | 'unknown';

/** Up or down by at least half a percent; below that the change is called flat. */
export function direction(change: number | null): Direction {
  if (change === null) return 'unknown';
  if (change >= 0.005) return 'up';
  if (change <= -0.005) return 'down';
  return 'flat';
}
