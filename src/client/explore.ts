// /explore/ in the browser: form ⇄ URL state, DuckDB-WASM queries, table, chart, CSV.
// The view the page opens with is answered from the page itself (prerender.ts); the column
// store the browser counts in (drilldown-data.ts) loads when another view is asked for, or
// as soon as the visitor starts changing the question, with a status line and a clear
// error. Only the SQL box loads DuckDB-WASM, with the full portal.duckdb.
// Static imports (module scripts never delay the first paint): the form, the result and
// the SQL box are modules of their own (explore-*.ts).
import './ui-strings.ts'; // first: the page's strings before any label is made
import { t } from '../i18n/index.ts';
import type { ExploreState } from '../lib/explore/model.ts';
import { buildQuery, withheldQuery } from '../lib/explore/sql.ts';
import { parseState, serialiseState } from '../lib/explore/url-state.ts';
import type { Answers } from '../lib/explore/prerender.ts';
import { answer, loadStore, type DrilldownAnswer } from './drilldown-data.ts';
import { afterFirstPaint, el } from './dom.ts';
import { keepStateOnLanguageSwitch } from './lang-switch.ts';
import { formToState, stateToForm } from './explore-form.ts';
import { showResult, type Answerer } from './explore-result.ts';
import { sqlBox } from './explore-sql-box.ts';
import { QueryCancelled } from './query-cancelled.ts';

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
  keepStateOnLanguageSwitch();
  const root = document.getElementById('explore')!;
  const form = document.getElementById('explore-form') as HTMLFormElement;
  const out = document.getElementById('explore-result')!;
  const status = document.getElementById('explore-status')!;
  const errorBox = document.getElementById('explore-error')!;
  const runButton = document.getElementById('explore-run') as HTMLButtonElement;
  const cancelButton = document.getElementById('explore-cancel') as HTMLButtonElement;
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
  /** the column store's download while it runs (Cancel stops it) */
  let download: AbortController | null = null;
  const load = () => {
    if (loading) return;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    status.textContent = t('explore.loading');
    const ctl = new AbortController();
    download = ctl;
    loading = loadStore(
      urls.dbUrl,
      (received, total) => {
        status.textContent = t('explore.loadingBytes', {
          loaded: mb(received),
          total: total === null ? '?' : mb(total),
        });
      },
      ctl.signal,
    ).then(
      () => {
        download = null;
        status.textContent = t('explore.ready');
      },
      (error: unknown) => {
        download = null;
        loading = null; // a later question tries again
        if (ctl.signal.aborted) status.textContent = t('explore.cancelledStatus');
        else fail(error);
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

  /** the question being answered; aborting it (Cancel, or a newer question) drops its answer */
  let running: AbortController | null = null;
  cancelButton.addEventListener('click', () => {
    if (!running) return;
    running.abort();
    download?.abort(); // a cancelled question also stops the data it was waiting for
  });

  const show = async () => {
    running?.abort();
    const run = new AbortController();
    running = run;
    cancelButton.disabled = false;
    const stopped = new Promise<never>((_, reject) => {
      run.signal.addEventListener('abort', () => reject(new QueryCancelled(false)), {
        once: true,
      });
    });
    stopped.catch(() => undefined);
    try {
      await showResult((s) => Promise.race([answerer(s), stopped]), state, out);
      if (running !== run) return;
      errorBox.hidden = true;
      if (loading === null) status.textContent = t('explore.prerenderedStatus');
      if (!firstDone) {
        firstDone = true;
        performance.mark('explore:first-result');
      }
    } catch (error) {
      if (running !== run) return;
      if (error instanceof QueryCancelled) {
        out.replaceChildren(
          el('p', { class: 'note', id: 'explore-cancelled' }, t('explore.cancelled')),
        );
        out.setAttribute('aria-busy', 'false');
        status.textContent = t('explore.cancelledStatus');
      } else fail(error);
    } finally {
      if (running === run) {
        running = null;
        // The button goes quiet again; keyboard focus on it moves back to Run.
        if (document.activeElement === cancelButton) runButton.focus();
        cancelButton.disabled = true;
      }
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
