// The national count of targets per FY as stacked bars: met, not met, and not assessed
// (the figure suppressed or na). FYs in their order; the page gives the legend and the
// numbers as text and a table beside it, so no reading depends on the colours alone.
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { renderPlot } from './render.ts';
import { COLORS } from './value-format.ts';

export interface AchievementRow {
  label: string;
  met: number;
  unmet: number;
  notAssessed: number;
}

export function achievementChart(rows: readonly AchievementRow[], label: string): string {
  const series = [
    t('dash.national.series.met'),
    t('dash.national.series.unmet'),
    t('dash.national.series.notAssessed'),
  ];
  const data = rows.flatMap((r) =>
    [r.met, r.unmet, r.notAssessed].map((count, i) => ({
      year: r.label,
      series: series[i]!,
      count,
    })),
  );
  return renderPlot(
    {
      width: 640,
      height: Math.max(120, rows.length * 36 + 70),
      marginLeft: 150,
      style: { color: COLORS.text, background: 'white' },
      x: { label: t('dash.national.axis'), grid: true },
      y: { label: null, domain: rows.map((r) => r.label) },
      color: {
        domain: series,
        range: [COLORS.centre, COLORS.band, COLORS.noData],
        legend: false,
      },
      marks: [
        Plot.barX(data, {
          x: 'count',
          y: 'year',
          fill: 'series',
          stroke: COLORS.text,
          strokeWidth: 0.5,
        }),
        Plot.ruleX([0], { stroke: COLORS.text }),
      ],
    },
    { label },
  );
}
