// What /trends/ shows, from the page data of the national aggregates (trends/page-data.ts):
// the monthly chart and its sentence, the fiscal-year trend, the theme sentences and chart,
// the fields of the in-browser filter, and each breakdown with its largest rise and fall in
// words. Pure: the page passes trendsData() in.
import { changeChart, monthlyChart } from '../../charts/change.ts';
import { trendChart, trendSummary, type TrendOptions } from '../../charts/trend.ts';
import { t } from '../../i18n/index.ts';
import { fiscalYearLabel, formatNumber } from '../format.ts';
import { formatChange, relativeChange } from '../trends/change.ts';
import type { Breakdown, CategoryRow, MonthRow } from '../trends/national.ts';
import {
  breakdownLabel,
  categoryName,
  quarterLabel,
  type ShownTable,
  type TrendsData,
} from '../trends/page-data.ts';
import { THEMES } from '../trends/slices.ts';
import { vocab } from '../vocab.ts';

/** The shown table of this id; a missing one is a build error. */
export function shownTable(data: TrendsData, id: string): ShownTable {
  const found = data.tables.find((x) => x.id === id);
  if (!found) throw new Error(`trends: no table ${id}`);
  return found;
}

/** The consultations of a quarter: null unless all three of its months are published. */
export function quarterSum(months: readonly MonthRow[], p: { from: string; to: string }) {
  const ms = months.filter((m) => m.month >= p.from && m.month <= p.to);
  return ms.length === 3 && ms.every((m) => m.value !== null)
    ? ms.reduce((a, m) => a + m.value!, 0)
    : null;
}

/** The monthly chart's sentence: the latest quarter against the same quarter a year earlier. */
export function monthlySentence(data: TrendsData): string {
  const { quarter, before } = data;
  const cur = quarterSum(data.months, quarter);
  const prev = quarterSum(data.months, before);
  return cur === null || prev === null
    ? t('trends.monthly.summaryUnknown', { quarter: quarterLabel(quarter) })
    : t('trends.monthly.summary', {
        quarter: quarterLabel(quarter),
        before: quarterLabel(before),
        cur: formatNumber(cur),
        prev: formatNumber(prev),
        change: formatChange(relativeChange(prev, cur)),
      });
}

/** The fiscal-year trend: chart, its summary, and the sentence on the latest complete year. */
export function fiscalYearTrend(data: TrendsData) {
  const { fy } = data;
  const rows = data.totals.map((r) => ({
    fiscal_year: r.fiscal_year,
    value: r.consultations,
    status: 'ok' as const,
  }));
  const options: TrendOptions = {
    label: t('trends.fy.heading'),
    unit: '件',
    highlightYear: fy,
    seriesLabel: t('home.headline.series'),
  };
  const cur = data.totals.find((r) => r.fiscal_year === fy);
  const prev = data.totals.find((r) => r.fiscal_year === fy - 1);
  return {
    svg: trendChart(rows, options),
    summary: trendSummary(rows, options),
    sentence:
      cur && prev
        ? t('trends.fy.summary', {
            fy: fiscalYearLabel(fy),
            cur: formatNumber(cur.consultations),
            change: formatChange(relativeChange(prev.consultations, cur.consultations)),
          })
        : undefined,
  };
}

/** One sentence per theme on its change between the two quarters. */
export function themeSentences(data: TrendsData): string[] {
  return data.themeRows.map((r) =>
    r.change === null
      ? t('trends.themes.sentenceHidden', { theme: r.theme.name })
      : t('trends.themes.sentence', {
          theme: r.theme.name,
          change: formatChange(r.change),
          quarter: quarterLabel(data.quarter),
          cur: formatNumber(r.quarter!),
          prev: formatNumber(r.quarterBefore!),
        }),
  );
}

export function themeChart(data: TrendsData): string {
  return changeChart(
    data.themeRows.map((r) => ({ label: r.theme.name, change: r.change })),
    t('trends.themes.chart', { quarter: quarterLabel(data.quarter) }),
    t('trends.themes.axis'),
  );
}

// The in-browser filter's fields: codes in their code-list order (centres in JIS order).
const codeOptions = (list: readonly { code: string; name: string }[]) =>
  list.map((e) => ({ code: e.code, name: e.name }));

export function filterFields(): {
  name: string;
  label: string;
  options: { code: string; name: string }[];
}[] {
  return [
    { name: 'bureau', label: t('trends.dim.bureau'), options: codeOptions(vocab.bureaus) },
    {
      name: 'centre',
      label: t('explore.dim.centre'),
      options: [...vocab.centres]
        .sort((a, b) => a.pref_code.localeCompare(b.pref_code))
        .map((c) => ({ code: c.pref_code, name: c.prefecture })),
    },
    { name: 'industry', label: t('explore.dim.industry'), options: codeOptions(vocab.industries) },
    { name: 'band', label: t('explore.dim.band'), options: codeOptions(vocab.employeeBands) },
    { name: 'channel', label: t('explore.dim.channel'), options: codeOptions(vocab.channels) },
    {
      name: 'theme',
      label: t('trends.filter.theme'),
      options: THEMES.map((th) => ({ code: th.id, name: th.name })),
    },
  ];
}

/** The largest rise and the largest fall of a breakdown, said in words. */
export function breakdownSentence(dim: Breakdown, rows: readonly CategoryRow[]): string {
  const named = rows
    .filter((r) => r.change !== null)
    .map((r) => ({ ...r, name: categoryName(dim, r.code) }));
  const up = named.filter((r) => r.change! > 0).sort((a, b) => b.change! - a.change!)[0];
  const down = named.filter((r) => r.change! < 0).sort((a, b) => a.change! - b.change!)[0];
  if (up && down)
    return t('trends.breakdown.summary', {
      up: up.name,
      upChange: formatChange(up.change),
      down: down.name,
      downChange: formatChange(down.change),
    });
  if (up) return t('trends.breakdown.noFall', { up: up.name, upChange: formatChange(up.change) });
  if (down)
    return t('trends.breakdown.noRise', { down: down.name, downChange: formatChange(down.change) });
  return t('trends.breakdown.summaryNone');
}

/** Each breakdown's section: id, heading, change chart and sentence. */
export function breakdownSections(data: TrendsData) {
  const { fy } = data;
  return data.breakdowns.map(({ dim, rows }) => {
    const label = breakdownLabel(dim);
    return {
      dim,
      id: `by-${dim.replace('_', '-')}`,
      heading: t('trends.breakdown.heading', {
        dimension: label,
        prev: fiscalYearLabel(fy - 1),
        cur: fiscalYearLabel(fy),
      }),
      svg: changeChart(
        rows.map((r) => ({ label: categoryName(dim, r.code), change: r.change })),
        t('trends.breakdown.chart', { dimension: label, cur: fiscalYearLabel(fy) }),
        t('trends.col.changeFy'),
      ),
      summary: breakdownSentence(dim, rows),
    };
  });
}

/** Everything the page renders besides the shown tables. */
export function trendsView(data: TrendsData) {
  // Monthly: the last 24 months, each with the same month a year earlier.
  const recent = data.months.filter((m) => m.value !== null).slice(-24);
  return {
    recent,
    monthlySvg: monthlyChart(recent, t('trends.monthly.chart'), [
      t('trends.monthly.series'),
      t('trends.monthly.seriesBefore'),
    ]),
    monthlyText: monthlySentence(data),
    fiscalYears: fiscalYearTrend(data),
    themeSentences: themeSentences(data),
    themeSvg: themeChart(data),
    filterFields: filterFields(),
    breakdowns: breakdownSections(data),
  };
}
