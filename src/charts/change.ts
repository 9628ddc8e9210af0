// Charts of change against a year earlier (/trends/), rendered at build time:
// a monthly line with the same months a year earlier dashed beside it, and bars of the
// relative change per category, in the categories' defined order (never sorted by value).
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { renderPlot } from './render.ts';
import { COLORS } from './value-format.ts';

export interface MonthPoint {
  /** YYYY-MM */
  month: string;
  value: number | null;
  /** the same month a year earlier */
  yearBefore: number | null;
}

const toDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/** The monthly chart's Plot options (also drawn in the browser for a filtered slice). */
export function monthlySpec(rows: MonthPoint[], seriesNames: [string, string]): Plot.PlotOptions {
  const cur = rows.map((r) => ({ date: toDate(r.month), value: r.value, series: seriesNames[0] }));
  const prev = rows.map((r) => ({
    date: toDate(r.month),
    value: r.yearBefore,
    series: seriesNames[1],
  }));
  return {
    width: 720,
    height: 300,
    marginLeft: 64,
    style: { color: COLORS.text, background: 'white' },
    x: { type: 'utc', label: null, tickFormat: '%Y-%m' },
    y: { label: t('charts.countAxis'), grid: true, zero: true, tickFormat: '~s' },
    color: { domain: seriesNames, range: [COLORS.centre, COLORS.reference], legend: false },
    marks: [
      Plot.lineY(prev, { x: 'date', y: 'value', stroke: 'series', strokeDasharray: '4 3' }),
      Plot.lineY(cur, { x: 'date', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(cur, { x: 'date', y: 'value', fill: 'series', r: 2.5 }),
    ],
  };
}

export function monthlyChart(
  rows: MonthPoint[],
  label: string,
  seriesNames: [string, string],
): string {
  return renderPlot(monthlySpec(rows, seriesNames), { label });
}

export interface ChangeRow {
  label: string;
  /** relative change (0.38 = +38%); null: not shown */
  change: number | null;
}

export function changeChart(rows: ChangeRow[], label: string, axisLabel: string): string {
  const shown = rows.filter((r) => r.change !== null) as { label: string; change: number }[];
  return renderPlot(
    {
      width: 640,
      height: Math.max(100, rows.length * 24 + 50),
      marginLeft: 200,
      marginRight: 56,
      style: { color: COLORS.text, background: 'white' },
      x: { label: axisLabel, grid: true, tickFormat: (d: number) => `${Math.round(d * 100)}%` },
      y: { label: null, domain: rows.map((r) => r.label) },
      marks: [
        Plot.barX(shown, {
          x: 'change',
          y: 'label',
          fill: (d: { change: number }) => (d.change >= 0 ? COLORS.centre : COLORS.reference),
        }),
        Plot.ruleX([0], { stroke: COLORS.text }),
        Plot.text(shown, {
          x: 'change',
          y: 'label',
          text: (d: { change: number }) =>
            `${d.change >= 0 ? '+' : '−'}${Math.abs(Math.round(d.change * 100))}%`,
          dx: 4,
          textAnchor: 'start',
          fill: COLORS.text,
        }),
      ],
    },
    { label },
  );
}
