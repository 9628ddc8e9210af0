// What one centre's dashboard shows for one FY: every indicator, grouped by role and
// numbered as the report does (report-roles.ts), with its target, its notes, the reference
// values and the centre's trend against the national median and IQR, then the consultation mix beside the nation's. No rank, position or
// value-ordered list. Build time only (reads the published tables through site-data.ts).
import { trendChart, trendSummary, type TrendOptions } from '../../charts/trend.ts';
import { t } from '../../i18n/index.ts';
import { pageBase } from '../../i18n/paths.ts';
import { formatIndicatorValue, mixDimensions, referenceText } from '../figures.ts';
import { formatNumber } from '../format.ts';
import type { IndicatorDef } from '../indicators.ts';
import { indicatorInterval, referenceValues } from '../site-data.ts';
import { NATION_CODE } from '../../schemas/codes.ts';
import { lastYearChange, targetView } from './centre-targets.ts';
import { groupedItems, placeItem, seriesRows, type IndicatorTableItem } from './indicator-items.ts';
import { mixTable, type MixTableView } from './mix.ts';

/** The centre's series against the national median and IQR of every year, for the trend column. */
export function centreTrend(
  indicator: IndicatorDef,
  pref: string,
  fy: number,
  years: readonly number[],
): { svg: string; summary: string } {
  const rows = seriesRows(indicator, pref);
  const reference = years.flatMap((year) => {
    const national = referenceValues(year, pref, indicator.id).national;
    return national
      ? [{ fiscal_year: year, median: national.median, q1: national.q1, q3: national.q3 }]
      : [];
  });
  const options: TrendOptions = {
    label: indicator.name,
    unit: indicator.unit,
    reference,
    highlightYear: fy,
    width: 360,
  };
  return { svg: trendChart(rows, options), summary: trendSummary(rows, options) };
}

/** The 95% interval of a survey share, as a note under the figure; none for other kinds. */
export function intervalNotes(indicator: IndicatorDef, fy: number, pref: string): string[] {
  const interval =
    indicator.kind === 'share' ? indicatorInterval(fy, pref, indicator.id) : undefined;
  return interval
    ? [
        t('centers.interval', {
          lower: formatIndicatorValue(indicator, interval.lower),
          upper: formatIndicatorValue(indicator, interval.upper),
          n: formatNumber(interval.n),
        }),
      ]
    : [];
}

/** The reference column: the national median with IQR, then the three peer groups' medians. */
export function referenceCells(indicator: IndicatorDef, fy: number, pref: string) {
  const refs = referenceValues(fy, pref, indicator.id);
  return [
    { label: t('centers.ref.national'), text: referenceText(indicator, refs.national, true) },
    { label: t('centers.ref.bureau'), text: referenceText(indicator, refs.bureau, false) },
    {
      label: t('centers.ref.sizeConsultations'),
      text: referenceText(indicator, refs.size_consultations, false),
    },
    {
      label: t('centers.ref.sizeCoordinators'),
      text: referenceText(indicator, refs.size_coordinators, false),
    },
  ];
}

/** The id of an indicator's folded trend on a centre's latest page, which past years link to. */
export const centreTrendId = (id: string): string => `trend-${id}`;

/**
 * Every indicator of the centre in one FY, grouped and numbered as the report does, each
 * beside the centre's own target of that FY and (FY2024's ①–④) its previous year.
 */
export function centreIndicatorGroups(pref: string, fy: number, years: readonly number[]) {
  // The trends (chart and folded table) are on the latest year's page only. The series is
  // the same on every year's page of a centre: drawing the charts on all 13 took about
  // 100 MB of the national build and the tables another ~85 KiB a page, beyond its 400 MiB
  // budget with both editions (scripts/lib/dist-size.ts); past years link to the trend.
  const drawTrend = fy === years.at(-1);
  return groupedItems((numbered): IndicatorTableItem => {
    const { indicator } = numbered;
    const place = placeItem(numbered, fy, pref);
    return {
      ...place,
      notes: [...intervalNotes(indicator, fy, pref), ...place.notes],
      refs: referenceCells(indicator, fy, pref),
      ...(drawTrend
        ? { chart: centreTrend(indicator, pref, fy, years), trendId: centreTrendId(indicator.id) }
        : { trendLink: `${pageBase()}centers/${pref}/#${centreTrendId(indicator.id)}` }),
      trendCaption: t('centers.trend.caption', { name: indicator.name }),
      target: targetView(indicator, fy, pref),
      change: lastYearChange(indicator, fy, pref),
    };
  });
}

/** The centre's consultation mix in one FY beside the nation's, one table per dimension. */
export function centreMixes(pref: string, fy: number): MixTableView[] {
  return mixDimensions.map(({ dimension, label, codes }) =>
    mixTable(
      dimension,
      t(label),
      codes.map((c) => ({ code: c.code, name: c.name, codes: [c.code] })),
      fy,
      [pref, NATION_CODE],
    ),
  );
}
