// Tile-grid cartogram of the 47 prefectures. A tile's position is geographic and fixed;
// only its colour depends on the value. Each tile links to the prefecture's page.
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { prefCodes, vocab } from '../lib/vocab.ts';
import { createDocument, SVG_NS, serializeChart } from './render.ts';
import { COLORS, contrast, formatValue } from './value-format.ts';

export interface TileRow {
  pref_code: string;
  label: string;
  value: number | null;
}

export interface TileMapOptions {
  /** Name of the value, e.g. 相談実績件数（件）; titles the legend and the chart. */
  legendLabel: string;
  /** Link target of a prefecture's tile. */
  href: (pref: string) => string;
  /** Unit for value texts; default '' (割合 formats as %). */
  unit?: string;
  /**
   * Said for a prefecture without a value (tile name, legend, summary); default データなし.
   * Pass the word the table beside the map uses, so both say the same for the same cell.
   */
  missingText?: string;
  width?: number;
}

/**
 * Column and row of each prefecture (JIS X 0401 code) on a 13 × 9 grid: Hokkaidō top
 * right, Kyūshū bottom left, Okinawa in the corner.
 */
export const TILE_POSITIONS: Readonly<Record<string, readonly [col: number, row: number]>> = {
  '01': [12, 0],
  '02': [12, 1],
  '03': [12, 2],
  '04': [12, 3],
  '05': [11, 2],
  '06': [11, 3],
  '07': [12, 4],
  '08': [11, 5],
  '09': [11, 4],
  '10': [10, 4],
  '11': [10, 5],
  '12': [11, 6],
  '13': [10, 6],
  '14': [10, 7],
  '15': [10, 3],
  '16': [9, 4],
  '17': [8, 4],
  '18': [7, 5],
  '19': [9, 6],
  '20': [9, 5],
  '21': [8, 5],
  '22': [9, 7],
  '23': [8, 6],
  '24': [6, 7],
  '25': [7, 6],
  '26': [6, 5],
  '27': [5, 6],
  '28': [5, 5],
  '29': [6, 6],
  '30': [5, 7],
  '31': [4, 5],
  '32': [3, 5],
  '33': [4, 6],
  '34': [3, 6],
  '35': [2, 6],
  '36': [4, 8],
  '37': [4, 7],
  '38': [3, 7],
  '39': [3, 8],
  '40': [1, 6],
  '41': [0, 6],
  '42': [0, 7],
  '43': [1, 7],
  '44': [2, 7],
  '45': [2, 8],
  '46': [1, 8],
  '47': [0, 8],
};

const COLS = 13;
const ROWS = 9;

/** Five sequential classes, light to dark. Tiles have a dark outline (≥ 3:1 on white). */
export const TILE_COLORS = ['#eef3fa', '#c3d5ea', '#8fb2d9', '#4a7fbf', '#1f4e8c'] as const;
const TILE_STROKE = '#595959';

/** Equal-interval class breaks over the values present (fewer classes if all are equal). */
export function classBreaks(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [];
  const step = (max - min) / TILE_COLORS.length;
  return Array.from({ length: TILE_COLORS.length - 1 }, (_, i) => min + step * (i + 1));
}

const classOf = (value: number, breaks: readonly number[]): number =>
  breaks.filter((b) => value >= b).length;

const textOn = (fill: string): string =>
  contrast(fill, '#000000') >= contrast(fill, '#ffffff') ? '#000000' : '#ffffff';

interface Tile {
  pref: string;
  label: string;
  value: number | null;
  col: number;
  row: number;
  fill: string;
  name: string;
}

export function tileMap(rows: TileRow[], options: TileMapOptions): string {
  const unit = options.unit ?? '';
  const missingText = options.missingText ?? t('charts.noData');
  const byPref = new Map(rows.map((r) => [r.pref_code, r]));
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const breaks = classBreaks(values);
  const noDataFill = 'url(#no-data)';
  // Always the 47 codes in JIS order, whatever order the rows came in.
  const tiles: Tile[] = prefCodes.map((pref) => {
    const row = byPref.get(pref);
    const label = row?.label ?? vocab.centres.find((c) => c.pref_code === pref)?.prefecture ?? pref;
    const value = row?.value ?? null;
    const [col, r] = TILE_POSITIONS[pref]!;
    return {
      pref,
      label,
      value,
      col,
      row: r,
      fill: value === null ? noDataFill : TILE_COLORS[classOf(value, breaks)]!,
      name: t('charts.tile.name', {
        label,
        value: value === null ? missingText : formatValue(value, unit),
      }),
    };
  });

  const width = options.width ?? 560;
  const tileSize = Math.floor((width - 20) / COLS);
  const legendHeight = 56;
  const height = tileSize * ROWS + legendHeight + 10;

  // Legend and the no-data pattern, drawn into the same SVG below the grid.
  const legend = (
    _index: number[],
    _scales: unknown,
    _values: unknown,
    dimensions: { height: number; marginBottom: number },
    context: { document: Document },
  ): SVGElement => {
    const doc = context.document;
    const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
      const node = doc.createElementNS(SVG_NS, name);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const g = el('g', {
      'aria-label': t('charts.legend'),
      transform: `translate(10,${dimensions.height - dimensions.marginBottom + 16})`,
    });
    const defs = el('defs', {});
    const pattern = el('pattern', {
      id: 'no-data',
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    pattern.append(
      el('rect', { width: 6, height: 6, fill: COLORS.noData }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: COLORS.noDataHatch, 'stroke-width': 1.5 }),
    );
    defs.append(pattern);
    g.append(defs);
    g.append(
      el(
        'text',
        { x: 0, y: 0, 'font-weight': 'bold', 'text-anchor': 'start' },
        options.legendLabel,
      ),
    );
    const swatch = 18;
    const classes =
      breaks.length === 0
        ? values.length === 0
          ? []
          : [{ fill: TILE_COLORS[0], text: formatValue(values[0]!, unit) }]
        : TILE_COLORS.map((fill, i) => {
            const lo = i === 0 ? Math.min(...values) : breaks[i - 1]!;
            return { fill, text: t('charts.tile.classFrom', { value: formatValue(lo, unit) }) };
          });
    const items = [...classes, { fill: noDataFill, text: missingText }];
    const itemWidth = Math.floor((width - 20) / Math.max(items.length, 4));
    items.forEach((item, i) => {
      const x = i * itemWidth;
      g.append(
        el('rect', {
          x,
          y: 10,
          width: swatch,
          height: swatch,
          fill: item.fill,
          stroke: TILE_STROKE,
        }),
        el(
          'text',
          { x: x + swatch + 4, y: 10 + swatch / 2, dy: '0.32em', 'text-anchor': 'start' },
          item.text,
        ),
      );
    });
    return g as unknown as SVGElement;
  };

  const document = createDocument();
  const svg = Plot.plot({
    document,
    width,
    height,
    margin: 10,
    marginBottom: legendHeight,
    style: { color: COLORS.text, background: 'white' },
    x: {
      type: 'band',
      domain: Array.from({ length: COLS }, (_, i) => i),
      axis: null,
      padding: 0.08,
    },
    y: {
      type: 'band',
      domain: Array.from({ length: ROWS }, (_, i) => i),
      axis: null,
      padding: 0.08,
    },
    color: { type: 'identity' },
    marks: [
      Plot.cell(tiles, {
        x: 'col',
        y: 'row',
        fill: 'fill',
        stroke: TILE_STROKE,
        href: (t: Tile) => options.href(t.pref),
        ariaLabel: 'name',
        title: 'name',
        sort: null,
      }),
      // Tile names for sighted readers; the link already carries the accessible name.
      Plot.text(tiles, {
        x: 'col',
        y: 'row',
        text: 'label',
        fill: (t: Tile) => (t.value === null ? '#000000' : textOn(t.fill)),
        fontSize: 10,
        pointerEvents: 'none',
        ariaHidden: 'true',
        sort: null,
      }),
      legend,
    ],
  });
  return serializeChart(
    svg,
    { label: options.legendLabel, role: 'group', description: tileMapSummary(rows, options) },
    document,
  );
}

/** Japanese text alternative: coverage, highest and lowest prefectures. */
export function tileMapSummary(rows: TileRow[], options: TileMapOptions): string {
  const unit = options.unit ?? '';
  const known = rows.filter((r): r is TileRow & { value: number } => r.value !== null);
  const missing = prefCodes.length - known.length;
  const missingText = options.missingText ?? t('charts.noData');
  if (known.length === 0)
    return t('charts.tile.allMissing', { label: options.legendLabel, missing: missingText });
  // The range only, never which centre is highest or lowest: the report asks for
  // reference values, "not a ranking" (§6). Each tile and the table name each value.
  const values = known.map((r) => r.value);
  const parts = [
    t('charts.tile.range', {
      count: known.length,
      min: formatValue(Math.min(...values), unit),
      max: formatValue(Math.max(...values), unit),
    }),
  ];
  if (missing > 0) parts.push(t('charts.tile.missing', { count: missing, missing: missingText }));
  return t('charts.summary', {
    label: options.legendLabel,
    parts: parts.join(t('charts.join.list')),
  });
}
