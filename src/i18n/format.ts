// Labels that depend on the language beyond the dictionary: fiscal years, months, timestamps.
// Japanese keeps src/lib/format.ts (era names); English uses "FY2024", as the ministries'
// English pages do, and dates in Japan time.
import { eraMonthLabel, fiscalYearLabel, formatDateTime } from '../lib/format.ts';
import type { Lang } from './index.ts';

export interface Formatters {
  /** 2024 → "令和6年度 (2024)" / "FY2024" */
  fiscalYear(fiscalYear: number): string;
  /** "2026-11" → "令和8年11月 (2026年11月)" / "November 2026" */
  month(yyyyMm: string): string;
  /** ISO timestamp → Japan time */
  dateTime(iso: string): string;
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

const en: Formatters = {
  fiscalYear: (fiscalYear) => `FY${fiscalYear}`,
  month: (yyyyMm) => {
    const m = /^(\d{4})-(\d{2})$/.exec(yyyyMm);
    if (!m) throw new RangeError(`expected YYYY-MM, got ${JSON.stringify(yyyyMm)}`);
    return enMonth.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
  },
  dateTime: (iso) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
    return `${enDateTime.format(date)} JST`;
  },
};

const ja: Formatters = {
  fiscalYear: fiscalYearLabel,
  month: eraMonthLabel,
  dateTime: formatDateTime,
};

export function formatters(lang: Lang): Formatters {
  return lang === 'en' ? en : ja;
}
