// What a compare page shows for each indicator: the centre's figure beside its references,
// as a text summary and a table row, and on the latest year's page a dot-and-band chart.
// Build time only (reads the published tables through site-data.ts).
import { dotBandChart, dotBandSummary } from '../../charts/dot-band.ts';
import { comparison, dotBandRows, type Comparison } from '../compare.ts';
import { indicatorGroups, referenceText } from '../figures.ts';

export interface CompareItem extends Comparison {
  /** The chart, on the latest year's page only. */
  svg?: string;
  summary: string;
  /** id of the element showing the summary, which the chart points at. */
  summaryId: string;
  /** The reference cells of the table row, in COMPARE_GROUPS order. */
  cells: string[];
}

/**
 * Every indicator of the centre in one FY, grouped by framework. The charts are drawn on
 * the latest year's page only: on the past years' pages they took about 35 MiB of the
 * national build per edition, beyond its 400 MiB budget with both editions
 * (scripts/lib/dist-size.ts); past years keep the same figures as summary and table.
 */
export function compareIndicatorGroups(pref: string, fy: number, years: readonly number[]) {
  const drawCharts = fy === years.at(-1);
  return indicatorGroups().map((group) => ({
    ...group,
    items: group.indicators.map((indicator): CompareItem => {
      const c = comparison(indicator, fy, pref);
      const rows = dotBandRows(c);
      // The figcaption shows the summary; the chart points there rather than repeat it.
      const summaryId = `chart-${indicator.id}-summary`;
      const options = { label: indicator.name, unit: indicator.unit, width: 560 };
      return {
        ...c,
        ...(drawCharts ? { svg: dotBandChart(rows, { ...options, describedBy: summaryId }) } : {}),
        summary: dotBandSummary(rows, options),
        summaryId,
        cells: c.references.map((r) => referenceText(indicator, r.row, true)),
      };
    }),
  }));
}
