// /explore/ in the browser: form ⇄ URL state, DuckDB-WASM queries, table, chart, CSV.
// The view the page opens with is answered from the page itself (prerender.ts); the column
// store the browser counts in (drilldown-data.ts) loads when another view is asked for, or
// as soon as the visitor starts changing the question, with a status line and a clear
// error. Only the SQL box loads DuckDB-WASM, with the full portal.duckdb.
// Static imports, so the browser fetches Plot with the page's own module (module scripts
// never delay the first paint) and the default view's chart waits for no second round trip.
import * as Plot from '@observablehq/plot';
import { drilldownSpec, type DrilldownPoint } from '../charts/drilldown.ts';
import { t } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { dimensionName, measureName, valueLabel } from '../lib/explore/labels.ts';
import {
  CODE_FILTER_IDS,
  emptyFilters,
  type DimensionId,
  type ExploreState,
  type MeasureId,
} from '../lib/explore/model.ts';
import { resultCsv, shownCells } from '../lib/explore/result.ts';
import {
  buildQuery,
  touchesGeneralised,
  withheldIsExact,
  withheldQuery,
} from '../lib/explore/sql.ts';
import { parseState, serialiseState } from '../lib/explore/url-state.ts';
import type { Answers } from '../lib/explore/prerender.ts';
import { answer, loadStore, type DrilldownAnswer } from './drilldown-data.ts';
import type { Portal } from './duckdb.ts';
import { el, renderTable, afterFirstPaint, download } from './dom.ts';

const SQL_BOX_MAX_ROWS = 1000;

function formToState(form: HTMLFormElement): ExploreState {
  const data = new FormData(form);
  const all = (name: string) => data.getAll(name).map(String);
  const dims = [all('d1')[0], all('d2')[0]].filter((d): d is string => !!d);
  const filters = emptyFilters();
  for (const id of CODE_FILTER_IDS) filters[id] = all(id);
  const query = new URLSearchParams({
    m: all('m').join(','),
    d: [...new Set(dims)].join(','),
  });
  if (all('fy').length) query.set('fy', all('fy').join(','));
  for (const k of ['from', 'to']) if (all(k)[0]) query.set(k, all(k)[0]!);
  for (const id of CODE_FILTER_IDS) if (filters[id].length) query.set(id, filters[id].join(','));
  // Through the parser, so the form and a URL reach the same (validated) state.
  return parseState(query.toString());
}

function stateToForm(form: HTMLFormElement, s: ExploreState): void {
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))) {
    const values: string[] =
      input.name === 'm'
        ? s.measures
        : input.name === 'fy'
          ? s.fy.map(String)
          : ((s.filters as Record<string, string[]>)[input.name] ?? []);
    input.checked = values.includes(input.value);
  }
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
  select('d1').value = s.dims[0] ?? '';
  select('d2').value = s.dims[1] ?? '';
  select('from').value = s.monthFrom ?? '';
  select('to').value = s.monthTo ?? '';
  for (const details of Array.from(form.querySelectorAll<HTMLDetailsElement>('details.filter'))) {
    const id = details.dataset['filter']!;
    const chosen = details.querySelectorAll('input:checked').length;
    const label = id === 'fy' ? t('explore.filter.fy') : dimensionName(id as DimensionId);
    details.querySelector('summary')!.textContent =
      chosen > 0
        ? t('explore.filter.chosen', { label, count: chosen })
        : t('explore.filter.all', { label });
  }
}

function caption(s: ExploreState): string {
  return t('explore.result.caption', {
    measures: s.measures.map(measureName).join('・'),
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
    s.dims.map((d) => valueLabel(d, c.keys[d])).join('・');
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

type Answerer = (s: ExploreState) => Promise<DrilldownAnswer>;

async function showResult(answerer: Answerer, s: ExploreState, out: HTMLElement): Promise<void> {
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

function sqlBox(portal: () => Promise<Portal>): void {
  const form = document.getElementById('explore-sql-form') as HTMLFormElement;
  const out = document.getElementById('explore-sql-result')!;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const sql = String(new FormData(form).get('sql') ?? '');
    out.setAttribute('aria-busy', 'true');
    out.replaceChildren(el('p', { class: 'note' }, t('explore.sql.loading')));
    try {
      const result = await (await portal()).query(sql);
      const rows = result.rows.slice(0, SQL_BOX_MAX_ROWS);
      out.replaceChildren(
        el(
          'p',
          { class: 'note' },
          t('explore.sql.rows', {
            rows: result.rows.length,
            max: SQL_BOX_MAX_ROWS,
            ms: Math.round(result.ms ?? 0),
          }),
        ),
        renderTable({
          caption: t('explore.sql.heading'),
          headers: result.columns,
          numericFrom: result.columns.length,
          rowHeaders: false,
          rows: rows.map((r) =>
            result.columns.map((c) => {
              const v = r[c];
              return v === null || v === undefined
                ? ''
                : Array.isArray(v)
                  ? JSON.stringify(v)
                  : String(v);
            }),
          ),
        }),
      );
    } catch (error) {
      out.replaceChildren(
        el(
          'p',
          { role: 'alert', class: 'explore-error' },
          t('explore.sql.error', { message: (error as Error).message }),
        ),
      );
    }
    out.setAttribute('aria-busy', 'false');
  });
}

/** The build-time answer for `s` embedded in the page (explore/index.astro), if any. */
function prerendered(): (s: ExploreState) => DrilldownAnswer | null {
  const node = document.getElementById('explore-prerendered');
  const answers = node?.textContent ? (JSON.parse(node.textContent) as Answers) : {};
  return (s) => {
    const cells = answers[buildQuery(s)];
    const withheld = answers[withheldQuery(s)]?.rows[0] as DrilldownAnswer['withheld'] | undefined;
    return cells && withheld ? { rows: cells.rows, withheld, ms: null } : null;
  };
}

export function startExplore(): void {
  const root = document.getElementById('explore')!;
  const form = document.getElementById('explore-form') as HTMLFormElement;
  const out = document.getElementById('explore-result')!;
  const status = document.getElementById('explore-status')!;
  const errorBox = document.getElementById('explore-error')!;
  const urls = root.dataset as { wasmUrl: string; dbUrl: string; sqlDbUrl: string };
  let state = parseState(location.search);
  stateToForm(form, state);
  let firstDone = false;

  const fail = (error: unknown) => {
    errorBox.hidden = false;
    errorBox.textContent = t('explore.error', {
      message: (error as Error).message ?? String(error),
    });
    status.textContent = '';
    out.setAttribute('aria-busy', 'false');
  };
  let loading: Promise<unknown> | null = null;
  const load = () => {
    if (loading) return;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    status.textContent = t('explore.loading');
    loading = loadStore(urls.dbUrl, (received, total) => {
      status.textContent = t('explore.loadingBytes', {
        loaded: mb(received),
        total: total === null ? '?' : mb(total),
      });
    }).then(
      () => {
        status.textContent = t('explore.ready');
      },
      (error: unknown) => {
        loading = null; // a later question tries again
        fail(error);
      },
    );
  };
  const fromPage = prerendered();
  const answerer: Answerer = (s) => {
    const ready = fromPage(s);
    if (ready) return Promise.resolve(ready);
    load();
    return answer(urls.dbUrl, s);
  };
  // The visitor is about to ask something else: start loading while they choose.
  for (const type of ['focusin', 'pointerdown'] as const) {
    form.addEventListener(type, () => afterFirstPaint(load), { once: true });
  }

  const show = async () => {
    try {
      await showResult(answerer, state, out);
      errorBox.hidden = true;
      if (loading === null) status.textContent = t('explore.prerenderedStatus');
      if (!firstDone) {
        firstDone = true;
        performance.mark('explore:first-result');
      }
    } catch (error) {
      fail(error);
    }
  };
  form.addEventListener('change', () => stateToForm(form, formToState(form)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = formToState(form);
    stateToForm(form, state);
    history.pushState(null, '', `?${serialiseState(state)}`);
    void show();
  });
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    stateToForm(form, state);
    void show();
  });
  // DuckDB-WASM's JS and engine load only when the SQL box is used.
  sqlBox(() =>
    import('./duckdb.ts').then(({ openPortal }) =>
      openPortal({ wasm: urls.wasmUrl, db: urls.sqlDbUrl }),
    ),
  );
  void show();
}
