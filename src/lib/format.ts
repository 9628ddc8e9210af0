// Display formats: numbers, Japanese-era years (和暦) with the Western year, and fiscal
// years (年度, named by the year they start in: 令和6年度 = FY2024). The labels follow the
// reader's language (src/i18n/index.ts): the English edition writes "FY2024", as the
// ministries' English pages do, and dates in Japan time.
import { currentLang } from '../i18n/index.ts';

const numberFormat = new Intl.NumberFormat('ja-JP');

/** 1234567 → "1,234,567". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

// Reiwa began on 2019-05-01; Heisei on 1989-01-08 (January 1989 is counted as Heisei).
const REIWA_START = { year: 2019, month: 5 };
const HEISEI_START_YEAR = 1989;

/** Era name and era year for a month, e.g. (2026, 3) → { era: '令和', year: 8 }. */
export function eraOf(year: number, month: number): { era: string; year: number } {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`not a month: ${year}-${month}`);
  }
  const reiwa =
    year > REIWA_START.year || (year === REIWA_START.year && month >= REIWA_START.month);
  if (reiwa) return { era: '令和', year: year - REIWA_START.year + 1 };
  if (year >= HEISEI_START_YEAR) return { era: '平成', year: year - HEISEI_START_YEAR + 1 };
  throw new RangeError(`years before ${HEISEI_START_YEAR} are not supported: ${year}`);
}

// The first year of an era is written 元年, not 1年.
const eraYearText = (n: number): string => (n === 1 ? '元' : String(n));

/** "2026-03" → "令和8年3月 (2026年3月)". */
export function eraMonthLabelJa(yyyyMm: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
  if (!m) throw new RangeError(`expected YYYY-MM, got ${JSON.stringify(yyyyMm)}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const era = eraOf(year, month);
  return `${era.era}${eraYearText(era.year)}年${month}月 (${year}年${month}月)`;
}

/**
 * 2024 → "令和6年度 (2024)". A fiscal year takes the era of its first day (1 April), except
 * FY2019, which began in Heisei 31 but is officially called 令和元年度.
 */
export function fiscalYearLabelJa(fiscalYear: number): string {
  const era = fiscalYear === 2019 ? { era: '令和', year: 1 } : eraOf(fiscalYear, 4);
  return `${era.era}${eraYearText(era.year)}年度 (${fiscalYear})`;
}

const dateTimeFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  dateStyle: 'long',
  timeStyle: 'short',
});

/** ISO timestamp → Japan time, "2026年11月24日 21:00". */
export function formatDateTimeJa(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
  return dateTimeFormat.format(date);
}

const enDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Tokyo',
  dateStyle: 'long',
  timeStyle: 'short',
});
const enMonth = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'long',
});

/** 2024 → "FY2024". */
export function fiscalYearLabelEn(fiscalYear: number): string {
  return `FY${fiscalYear}`;
}

/** "2026-11" → "November 2026". */
export function monthLabelEn(yyyyMm: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
  if (!m) throw new RangeError(`expected YYYY-MM, got ${JSON.stringify(yyyyMm)}`);
  return enMonth.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** ISO timestamp → "24 November 2026 at 21:00 JST". */
export function formatDateTimeEn(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
  return `${enDateTime.format(date)} JST`;
}

const english = () => currentLang() === 'en';

/** A fiscal year in the reader's language: "令和6年度 (2024)" / "FY2024". */
export function fiscalYearLabel(fiscalYear: number): string {
  return english() ? fiscalYearLabelEn(fiscalYear) : fiscalYearLabelJa(fiscalYear);
}

/** A month in the reader's language: "令和8年3月 (2026年3月)" / "March 2026". */
export function eraMonthLabel(yyyyMm: string): string {
  return english() ? monthLabelEn(yyyyMm) : eraMonthLabelJa(yyyyMm);
}

/** A timestamp in Japan time, in the reader's language. */
export function formatDateTime(iso: string): string {
  return english() ? formatDateTimeEn(iso) : formatDateTimeJa(iso);
}
