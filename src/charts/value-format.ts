// Value texts shared by the charts' axes and text summaries.
import { t, type MessageKey } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';

// The indicators' units (indicators.ts, in Japanese as the data has them) to the words of
// the page's language.
const UNIT_WORDS: Record<string, { value: MessageKey; axis: MessageKey }> = {
  件: { value: 'charts.value.count', axis: 'charts.unit.count' },
  者: { value: 'charts.value.businesses', axis: 'charts.unit.businesses' },
  人: { value: 'charts.value.people', axis: 'charts.unit.people' },
  回: { value: 'charts.value.times', axis: 'charts.unit.times' },
  千円: { value: 'charts.value.thousandYen', axis: 'charts.unit.thousandYen' },
  '千円/人': {
    value: 'charts.value.thousandYenPerPerson',
    axis: 'charts.unit.thousandYenPerPerson',
  },
};

function unitWords(unit: string): { value: MessageKey; axis: MessageKey } {
  const words = UNIT_WORDS[unit];
  if (!words) throw new Error(`charts: no words for the unit "${unit}"`);
  return words;
}

/**
 * Shares (単位「割合」, 0–1) and year-on-year changes (「比」, ΣVA(FY)÷ΣVA(FY−1)−1 of
 * indicators.md) are shown as percentages, as the pages' figures are.
 */
export const isShare = (unit: string): boolean => unit === '割合' || unit === '比';

/**
 * 0.456 割合 → "45.6%", 1234 件 → "1,234件" (English "1,234"), 0.05 比 → "+5.0%"; no unit
 * (`''`) → "1,234".
 */
export function formatValue(value: number, unit: string): string {
  if (unit === '比') return `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
  if (isShare(unit)) return `${(value * 100).toFixed(1)}%`;
  const text = formatNumber(Math.round(value * 10) / 10);
  return unit === '' ? text : t(unitWords(unit).value, { value: text });
}

/** The unit an axis or legend names: "%" for shares, else the unit's word (件 / number). */
export function unitLabel(unit: string): string {
  return isShare(unit) ? '%' : t(unitWords(unit).axis);
}

/** Axis tick text: no unit (the axis label carries it). */
export function formatTick(value: number, unit: string): string {
  if (isShare(unit)) return `${Math.round(value * 100)}%`;
  return formatNumber(value);
}

// WCAG 2 relative luminance and contrast, for picking text colour on filled shapes.
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Colours (each ≥ 4.5:1 on white unless noted) used across the charts. */
export const COLORS = {
  centre: '#1f5fa8',
  reference: '#595959',
  /** IQR band fill: decorative, its edges are drawn in `bandEdge`. */
  band: '#dbe4ef',
  bandEdge: '#767676',
  text: '#1a1a1a',
  muted: '#595959',
  noData: '#f2f2f2',
  noDataHatch: '#767676',
} as const;
