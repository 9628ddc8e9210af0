// The SQL box of /explore/: any read-only query against the full portal.duckdb, in
// DuckDB-WASM (loaded only when the box is used), its first rows as a table.
import { t } from '../i18n/index.ts';
import type { Portal } from './duckdb.ts';
import { el, errorAlert, renderTable } from './dom.ts';

const SQL_BOX_MAX_ROWS = 1000;

export function sqlBox(portal: () => Promise<Portal>): void {
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
        errorAlert(t('explore.sql.error', { message: (error as Error).message })),
      );
    }
    out.setAttribute('aria-busy', 'false');
  });
}
