// /trends/ filtered in the browser: the monthly series of a slice (bureau, centre,
// industry, band, channel, policy theme) from DuckDB-WASM through the /explore/ engine, so
// the same cells are hidden. DuckDB loads only when a slice is asked for (URL or form).
import './ui-strings.ts'; // first: the page's strings before any label is made
import './zod-jitless.ts'; // before slice-state.ts: slice-state.ts parses with Zod as it loads
import { t } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { withheldIsExact } from '../lib/explore/sql.ts';
import { shownCells } from '../lib/explore/result.ts';
import { quarterLabel } from '../lib/explore/labels.ts';
import { firstMonthOfQuarter } from '../lib/fiscal-quarter.ts';
import { formatChange, relativeChange } from '../lib/trends/change.ts';
import type { Quarter } from '../lib/trends/periods.ts';
import {
  parseSlice,
  quarterTotal,
  serialiseSlice,
  sliceQuarters,
  sliceState,
  SLICE_FILTERS,
  type TrendSlice,
} from '../lib/trends/slice-state.ts';
import { download, el, errorAlert, renderTable } from './dom.ts';
import { keepStateOnLanguageSwitch } from './lang-switch.ts';

function formToSlice(form: HTMLFormElement): TrendSlice {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const f of [...SLICE_FILTERS, 'theme']) {
    const v = String(data.get(f) ?? '');
    if (v) params.set(f, v);
  }
  return parseSlice(params.toString());
}

function sliceToForm(form: HTMLFormElement, s: TrendSlice): void {
  for (const f of SLICE_FILTERS) {
    form.querySelector<HTMLSelectElement>(`select[name=${f}]`)!.value = s.filters[f][0] ?? '';
  }
  form.querySelector<HTMLSelectElement>('select[name=theme]')!.value = s.theme ?? '';
}

const isEmpty = (s: TrendSlice) => serialiseSlice(s) === '';

export function startTrends(): void {
  keepStateOnLanguageSwitch();
  const root = document.getElementById('trends-filter')!;
  const form = root.querySelector('form')!;
  const out = document.getElementById('trends-filter-result')!;
  const status = document.getElementById('trends-filter-status')!;
  const d = root.dataset;
  const quarter: Quarter = JSON.parse(d['quarter']!);
  const quarters: string[] = JSON.parse(d['quarters']!);

  const show = async (s: TrendSlice) => {
    if (isEmpty(s)) {
      out.replaceChildren();
      status.textContent = '';
      return;
    }
    out.setAttribute('aria-busy', 'true');
    status.textContent = t('explore.loading');
    try {
      // The drilldown's data and engine load only when a slice is asked for.
      const { answer } = await import('./drilldown-data.ts');
      const state = sliceState(s);
      const result = await answer(d['dbUrl']!, state);
      const values = new Map(
        shownCells(result.rows, state).map((c) => {
          const v = c.values['consultations'];
          return [String(c.keys.quarter), typeof v === 'number' ? v : null] as const;
        }),
      );
      const rows = sliceQuarters(values, quarters);
      const cur = quarterTotal(rows, quarter, 'value');
      const prev = quarterTotal(rows, quarter, 'yearBefore');
      const summary =
        cur === null || prev === null
          ? t('trends.monthly.summaryUnknown', { quarter: d['quarterLabel']! })
          : t('trends.monthly.summary', {
              quarter: d['quarterLabel']!,
              before: d['beforeLabel']!,
              cur: formatNumber(cur),
              prev: formatNumber(prev),
              change: formatChange(relativeChange(prev, cur)),
            });
      const w = result.withheld;
      const figure = el('figure', {
        class: 'chart',
        role: 'img',
        'aria-label': t('trends.quarterly.chart'),
      });
      // Plot and the chart only when a slice is drawn; the page itself needs neither.
      const [Plot, { monthlySpec }] = await Promise.all([
        import('@observablehq/plot'),
        import('../charts/change.ts'),
      ]);
      const plot = Plot.plot(
        monthlySpec(
          // drawn at each quarter's first month
          rows.map((r) => ({ ...r, month: firstMonthOfQuarter(r.quarter) })),
          [t('trends.quarterly.series'), t('trends.quarterly.seriesBefore')],
        ),
      ) as Element;
      for (const g of Array.from(plot.querySelectorAll('[aria-label]')))
        g.setAttribute('aria-hidden', 'true');
      figure.append(plot);
      const cell = (v: number | null) =>
        v === null
          ? { text: t('trends.hidden'), value: '' }
          : { text: formatNumber(v), value: String(v) };
      const csv = [
        'quarter,consultations,consultations_year_before,change',
        ...rows.map((r) =>
          [
            r.quarter,
            r.value ?? '',
            r.yearBefore ?? '',
            r.change === null ? '' : r.change.toFixed(4),
          ].join(','),
        ),
      ].join('\r\n');
      const button = el(
        'button',
        { type: 'button', id: 'trends-filter-csv' },
        t('trends.download'),
      );
      button.addEventListener('click', () =>
        download(`trends-${serialiseSlice(s)}.csv`, `${csv}\r\n`),
      );
      out.replaceChildren(
        el(
          'p',
          {
            class: 'chart-summary',
            id: 'trends-filter-summary',
            'data-cur': String(cur ?? ''),
            'data-prev': String(prev ?? ''),
          },
          summary,
        ),
        figure,
        el('p', { class: 'note' }, t('trends.quarterly.legend')),
        el(
          'p',
          { class: 'note', 'data-withheld': String(w.withheld) },
          t(withheldIsExact(state) ? 'explore.withheld.exact' : 'explore.withheld.upper', {
            total: formatNumber(w.consultations),
            withheld: formatNumber(w.withheld),
          }),
        ),
        renderTable({
          caption: t('trends.filter.captionQuarterly'),
          headers: [
            t('trends.col.sliceQuarter'),
            t('trends.col.value'),
            t('trends.col.yearBeforeQuarter'),
            t('trends.col.change'),
          ],
          numericFrom: 1,
          rows: rows.map((r) => [
            quarterLabel(r.quarter),
            cell(r.value),
            cell(r.yearBefore),
            formatChange(r.change),
          ]),
        }),
        button,
      );
      status.textContent = '';
    } catch (error) {
      status.textContent = '';
      out.replaceChildren(errorAlert(t('explore.error', { message: (error as Error).message })));
    }
    out.setAttribute('aria-busy', 'false');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const s = formToSlice(form);
    const query = serialiseSlice(s);
    history.pushState(null, '', query ? `?${query}#trends-filter` : location.pathname);
    void show(s);
  });
  window.addEventListener('popstate', () => {
    const s = parseSlice(location.search);
    sliceToForm(form, s);
    void show(s);
  });
  const initial = parseSlice(location.search);
  sliceToForm(form, initial);
  out.setAttribute('aria-busy', 'false');
  void show(initial);
}
