// Date forms the export format accepts (format README, "Encoding and CSV dialect"):
// YYYY-MM-DD, YYYY/MM/DD, YYYY/M/D and Japanese-era dates 令和6年4月1日 / R6.4.1.
// 令和1 = 2019 (from 1 May 2019), 平成31 = 2019 until 30 April.

interface Era {
  start: string; // first day, YYYY-MM-DD
  end: string | null; // last day
  offset: number; // Western year = era year + offset
}
const ERAS: Record<string, Era> = {
  令和: { start: '2019-05-01', end: null, offset: 2018 },
  R: { start: '2019-05-01', end: null, offset: 2018 },
  平成: { start: '1989-01-08', end: '2019-04-30', offset: 1988 },
  H: { start: '1989-01-08', end: '2019-04-30', offset: 1988 },
};

// 2024年4月1日 is not listed in the format but is how Japanese office software writes a
// Western date, and it cannot be misread.
const ISO = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
const ERA_KANJI = /^(令和|平成)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/;
const ERA_LATIN = /^([RH])(\d{1,2}|元)[./-](\d{1,2})[./-](\d{1,2})$/i;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

// Dates outside this range are typing errors (and Date.UTC reads 0–99 as 1900–1999). The
// last day is the end of FY2100, the last fiscal year financials.csv allows.
export const FIRST_DATE = '1900-01-01';
export const LAST_DATE = '2101-03-31';
const outOfRange = (s: string) =>
  `'${s}' is outside the dates this portal reads (${FIRST_DATE} – ${LAST_DATE})`;

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}
const inRange = (iso: string) => iso >= FIRST_DATE && iso <= LAST_DATE;

export type DateResult = { ok: true; value: string } | { ok: false; reason: string };

/** Normalises an already NFKC-folded, trimmed date string to YYYY-MM-DD. */
export function parseDate(s: string): DateResult {
  let m = ISO.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
    if (!isRealDate(y, mo, d)) return { ok: false, reason: `'${s}' is not a calendar date` };
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    return inRange(iso) ? { ok: true, value: iso } : { ok: false, reason: outOfRange(s) };
  }
  m = ERA_KANJI.exec(s) ?? ERA_LATIN.exec(s);
  if (m) {
    const era = ERAS[m[1]!.toUpperCase() === 'R' || m[1] === '令和' ? '令和' : '平成']!;
    const eraYear = m[2] === '元' ? 1 : Number(m[2]);
    const [y, mo, d] = [eraYear + era.offset, Number(m[3]), Number(m[4])];
    if (eraYear < 1 || !isRealDate(y, mo, d)) {
      return { ok: false, reason: `'${s}' is not a calendar date` };
    }
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (iso < era.start || (era.end !== null && iso > era.end)) {
      return { ok: false, reason: `'${s}' is outside its era (${era.start} – ${era.end ?? ''})` };
    }
    return inRange(iso) ? { ok: true, value: iso } : { ok: false, reason: outOfRange(s) };
  }
  return {
    ok: false,
    reason: `'${s}' is not a date (use YYYY-MM-DD, YYYY/M/D, 令和6年4月1日 or R6.4.1)`,
  };
}

const MONTH_ISO = /^(\d{4})[-/](\d{1,2})$/;
const MONTH_ERA = /^(令和|平成)(\d{1,2}|元)年(\d{1,2})月$/;

/** Normalises a month (YYYY-MM, YYYY/M, 令和6年4月) to YYYY-MM. */
export function parseMonth(s: string): DateResult {
  let m = MONTH_ISO.exec(s);
  let y: number;
  let mo: number;
  if (m) {
    [y, mo] = [Number(m[1]), Number(m[2])];
  } else if ((m = MONTH_ERA.exec(s))) {
    const era = ERAS[m[1]!]!;
    y = (m[2] === '元' ? 1 : Number(m[2])) + era.offset;
    mo = Number(m[3]);
  } else {
    return { ok: false, reason: `'${s}' is not a month (use YYYY-MM)` };
  }
  if (mo < 1 || mo > 12) return { ok: false, reason: `'${s}' is not a month (use YYYY-MM)` };
  return { ok: true, value: `${y}-${pad(mo)}` };
}
