// What the national overview (/) shows: the nation's (`00`) indicators of one FY in the
// report's order (report-roles.ts) with their trends, four headline trend charts, the consultation mix
// (topics summed by group), and the 47 centres in JIS order with their consultations.
// Nothing is ordered by a value. Build time only (reads the published tables).
import { trendChart, trendSummary, type TrendOptions } from '../../charts/trend.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { figure, fine, formatIndicatorValue, mixDimensions } from '../figures.ts';
import { INDICATORS, type IndicatorDef } from '../indicators.ts';
import { ratePerCo } from '../site-data.ts';
import { vocab } from '../vocab.ts';
import { NATION_CODE } from '../../schemas/codes.ts';
import { bureauName, centresInJisOrder } from './centres.ts';
import { groupedItems, placeItem, seriesRows, type IndicatorTableItem } from './indicator-items.ts';
import { mixTable, type MixTableView } from './mix.ts';

/** The id of an indicator's folded trend table, which the headline charts link to. */
export const trendId = (id: string): string => `trend-${id}`;

function indicatorById(id: string): IndicatorDef {
  const indicator = INDICATORS.find((i) => i.id === id);
  if (!indicator) throw new Error(`home: unknown indicator ${id}`);
  return indicator;
}

/** Every indicator for the nation in one FY, grouped and numbered as the report does. */
export function nationIndicatorGroups(fy: number) {
  return groupedItems((numbered): IndicatorTableItem => ({
    ...placeItem(numbered, fy, NATION_CODE),
    trendCaption: t('home.trend.caption', { name: numbered.indicator.name }),
    trendId: trendId(numbered.indicator.id),
  }));
}

// Headline trends since the first FY; their table is the indicator row's trend.
export const HEADLINE = ['r6_consultations', 'r6_businesses', 'r8_resolved', 'r6_sat_satisfied'];

export function headlineCharts(fy: number) {
  return HEADLINE.map((id) => {
    const indicator = indicatorById(id);
    const rows = seriesRows(indicator, NATION_CODE);
    const options: TrendOptions = {
      label: indicator.name,
      unit: indicator.unit,
      highlightYear: fy,
      seriesLabel: t('home.headline.series'),
    };
    return { indicator, svg: trendChart(rows, options), summary: trendSummary(rows, options) };
  });
}

/**
 * The nation's consultation mix. Topics are summed by their group (vocab order of first
 * appearance); a group with a suppressed topic is suppressed as a whole.
 */
export function nationMixes(fy: number): MixTableView[] {
  const topicGroups = [...new Set(vocab.topics.map((topic) => topic.group))].map((group) => {
    const topics = vocab.topics.filter((topic) => topic.group === group);
    return {
      code: group,
      name: t(`home.topicGroup.${group}` as MessageKey),
      detail: topics.map((topic) => topic.name).join(t('charts.join.list')),
      codes: topics.map((topic) => topic.code),
    };
  });
  return [
    mixTable('topic', t('home.mix.topicGroup'), topicGroups, fy, [NATION_CODE]),
    ...mixDimensions
      .filter((d) => d.dimension !== 'topic')
      .map(({ dimension, label, codes }) =>
        mixTable(
          dimension,
          t(label),
          codes.map((c) => ({ code: c.code, name: c.name, codes: [c.code] })),
          fy,
          [NATION_CODE],
        ),
      ),
  ];
}

/** The 47 centres with their consultations and consultations per coordinator in one FY. */
export function centreRows(fy: number) {
  const consultations = indicatorById('r6_consultations');
  return centresInJisOrder().map((c) => {
    const perCo = ratePerCo(fy, c.pref_code, consultations.id) ?? null;
    return {
      centre: c,
      bureau: bureauName(c.bureau),
      consultations: figure(consultations, fy, c.pref_code),
      perCo,
      perCoText:
        perCo === null ? t('home.map.perCoNone') : formatIndicatorValue(consultations, perCo, fine),
    };
  });
}

export const DOWNLOADS: { table: string; label: MessageKey }[] = [
  { table: 'indicators', label: 'home.downloads.indicators' },
  { table: 'rates', label: 'home.downloads.rates' },
  { table: 'consultations_by_topic', label: 'home.downloads.topic' },
  { table: 'consultations_by_industry', label: 'home.downloads.industry' },
  { table: 'consultations_by_employees_band', label: 'home.downloads.employeesBand' },
  { table: 'consultations_by_channel', label: 'home.downloads.channel' },
];

/** Everything the overview shows of the published tables for one FY. */
export const homeView = (fy: number) => ({
  groups: nationIndicatorGroups(fy),
  headlines: headlineCharts(fy),
  mixes: nationMixes(fy),
  centreRows: centreRows(fy),
  downloads: DOWNLOADS,
});
