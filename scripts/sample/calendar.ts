// Day and month arithmetic for the sample: days are integers counted from 2014-01-01
// (UTC, so no time zone or clock enters the data), months are indices from 2014-01.
import { fiscalYearOf } from '../../src/lib/fiscal-year.ts';
import { Alias } from './prng.ts';

const EPOCH_MS = Date.UTC(2014, 0, 1);
const DAY_MS = 86_400_000;

function dayOf(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS;
}

/** Last day the sample covers: the end of FY2025 (calibration.md: complete fiscal year). */
export const HORIZON = dayOf(2026, 3, 31);
/** The centres opened in June 2014 (report §2(1)①iii; calibration.md FY2014 June–March). */
export const LAUNCH = dayOf(2014, 6, 1);

const N_DAYS = dayOf(2027, 1, 1);
const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export const dayStr: string[] = [];
export const dayMonth = new Uint16Array(N_DAYS);
const dayWeekday = new Uint8Array(N_DAYS);
for (let i = 0; i < N_DAYS; i++) {
  const dt = new Date(EPOCH_MS + i * DAY_MS);
  const y = dt.getUTCFullYear();
  const m = dt.getUTCMonth() + 1;
  dayStr.push(`${y}-${pad2(m)}-${pad2(dt.getUTCDate())}`);
  dayMonth[i] = (y - 2014) * 12 + m - 1;
  dayWeekday[i] = dt.getUTCDay();
}

export const monthIndex = (y: number, m: number): number => (y - 2014) * 12 + m - 1;
export const monthStr = (mi: number): string =>
  `${2014 + Math.floor(mi / 12)}-${pad2((mi % 12) + 1)}`;
export const HORIZON_MONTH = monthIndex(2026, 3);

export const fyStart = (fy: number): number => Math.max(dayOf(fy, 4, 1), LAUNCH);
export const fyEnd = (fy: number): number => dayOf(fy + 1, 3, 31);
export const fyOfMonth = (mi: number): number =>
  fiscalYearOf(2014 + Math.floor(mi / 12), (mi % 12) + 1);

/** Relative weight of a day for consultations: weekdays mostly, few on holidays. */
function dayWeight(day: number): number {
  const wd = dayWeekday[day]!;
  const s = dayStr[day]!;
  const md = s.slice(5);
  if (md >= '12-29' || md <= '01-03') return 0.02; // 年末年始
  if (md === '04-29' || (md >= '05-03' && md <= '05-05')) return 0.08; // Golden Week
  if (md >= '08-13' && md <= '08-16') return 0.4; // お盆
  if (wd === 0) return 0.04;
  if (wd === 6) return 0.14;
  return wd === 1 || wd === 5 ? 0.95 : 1;
}

/** Draws days of one fiscal year with realistic weekday weights. */
export class FyDays {
  readonly start: number;
  readonly end: number;
  readonly alias: Alias;

  constructor(fy: number) {
    this.start = fyStart(fy);
    this.end = fyEnd(fy);
    const w: number[] = [];
    for (let d = this.start; d <= this.end; d++) w.push(dayWeight(d));
    this.alias = new Alias(w);
  }
}
