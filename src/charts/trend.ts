// A centre's yearly series against the national median (dashed) and inter-quartile band.
import * as Plot from '@observablehq/plot';
import { t, type MessageKey } from '../i18n/index.ts';
import type { IndicatorStatus } from '../lib/indicators.ts';
import { fiscalYearLabel } from '../lib/format.ts';
import { renderPlot } from './render.ts';
import { COLORS, formatTick, formatValue, unitLabel } from './value-format.ts';

export interface TrendRow {
  fiscal_year: number;
  value: number | null;
  status: IndicatorStatus;
}

export interface TrendReference {
  fiscal_year: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

export interface TrendOptions {
  /** Indicator name, e.g. 相談実績件数. */
  label: string;
  unit: string;
  reference?: TrendReference[];
  highlightYear?: number;
  width?: number;
  /** Name of the centre's line; default 当拠点. */
  seriesLabel?: string;
  /** Name of the median line; default 全国中央値. */
  referenceLabel?: string;
}

// The words the pages use for a figure's status (figures.ts statusText), so the summary
// and the figure beside it agree. Looked up per call: the page's language decides.
const STATUS_KEY = {
  suppressed: 'centers.status.suppressed',
  na: 'centers.status.na',
} as const satisfies Record<Exclude<IndicatorStatus, 'ok'>, MessageKey>;
const statusWord = (status: IndicatorStatus): string => t(STATUS_KEY[status as 'na']);

const shown = (r: TrendRow): boolean => r.status === 'ok' && r.value !== null;

export function trendChart(rows: TrendRow[], options: TrendOptions): string {
  const { unit, reference = [] } = options;
  const seriesLabel = options.seriesLabel ?? t('charts.centre');
  const referenceLabel = options.referenceLabel ?? t('charts.trend.reference');
  const data = [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year);
  const ref = [...reference].sort((a, b) => a.fiscal_year - b.fiscal_year);
  const years = [...new Set([...data, ...ref].map((r) => r.fiscal_year))].sort((a, b) => a - b);
  // Gaps: Plot breaks a line at undefined values, so a hidden year interrupts the series.
  const line = data.map((r) => ({ fiscal_year: r.fiscal_year, value: shown(r) ? r.value : null }));
  const hidden = data.filter((r) => !shown(r));

  return renderPlot(
    {
      width: options.width ?? 640,
      height: 320,
      marginLeft: 56,
      marginRight: 80,
      marginBottom: 40,
      style: { color: COLORS.text, background: 'white' },
      x: {
        type: 'linear',
        ...(years.length === 1 ? { domain: [years[0]! - 0.5, years[0]! + 0.5] } : {}),
        ticks: years,
        tickFormat: (d: number) => String(d),
        // Fiscal years are self-explanatory; the summary names them in 和暦.
        label: null,
        inset: 16,
      },
      y: {
        grid: true,
        zero: true,
        nice: true,
        label: t('charts.axis', { label: options.label, unit: unitLabel(unit) }),
        labelArrow: 'none',
        tickFormat: (d: number) => formatTick(d, unit),
      },
      marks: [
        options.highlightYear === undefined
          ? null
          : Plot.ruleX([options.highlightYear], {
              stroke: COLORS.bandEdge,
              strokeDasharray: '2,3',
            }),
        Plot.areaY(ref, {
          x: 'fiscal_year',
          y1: 'q1',
          y2: 'q3',
          fill: COLORS.band,
          ariaLabel: () => t('charts.trend.band'),
        }),
        Plot.lineY(ref, { x: 'fiscal_year', y: 'q1', stroke: COLORS.bandEdge, strokeWidth: 0.75 }),
        Plot.lineY(ref, { x: 'fiscal_year', y: 'q3', stroke: COLORS.bandEdge, strokeWidth: 0.75 }),
        Plot.lineY(ref, {
          x: 'fiscal_year',
          y: 'median',
          stroke: COLORS.reference,
          strokeWidth: 1.5,
          strokeDasharray: '6,4',
        }),
        Plot.text(
          ref,
          Plot.selectLast({
            filter: (r: TrendReference) => r.median !== null,
            x: 'fiscal_year',
            y: 'median',
            text: () => referenceLabel,
            textAnchor: 'start',
            dx: 8,
            fill: COLORS.reference,
          }),
        ),
        Plot.ruleY([0]),
        Plot.lineY(line, { x: 'fiscal_year', y: 'value', stroke: COLORS.centre, strokeWidth: 2 }),
        Plot.dot(line, {
          x: 'fiscal_year',
          y: 'value',
          fill: COLORS.centre,
          r: 3.5,
          stroke: 'white',
          title: (r: { fiscal_year: number; value: number | null }) =>
            r.value === null
              ? null
              : t('charts.trend.point', { fy: r.fiscal_year, value: formatValue(r.value, unit) }),
        }),
        // The highlighted year gets a ring (shape, not colour, marks it).
        Plot.dot(
          line.filter((r) => r.fiscal_year === options.highlightYear && r.value !== null),
          { x: 'fiscal_year', y: 'value', r: 7, stroke: COLORS.centre, strokeWidth: 1.5 },
        ),
        Plot.text(
          line,
          Plot.selectLast({
            filter: (r: { value: number | null }) => r.value !== null,
            x: 'fiscal_year',
            y: 'value',
            text: () => seriesLabel,
            textAnchor: 'start',
            dx: 8,
            fill: COLORS.centre,
            fontWeight: 'bold',
          }),
        ),
        // Hidden years: a hollow marker on the baseline with its reason.
        Plot.dot(hidden, {
          x: 'fiscal_year',
          y: () => 0,
          r: 4,
          fill: 'white',
          stroke: COLORS.muted,
          strokeWidth: 1.5,
          title: (r: TrendRow) =>
            t('charts.trend.point', { fy: r.fiscal_year, value: statusWord(r.status) }),
        }),
        Plot.text(hidden, {
          x: 'fiscal_year',
          y: () => 0,
          dy: -10,
          text: (r: TrendRow) => statusWord(r.status),
          fill: COLORS.muted,
        }),
      ],
    },
    {
      label: t('charts.trend.title', { label: options.label }),
      description: trendSummary(rows, options),
    },
  );
}

/** Japanese text alternative: latest value, the reference that year, hidden years. */
export function trendSummary(rows: TrendRow[], options: TrendOptions): string {
  const { unit, label } = options;
  const seriesLabel = options.seriesLabel ?? t('charts.centre');
  const referenceLabel = options.referenceLabel ?? t('charts.trend.reference');
  const data = [...rows].sort((a, b) => a.fiscal_year - b.fiscal_year);
  const last = data.at(-1);
  if (!last) return t('charts.trend.empty', { label });
  const fy = fiscalYearLabel(last.fiscal_year);
  const parts: string[] = [];
  const lastShown = data.filter(shown).at(-1);
  if (shown(last)) {
    parts.push(
      t('charts.trend.latest', { fy, series: seriesLabel, value: formatValue(last.value!, unit) }),
    );
  } else {
    const status = statusWord(last.status);
    parts.push(t('charts.trend.latest', { fy, series: seriesLabel, value: status }));
    if (lastShown) {
      parts.push(
        t('charts.trend.lastShown', {
          fy: fiscalYearLabel(lastShown.fiscal_year),
          value: formatValue(lastShown.value!, unit),
        }),
      );
    }
  }
  const ref = options.reference?.find((r) => r.fiscal_year === last.fiscal_year);
  if (ref && ref.median !== null) {
    let text = t('charts.trend.referenceValue', {
      reference: referenceLabel,
      value: formatValue(ref.median, unit),
    });
    if (ref.q1 !== null && ref.q3 !== null) {
      text += t('charts.iqr', { q1: formatValue(ref.q1, unit), q3: formatValue(ref.q3, unit) });
    }
    parts.push(text);
  }
  const hidden = data.filter((r) => !shown(r) && r !== last);
  for (const status of ['suppressed', 'na'] as const) {
    const years = hidden
      .filter((r) => r.status === status)
      .map((r) => fiscalYearLabel(r.fiscal_year));
    if (years.length > 0) {
      const text = years.join(t('charts.join.years'));
      parts.push(t('charts.trend.hiddenYears', { years: text, status: statusWord(status) }));
    }
  }
  return t('charts.summary', { label, parts: parts.join(t('charts.join.sentence')) });
}
