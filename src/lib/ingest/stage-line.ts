// One accepted row as a line of the staging CSV that DuckDB reads with explicit column
// types (staged-table.ts): the pipeline writes these lines to a file, the browser to a
// buffer it registers with DuckDB-WASM. Lists are joined with ';' and split again on load.

export function stageLine(values: readonly unknown[]): string {
  let line = cell(values[0]);
  for (let i = 1; i < values.length; i++) line += ',' + cell(values[i]);
  return line;
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.length ? quote(v.join(';')) : '';
  if (typeof v === 'string') return quote(v);
  return String(v);
}

// Always quoting strings keeps '' (an empty string) apart from NULL and is cheap.
function quote(s: string): string {
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}
