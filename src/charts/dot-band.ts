// One row per group (this centre, peers, the nation): a dot for the value and a band for
// the inter-quartile range. Groups keep the caller's order — never sorted by value.
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { categoryRowsFrame, renderPlot, type CategoryRowsGeometry } from './render.ts';
import { COLORS, formatTick, formatValue, unitLabel } from './value-format.ts';

export type DotBandKind = 'centre' | 'peer' | 'nation';

export interface DotBandRow {
  group: string;
  value: number | null;
  q1?: number | null;
  q3?: number | null;
  kind: DotBandKind;
  /** Said instead of a value when there is none (秘匿, 算出不可); default データなし. */
  missing?: string;
}

export interface DotBandOptions {
  /** Indicator name. */
  label: string;
  unit: string;
  /**
   * The id of the page's element showing dotBandSummary(): the chart points there instead of
   * repeating the summary in its `<desc>`.
   */
  describedBy?: string;
  width?: number;
}

// Kinds differ by shape as well as colour: filled circle, hollow circle, diamond.
const KIND_STYLE: Record<DotBandKind, { symbol: string; fill: string; stroke: string }> = {
  centre: { symbol: 'circle', fill: COLORS.centre, stroke: COLORS.centre },
  peer: { symbol: 'circle', fill: 'white', stroke: COLORS.centre },
  nation: { symbol: 'diamond2', fill: COLORS.reference, stroke: COLORS.reference },
};

const missingText = (r: DotBandRow): string => r.missing ?? t('charts.noData');

const hasBand = (r: DotBandRow): boolean =>
  r.q1 !== undefined && r.q1 !== null && r.q3 !== undefined && r.q3 !== null;

// Taller rows for the dot and band.
const DOT_BAND_FRAME: CategoryRowsGeometry = { base: 40, perRow: 32, marginRight: 24 };

export function dotBandChart(rows: DotBandRow[], options: DotBandOptions): string {
  const { unit } = options;
  const groups = rows.map((r) => r.group);
  const byKind = (kind: DotBandKind) => rows.filter((r) => r.kind === kind && r.value !== null);
  return renderPlot(
    {
      ...categoryRowsFrame(rows.length, options.width, DOT_BAND_FRAME),
      // The domain is the input order; Plot would otherwise sort the band scale.
      y: { domain: groups, label: null, tickSize: 0 },
      x: {
        grid: true,
        zero: true,
        nice: true,
        label: t('charts.axis', { label: options.label, unit: unitLabel(unit) }),
        labelArrow: 'none',
        labelAnchor: 'right',
        tickFormat: (d: number) => formatTick(d, unit),
      },
      marks: [
        Plot.barX(rows.filter(hasBand), {
          y: 'group',
          x1: 'q1',
          x2: 'q3',
          fill: COLORS.band,
          stroke: COLORS.bandEdge,
          strokeWidth: 0.75,
          insetTop: 8,
          insetBottom: 8,
          sort: null,
        }),
        (['nation', 'peer', 'centre'] as const).map((kind) =>
          Plot.dot(byKind(kind), {
            y: 'group',
            x: 'value',
            r: 5,
            symbol: KIND_STYLE[kind].symbol,
            fill: KIND_STYLE[kind].fill,
            stroke: KIND_STYLE[kind].stroke,
            strokeWidth: 1.5,
            sort: null,
            title: (r: DotBandRow) =>
              t('charts.point', { name: r.group, value: formatValue(r.value!, unit) }),
          }),
        ),
        Plot.text(
          rows.filter((r) => r.value === null),
          {
            y: 'group',
            frameAnchor: 'left',
            dx: 6,
            text: (r: DotBandRow) => missingText(r),
            fill: COLORS.muted,
          },
        ),
      ],
    },
    {
      label: t('charts.dotBand.title', { label: options.label }),
      ...(options.describedBy
        ? { describedBy: options.describedBy }
        : { description: dotBandSummary(rows, options) }),
    },
  );
}

/** Japanese text alternative: every group's value (and range) in the given order. */
export function dotBandSummary(rows: DotBandRow[], options: DotBandOptions): string {
  const { unit } = options;
  const parts = rows.map((r) => {
    if (r.value === null)
      return t('charts.dotBand.item', { group: r.group, value: missingText(r) });
    let text = t('charts.dotBand.item', { group: r.group, value: formatValue(r.value, unit) });
    if (hasBand(r))
      text += t('charts.iqr', { q1: formatValue(r.q1!, unit), q3: formatValue(r.q3!, unit) });
    return text;
  });
  return t('charts.summary', { label: options.label, parts: parts.join(t('charts.join.list')) });
}
