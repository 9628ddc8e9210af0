// The drilldown chart (/explore/, /trends/): one dimension → horizontal bars in the table's order; two
// → a grid of cells shaded by value with the value written in. Hidden cells are not drawn.
// Pure Plot options, rendered in the browser (/explore/, /trends/) or at build time.
import * as Plot from '@observablehq/plot';
import { COLORS } from './value-format.ts';

export interface DrilldownPoint {
  row: string;
  col?: string;
  value: number;
}

export interface DrilldownOptions {
  rowLabel: string;
  colLabel?: string;
  valueLabel: string;
  /** row labels in display order */
  rows: string[];
  cols?: string[];
  width?: number;
}

export function drilldownSpec(points: DrilldownPoint[], o: DrilldownOptions): Plot.PlotOptions {
  const width = o.width ?? 640;
  if (o.cols === undefined) {
    return {
      width,
      height: Math.max(80, o.rows.length * 22 + 40),
      marginLeft: 160,
      x: { label: o.valueLabel, grid: true, tickFormat: '~s' },
      y: { label: o.rowLabel, domain: o.rows },
      marks: [Plot.barX(points, { x: 'value', y: 'row', fill: COLORS.centre }), Plot.ruleX([0])],
    };
  }
  return {
    width: Math.max(width, o.cols.length * 60 + 180),
    height: Math.max(80, o.rows.length * 26 + 60),
    marginLeft: 160,
    x: {
      // The column name is in the table header and the chart's label; on the top axis it collides.
      label: null,
      domain: o.cols,
      axis: 'top',
      tickRotate: o.cols.length > 6 ? -30 : 0,
    },
    y: { label: o.rowLabel, domain: o.rows },
    color: { scheme: 'blues', legend: false },
    marks: [
      Plot.cell(points, { x: 'col', y: 'row', fill: 'value', inset: 0.5 }),
      Plot.text(points, {
        x: 'col',
        y: 'row',
        text: (d: DrilldownPoint) => d.value.toLocaleString('ja-JP'),
        fill: 'black',
        stroke: 'white',
        strokeWidth: 3,
        paintOrder: 'stroke',
      }),
    ],
  };
}
