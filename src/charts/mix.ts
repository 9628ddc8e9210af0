// Shares by category (0–1): a bar for the centre, a tick for the nation. Categories keep
// the caller's order (the code list's), never the order of the values.
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { categoryRowsFrame, renderPlot, type CategoryRowsGeometry } from './render.ts';
import { COLORS, formatTick, formatValue } from './value-format.ts';

export interface MixRow {
  category: string;
  centre: number | null;
  nation: number | null;
}

export interface MixOptions {
  /** What is being split, e.g. 相談分野. */
  label: string;
  /** Name of the bars; default 当拠点. */
  centreLabel?: string;
  /** Name of the ticks; default 全国. */
  nationLabel?: string;
  width?: number;
}

const pct = (v: number): string => formatValue(v, '割合');

const shareText = (v: number | null): string => (v === null ? t('charts.noData') : pct(v));

// Room on the right for the share labels.
const MIX_FRAME: CategoryRowsGeometry = { base: 48, perRow: 28, marginRight: 56 };

export function mixChart(rows: MixRow[], options: MixOptions): string {
  const centreLabel = options.centreLabel ?? t('charts.centre');
  const nationLabel = options.nationLabel ?? t('charts.nation');
  const barTitle = (series: string, key: 'centre' | 'nation') => (r: MixRow) =>
    t('charts.mix.bar', { category: r.category, series, value: pct(r[key]!) });
  const max = Math.max(0, ...rows.flatMap((r) => [r.centre ?? 0, r.nation ?? 0]));
  return renderPlot(
    {
      ...categoryRowsFrame(rows.length, options.width, MIX_FRAME),
      y: { domain: rows.map((r) => r.category), label: null, tickSize: 0, padding: 0.25 },
      x: {
        domain: [0, Math.min(1, Math.ceil(max * 10) / 10 || 1)],
        grid: true,
        tickFormat: (d: number) => formatTick(d, '割合'),
        label: t('charts.mix.axis', { centre: centreLabel, nation: nationLabel }),
        labelArrow: 'none',
        labelAnchor: 'right',
      },
      marks: [
        Plot.barX(
          rows.filter((r) => r.centre !== null),
          {
            y: 'category',
            x: 'centre',
            fill: COLORS.centre,
            sort: null,
            title: barTitle(centreLabel, 'centre'),
          },
        ),
        // A white halo keeps the national tick ≥ 3:1 where it crosses a bar.
        Plot.tickX(
          rows.filter((r) => r.nation !== null),
          { y: 'category', x: 'nation', stroke: 'white', strokeWidth: 5, sort: null },
        ),
        Plot.tickX(
          rows.filter((r) => r.nation !== null),
          {
            y: 'category',
            x: 'nation',
            stroke: '#000000',
            strokeWidth: 2,
            sort: null,
            title: barTitle(nationLabel, 'nation'),
          },
        ),
        Plot.text(rows, {
          y: 'category',
          x: (r: MixRow) => Math.max(r.centre ?? 0, r.nation ?? 0),
          text: (r: MixRow) => shareText(r.centre),
          textAnchor: 'start',
          dx: 6,
          fill: COLORS.text,
          sort: null,
        }),
        Plot.ruleX([0]),
      ],
    },
    {
      label: t('charts.mix.title', { label: options.label }),
      description: mixSummary(rows, options),
    },
  );
}

/** Japanese text alternative: each category's centre and national share, in order. */
export function mixSummary(rows: MixRow[], options: MixOptions): string {
  const centreLabel = options.centreLabel ?? t('charts.centre');
  const nationLabel = options.nationLabel ?? t('charts.nation');
  const parts = rows.map((r) =>
    t('charts.mix.item', {
      category: r.category,
      centre: shareText(r.centre),
      nation: nationLabel,
      nationValue: shareText(r.nation),
    }),
  );
  return t('charts.mix.summary', {
    label: options.label,
    centre: centreLabel,
    parts: parts.join(t('charts.join.list')),
  });
}
