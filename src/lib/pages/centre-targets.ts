// A centre's figure against its own plan and its own past (report §3(1)②ii, 図表12): the
// target of that FY and whether it was met, and for FY2024's ①–④ the change against the
// previous year. Achievement is withheld wherever the figure is (indicators.md, "Targets"),
// and is never compared across centres. Build time only.
import { t } from '../../i18n/index.ts';
import { formatIndicatorValue, percent, statusText } from '../figures.ts';
import { isShare } from '../../charts/value-format.ts';
import { fiscalYearLabel } from '../format.ts';
import type { IndicatorDef } from '../indicators.ts';
import { targetOf, type TargetRow } from '../plan-data.ts';
import { fiscalYears, indicatorValue } from '../site-data.ts';
import { AGAINST_LAST_YEAR } from './report-roles.ts';

export interface TargetView {
  /** The target as filed, unformatted (the figure's data-target). */
  raw: string;
  text: string;
  /** 1 met, 0 not met, null not assessed (the figure is suppressed or na). */
  met: 0 | 1 | null;
  metText: string;
  /** 達成率, for counts and amounts with a positive target. */
  ratioText: string | undefined;
  /** Why achievement is not shown. */
  reason: string | undefined;
}

/** The view of one published targets row. */
export function targetViewOf(indicator: IndicatorDef, row: TargetRow): TargetView {
  const met = row.met === 1 ? 1 : row.met === 0 ? 0 : null;
  const reason =
    row.status === 'ok'
      ? undefined
      : t('dash.target.notAssessed', { status: statusText[row.status] });
  return {
    raw: String(row.target),
    text: formatIndicatorValue(indicator, row.target),
    met,
    metText:
      met === 1 ? t('dash.target.met') : met === 0 ? t('dash.target.unmet') : t('dash.target.none'),
    ratioText:
      row.ratio === null
        ? undefined
        : t('dash.target.ratio', { value: percent.format(row.ratio * 100) }),
    reason,
  };
}

/** The centre's target for the indicator in that FY, if its plan has one. */
export function targetView(indicator: IndicatorDef, fy: number, pref: string) {
  const row = targetOf(fy, pref, indicator.id);
  return row ? targetViewOf(indicator, row) : undefined;
}

const signed = (n: number, f: (abs: number) => string) =>
  `${n > 0 ? '+' : n < 0 ? '−' : '±'}${f(Math.abs(n))}`;

/** The change against the centre's own previous FY; undefined in the first published year. */
export function yearChange(indicator: IndicatorDef, fy: number, pref: string): string | undefined {
  if (!fiscalYears().includes(fy - 1)) return;
  const before = indicatorValue(fy - 1, pref, indicator.id);
  const now = indicatorValue(fy, pref, indicator.id);
  const year = fiscalYearLabel(fy - 1);
  if (before.value === null || now.value === null || before.status !== 'ok' || now.status !== 'ok')
    return t('dash.change.unknown', { year });
  const diff = now.value - before.value;
  // Shares and growth rates change by percentage points; a relative change would mislead.
  const points = isShare(indicator.unit);
  return t('dash.change.text', {
    year,
    before: formatIndicatorValue(indicator, before.value),
    diff: points
      ? t('dash.change.points', { value: signed(diff, (v) => percent.format(v * 100)) })
      : signed(diff, (v) => formatIndicatorValue(indicator, v)),
    rel:
      !points && before.value > 0
        ? t('dash.change.relative', {
            value: signed(diff / before.value, (v) => percent.format(v * 100)),
          })
        : '',
  });
}

/** The change against the previous FY for FY2024's ①–④ only, the basis 図表12 gives them. */
export const lastYearChange = (indicator: IndicatorDef, fy: number, pref: string) =>
  AGAINST_LAST_YEAR.includes(indicator.id) ? yearChange(indicator, fy, pref) : undefined;
