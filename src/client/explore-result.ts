// One /explore/ answer on the page: the withheld note, the chart and its summary in words,
// the table, the CSV button, how long it took, and the SQL it ran.
// Plot is a static import, so the browser fetches it with the page's own module and the
// default view's chart waits for no second round trip.
import * as Plot from '@observablehq/plot';
import { drilldownSpec, type DrilldownPoint } from '../charts/drilldown.ts';
import { t } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { dimensionName, measureName, valueLabel } from '../lib/explore/labels.ts';
import type { DimensionId, ExploreState, MeasureId } from '../lib/explore/model.ts';
import { resultCsv, shownCells } from '../lib/explore/result.ts';
import { buildQuery, touchesGeneralised, withheldIsExact } from '../lib/explore/sql.ts';
import { serialiseState } from '../lib/explore/url-state.ts';
import type { DrilldownAnswer } from './drilldown-data.ts';
import { el, renderTable, download } from './dom.ts';

function caption(s: ExploreState): string {
  return t('explore.result.caption', {
    measures: s.measures.map(measureName).join(t('explore.sep')),
    dims: s.dims.length ? s.dims.map(dimensionName).join(' × ') : t('explore.result.total'),
  });
}

async function chart(
  s: ExploreState,
  cells: ReturnType<typeof shownCells>,
): Promise<HTMLElement | null> {
  if (s.dims.length === 0) return null;
  const measure = s.measures[0]!;
  const [rowDim, colDim] = s.dims as [DimensionId, DimensionId | undefined];
  const points: DrilldownPoint[] = [];
  const rows: string[] = [];
  const cols: string[] = [];
  for (const c of cells) {
    const row = valueLabel(rowDim, c.keys[rowDim]);
    if (!rows.includes(row)) rows.push(row);
    const col = colDim ? valueLabel(colDim, c.keys[colDim]) : undefined;
    if (col !== undefined && !cols.includes(col)) cols.push(col);
    const v = c.values[measure];
    if (typeof v === 'number')
      points.push({ row, ...(col === undefined ? {} : { col }), value: v });
  }
  const spec = drilldownSpec(points, {
    rowLabel: dimensionName(rowDim),
    valueLabel: measureName(measure),
    rows,
    ...(colDim ? { colLabel: dimensionName(colDim), cols } : {}),
  });
  const figure = Plot.plot(spec) as HTMLElement;
  const label = t('explore.chart.label', {
    measure: measureName(measure),
    dims: s.dims.map(dimensionName).join(' × '),
  });
  const wrap = el('figure', { class: 'chart', role: 'img', 'aria-label': label });
  for (const child of Array.from(figure.querySelectorAll('[aria-label]'))) {
    child.setAttribute('aria-hidden', 'true');
  }
  wrap.append(figure);
  return wrap;
}

function summary(s: ExploreState, cells: ReturnType<typeof shownCells>): string {
  const measure = s.measures[0]!;
  const label = (c: (typeof cells)[number]) =>
    s.dims.map((d) => valueLabel(d, c.keys[d])).join(t('explore.sep'));
  const shown = cells.filter((c) => typeof c.values[measure] === 'number');
  if (s.dims.length === 0 && shown.length === 1) {
    return t('explore.summary.one', {
      measure: measureName(measure),
      value: formatNumber(shown[0]!.values[measure] as number),
    });
  }
  if (shown.length === 0) return '';
  const value = (c: (typeof cells)[number]) => c.values[measure] as number;
  const max = shown.reduce((a, b) => (value(b) > value(a) ? b : a));
  const min = shown.reduce((a, b) => (value(b) < value(a) ? b : a));
  return t('explore.summary.many', {
    cells: cells.length,
    measure: measureName(measure),
    maxLabel: label(max),
    max: formatNumber(value(max)),
    minLabel: label(min),
    min: formatNumber(value(min)),
  });
}

export type Answerer = (s: ExploreState) => Promise<DrilldownAnswer>;

export async function showResult(
  answerer: Answerer,
  s: ExploreState,
  out: HTMLElement,
): Promise<void> {
  out.setAttribute('aria-busy', 'true');
  const sql = buildQuery(s);
  const result = await answerer(s);
  const cells = shownCells(result.rows, s);
  const w = result.withheld;
  const exact = withheldIsExact(s);
  const parts: Node[] = [];

  const note = el('p', {
    id: 'explore-withheld',
    class: 'note',
    'data-withheld': String(w.withheld),
    'data-exact': String(exact),
  });
  note.textContent = t(exact ? 'explore.withheld.exact' : 'explore.withheld.upper', {
    total: formatNumber(w.consultations),
    withheld: formatNumber(w.withheld),
  });
  if (touchesGeneralised(s) && w.generalised > 0) {
    note.textContent += t('explore.withheld.generalised', {
      generalised: formatNumber(w.generalised),
    });
  }
  parts.push(note);

  if (cells.length === 0) {
    parts.push(el('p', {}, t('explore.result.empty')));
  } else {
    const hiddenCount = cells.filter((c) =>
      s.measures.some((m) => c.values[m] === 'hidden'),
    ).length;
    const figure = await chart(s, cells);
    const text = summary(s, cells);
    const side = el('div', { class: 'chart-with-summary' });
    if (figure) side.append(figure);
    if (text) side.append(el('p', { class: 'chart-summary', id: 'explore-summary' }, text));
    parts.push(side);
    if (hiddenCount > 0) {
      parts.push(
        el('p', { class: 'note' }, t('explore.result.hiddenCount', { count: hiddenCount })),
      );
    }
    parts.push(
      renderTable({
        caption: caption(s),
        headers: [...s.dims.map(dimensionName), ...s.measures.map(measureName)],
        numericFrom: s.dims.length,
        rows: cells.map((c) => [
          ...s.dims.map((d) => valueLabel(d, c.keys[d])),
          ...s.measures.map((m: MeasureId) => {
            const v = c.values[m]!;
            return v === 'hidden'
              ? { text: t('explore.result.hiddenMark'), value: '' }
              : { text: formatNumber(v), value: String(v) };
          }),
        ]),
      }),
    );
    const csv = el('button', { type: 'button', id: 'explore-csv' }, t('explore.csv'));
    csv.addEventListener('click', () => download(`explore-${Date.now()}.csv`, resultCsv(cells, s)));
    parts.push(csv);
  }
  parts.push(
    el(
      'p',
      { class: 'note' },
      result.ms === null
        ? t('explore.result.prerendered', { rows: cells.length })
        : t('explore.result.time', { rows: cells.length, ms: Math.round(result.ms) }),
    ),
  );
  const details = el('details', { class: 'show-sql' });
  details.append(el('summary', {}, t('explore.sql.show')), el('pre', {}, el('code', {}, sql)));
  parts.push(details);

  out.replaceChildren(...parts);
  out.dataset['state'] = serialiseState(s);
  out.setAttribute('aria-busy', 'false');
}
