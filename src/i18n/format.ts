// Labels that depend on the language beyond the dictionary: fiscal years, months, timestamps.
// Japanese keeps src/lib/format.ts (era names); English uses "FY2024", as the ministries'
// English pages do, and dates in Japan time.
import {
  eraMonthLabelJa,
  fiscalYearLabelEn,
  fiscalYearLabelJa,
  formatDateTimeEn,
  formatDateTimeJa,
  monthLabelEn,
} from '../lib/format.ts';
import type { Lang } from './index.ts';

export interface Formatters {
  /** 2024 → "令和6年度 (2024)" / "FY2024" */
  fiscalYear(fiscalYear: number): string;
  /** "2026-11" → "令和8年11月 (2026年11月)" / "November 2026" */
  month(yyyyMm: string): string;
  /** ISO timestamp → Japan time */
  dateTime(iso: string): string;
}

const en: Formatters = {
  fiscalYear: fiscalYearLabelEn,
  month: monthLabelEn,
  dateTime: formatDateTimeEn,
};

const ja: Formatters = {
  fiscalYear: fiscalYearLabelJa,
  month: eraMonthLabelJa,
  dateTime: formatDateTimeJa,
};

export function formatters(lang: Lang): Formatters {
  return lang === 'en' ? en : ja;
}
