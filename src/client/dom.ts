// Small DOM helpers for the browser pages. Text is always set as text, never as HTML.

export function el(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A failed query's message as an alert paragraph (global .explore-error), in place of a result. */
export function errorAlert(message: string): HTMLElement {
  return el('p', { role: 'alert', class: 'explore-error' }, message);
}

export type TableCell = string | { text: string; value: string };

export interface TableSpec {
  caption: string;
  headers: string[];
  /** columns from this index on are numbers (right-aligned) */
  numericFrom: number;
  rows: TableCell[][];
  /** the first column names its row (false for arbitrary SQL results) */
  rowHeaders?: boolean;
}

export function renderTable(spec: TableSpec): HTMLElement {
  const wrap = el('div', {
    class: 'table-wrap',
    tabindex: '0',
    role: 'region',
    'aria-label': spec.caption,
  });
  const table = el('table');
  table.append(el('caption', {}, spec.caption));
  const head = el('tr');
  spec.headers.forEach((h, i) =>
    head.append(el('th', { scope: 'col', class: i >= spec.numericFrom ? 'num' : '' }, h)),
  );
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const row of spec.rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      const text = typeof cell === 'string' ? cell : cell.text;
      const attrs: Record<string, string> = {};
      if (i >= spec.numericFrom) attrs['class'] = 'num';
      if (typeof cell !== 'string') attrs['data-value'] = cell.value;
      tr.append(
        (spec.rowHeaders ?? true) && i === 0 && i < spec.numericFrom
          ? el('th', { scope: 'row', ...attrs }, text)
          : el('td', attrs, text),
      );
    });
    body.append(tr);
  }
  table.append(body);
  wrap.append(table);
  return wrap;
}

/** Runs `fn` after the page has been painted once (two frames), so loading never delays it. */
export function afterFirstPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

export function download(name: string, text: string): void {
  // A BOM so spreadsheet programs read the Japanese names as UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
