// The SQL box of /explore/: any read-only query against the full portal.duckdb, in
// DuckDB-WASM (loaded only when the box is used), its first rows as a table. A running query
// shows its elapsed time and can be cancelled (the button, or Escape in the form); the answer
// is read only up to a cap (row-cap.ts), and a cut answer says how to narrow the query.
import { t } from '../i18n/index.ts';
import type { Portal, QueryResult } from './duckdb.ts';
import { el, errorAlert, renderTable } from './dom.ts';
import { QueryCancelled } from './query-cancelled.ts';
import { SQL_BOX_CAP } from './row-cap.ts';

function table(result: QueryResult): HTMLElement {
  return renderTable({
    caption: t('explore.sql.heading'),
    headers: result.columns,
    numericFrom: result.columns.length,
    rowHeaders: false,
    rows: result.rows.map((r) =>
      result.columns.map((c) => {
        const v = r[c];
        return v === null || v === undefined
          ? ''
          : Array.isArray(v)
            ? JSON.stringify(v)
            : String(v);
      }),
    ),
  });
}

export function sqlBox(portal: () => Promise<Portal>): void {
  const form = document.getElementById('explore-sql-form') as HTMLFormElement;
  const out = document.getElementById('explore-sql-result')!;
  const status = document.getElementById('explore-sql-status')!;
  const runButton = document.getElementById('explore-sql-run') as HTMLButtonElement;
  const cancelButton = document.getElementById('explore-sql-cancel') as HTMLButtonElement;
  /** the running query's controller; aborting it cancels the query */
  let active: AbortController | null = null;

  const cancel = () => {
    if (!active || active.signal.aborted) return;
    status.textContent = t('explore.sql.cancelling');
    active.abort();
  };
  cancelButton.addEventListener('click', cancel);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && active) {
      event.preventDefault();
      cancel();
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    active?.abort(); // a new query replaces the running one
    const ctl = new AbortController();
    active = ctl;
    const sql = String(new FormData(form).get('sql') ?? '');
    out.setAttribute('aria-busy', 'true');
    cancelButton.disabled = false;
    status.textContent = t('explore.sql.running');
    const started = performance.now();
    const elapsed = el('p', { class: 'note', id: 'explore-sql-elapsed' }, t('explore.sql.loading'));
    out.replaceChildren(elapsed);
    let loaded = false;
    const tick = setInterval(() => {
      elapsed.textContent = t(loaded ? 'explore.sql.elapsed' : 'explore.sql.loadingElapsed', {
        seconds: ((performance.now() - started) / 1000).toFixed(1),
      });
    }, 250);
    // Loading the engine cannot be interrupted, but a cancel while it loads ends the wait.
    const cancelled = new Promise<never>((_, reject) => {
      ctl.signal.addEventListener('abort', () => reject(new QueryCancelled(false)), {
        once: true,
      });
    });
    cancelled.catch(() => undefined);
    try {
      const db = await Promise.race([portal(), cancelled]);
      loaded = true;
      const result = await db.query(sql, { signal: ctl.signal, cap: SQL_BOX_CAP });
      if (active !== ctl) return;
      const parts: Node[] = [
        el(
          'p',
          { class: 'note' },
          t('explore.sql.rows', {
            rows: result.rows.length,
            max: SQL_BOX_CAP.rows,
            ms: Math.round(result.ms ?? 0),
          }),
        ),
      ];
      if (result.cut) {
        parts.push(
          el(
            'p',
            { class: 'notice', id: 'explore-sql-cut' },
            t('explore.sql.cut', {
              rows: result.rows.length,
              max: SQL_BOX_CAP.rows,
              mb: Math.round(SQL_BOX_CAP.bytes / 1048576),
            }),
          ),
        );
      }
      parts.push(table(result));
      out.replaceChildren(...parts);
      status.textContent = result.cut
        ? t('explore.sql.cut', {
            rows: result.rows.length,
            max: SQL_BOX_CAP.rows,
            mb: Math.round(SQL_BOX_CAP.bytes / 1048576),
          })
        : t('explore.sql.done', { rows: result.rows.length });
    } catch (error) {
      if (active !== ctl) return;
      if (error instanceof QueryCancelled) {
        const said = t(error.restarted ? 'explore.sql.restarted' : 'explore.sql.cancelled');
        out.replaceChildren(el('p', { class: 'note', id: 'explore-sql-cancelled' }, said));
        status.textContent = said;
      } else {
        out.replaceChildren(
          errorAlert(t('explore.sql.error', { message: (error as Error).message })),
        );
        status.textContent = t('explore.sql.failed');
      }
    } finally {
      clearInterval(tick);
      if (active === ctl) {
        active = null;
        // The button goes quiet again; keyboard focus on it moves back to Run.
        if (document.activeElement === cancelButton) runButton.focus();
        cancelButton.disabled = true;
        out.setAttribute('aria-busy', 'false');
      }
    }
  });
}
