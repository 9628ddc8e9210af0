// The rows of the indicator tables (IndicatorTable.astro) that the national overview and the
// centre dashboard share: an indicator's figure of the shown FY, its notes, and its trend.
// Build time only (reads the published indicators and rates through site-data.ts).
import { t } from '../../i18n/index.ts';
import { figure, fine, formatIndicatorValue, type Figure } from '../figures.ts';
import type { IndicatorDef } from '../indicators.ts';
import { indicatorSeries, ratePerCo } from '../site-data.ts';
import type { TargetView } from './centre-targets.ts';
import { reportGroups, type NumberedItem } from './report-roles.ts';

export interface IndicatorTableItem {
  indicator: IndicatorDef;
  /** The report's number (①…⑧), empty for the funnel. */
  number: string;
  current: Figure;
  /** Lines under the figure (95% interval, per coordinator). */
  notes: string[];
  /** The reference values, when the table has that column. */
  refs?: { label: string; text: string }[];
  chart?: { svg: string; summary: string };
  trend: Figure[];
  trendCaption: string;
  /** id of the folded trend, for links that open it. */
  trendId?: string;
  /**
   * Where the trend is when the row does not fold it in (a centre's past years: the series is
   * the same on every year's page, so only the latest year's page carries it).
   */
  trendLink?: string;
  /** The centre's own target of the FY (centre dashboards only). */
  target?: TargetView | undefined;
  /** The change against the centre's previous FY (FY2024's ①–④). */
  change?: string | undefined;
}

/** A table's rows grouped as the report groups them: framework, then role. */
export interface IndicatorTableGroup {
  framework: IndicatorDef['framework'];
  heading: string;
  roles: { id: string; heading: string; items: IndicatorTableItem[] }[];
}

/** The report's groups with each indicator made a table row by `item`. */
export function groupedItems(
  item: (numbered: NumberedItem) => IndicatorTableItem,
): IndicatorTableGroup[] {
  return reportGroups().map((group) => ({
    framework: group.framework,
    heading: group.heading,
    roles: group.roles.map((role) => ({
      id: role.id,
      heading: role.heading,
      items: role.items.map(item),
    })),
  }));
}

/** The parts of a row every place shares: the FY's figure, its per-coordinator note, its series. */
export function placeItem(
  { number, indicator }: NumberedItem,
  fy: number,
  pref: string,
): Pick<IndicatorTableItem, 'indicator' | 'number' | 'current' | 'notes' | 'trend'> {
  return {
    indicator,
    number,
    current: figure(indicator, fy, pref),
    notes: perCoNotes(indicator, fy, pref),
    trend: trendFigures(indicator, pref),
  };
}

/** A count's value per coordinator, as a note under the figure; none for other kinds. */
export function perCoNotes(indicator: IndicatorDef, fy: number, pref: string): string[] {
  const perCo = indicator.kind === 'count' ? ratePerCo(fy, pref, indicator.id) : undefined;
  return perCo === undefined || perCo === null
    ? []
    : [t('centers.perCo', { value: formatIndicatorValue(indicator, perCo, fine) })];
}

/** The figures of every published FY of one indicator for a centre (`00`: the nation). */
export function trendFigures(indicator: IndicatorDef, pref: string): Figure[] {
  return indicatorSeries(pref, indicator.id).map((r) => figure(indicator, r.fiscal_year, pref));
}

/** The published series of one indicator as chart rows. */
export function seriesRows(indicator: IndicatorDef, pref: string) {
  return indicatorSeries(pref, indicator.id).map((r) => ({
    fiscal_year: r.fiscal_year,
    value: r.value,
    status: r.status,
  }));
}
