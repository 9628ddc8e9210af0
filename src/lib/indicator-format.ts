// How an indicator value is written on the pages (1,234件, 45.6%, 前年度比 +3.2%) and the
// words for a hidden one. Pure, so the workspace's browser script writes a centre's own
// figures exactly as the dashboards write the published ones.
import { t, type MessageKey } from '../i18n/index.ts';
import type { IndicatorDef, IndicatorStatus } from './indicators.ts';

// Display formats (ja-JP grouping). Reference medians may be halves, so one decimal is kept.
export const plain = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 1 });
export const fine = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });
export const percent = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const signedPercent = new Intl.NumberFormat('ja-JP', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});
const unitKeys: Record<IndicatorDef['unit'], MessageKey> = {
  件: 'centers.unit.count',
  者: 'centers.unit.businesses',
  割合: 'centers.unit.share',
  千円: 'centers.unit.thousandYen',
  '千円/人': 'centers.unit.thousandYenPerPerson',
  人: 'centers.unit.people',
  回: 'centers.unit.times',
  比: 'centers.unit.ratio',
};

/** An indicator value with its unit: 1,234件, 45.6%, 前年度比 +3.2%. */
export function formatIndicatorValue(
  indicator: IndicatorDef,
  value: number,
  format: Intl.NumberFormat = plain,
): string {
  const text =
    indicator.unit === '割合'
      ? percent.format(value * 100)
      : indicator.unit === '比'
        ? signedPercent.format(value * 100)
        : format.format(value);
  return t(unitKeys[indicator.unit], { value: text });
}

// Getters, not values: the words are looked up in the language of the page being rendered.
export const statusText: Readonly<Record<Exclude<IndicatorStatus, 'ok'>, string>> = {
  get suppressed() {
    return t('centers.status.suppressed');
  },
  get na() {
    return t('centers.status.na');
  },
};

/** Why a figure of this indicator is suppressed or not available. */
export function statusReason(
  indicator: IndicatorDef,
  status: Exclude<IndicatorStatus, 'ok'>,
): string {
  const kind = indicator.kind;
  if (kind === 'share') return t(`centers.reason.share.${status}`);
  if (kind === 'financial') return t(`centers.reason.financial.${status}`);
  if (kind === 'capacity' && status === 'na') return t('centers.reason.capacity.na');
  return t(`centers.reason.other.${status}`);
}
