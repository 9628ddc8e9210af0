// <name>.csv for spreadsheet users, written by DuckDB's CSV writer (streamed, never
// materialised in JS):
// - UTF-8 with a byte order mark, so Japanese Excel reads it as UTF-8, not Shift_JIS;
// - a header row, `,` separators, `"` quoting only where needed (a field with `,`, `"`, CR
//   or LF), `""` inside quotes (RFC 4180);
// - CRLF between records (RFC 4180; what Excel writes). A line break inside a quoted text
//   cell is written as it is in the data;
// - NULL is an empty field; an empty string is `""`; booleans are 1/0; lists are joined
//   with `;` (their elements never hold `;`: the export format splits on it);
// - every cell that is text in the file (text, dates, joined lists: anything but a number
//   or a boolean) and starts with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so
//   spreadsheets show it instead of running it as a formula (disclosure.md). A number
//   column's -5 stays -5; a text code '-5' becomes '-5 with the quote. A column of codes
//   (PublishedColumn.codes, checked by portal.duckdb's ENUM cast before the CSV is written)
//   none of which starts that way is written as it is: 0.3 s less on the national microdata.
import type { DuckDBConnection } from '@duckdb/node-api';
import { closeSync, openSync, readSync } from 'node:fs';
import { lit, q, sortedSelect, type LayoutColumn, type TableLayout } from './layout.ts';

const NUMBER =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\s*\d+\))$/;
const LIST = /\[\d*\]$/;
const BOM = '\uFEFF';
const FORMULA_START = ['=', '+', '-', '@', '\t', '\r'];

/** What defuse prefixes: a non-empty text starting like a formula. */
const startsFormula = (s: string) => s !== '' && FORMULA_START.includes(s[0]!);

/**
 * Prefixes `'` to a text value that a spreadsheet would take for a formula. A CASE on the
 * first character, not a regex: cheaper on millions of microdata cells (measured). Not
 * `IN (...)`: DuckDB plans six constants as a hash (mark) join, which does not keep the
 * rows in order once a WHERE is added (seen in the per-fiscal-year files). strpos of ''
 * is 1, hence the guard.
 */
const FORMULA_START_SQL = FORMULA_START.map((c) =>
  c < ' ' ? `chr(${c.charCodeAt(0)})` : lit(c),
).join(' || ');

const defuse = (expr: string) =>
  `CASE WHEN strpos(${FORMULA_START_SQL}, left(${expr}, 1)) > 0 AND ${expr} <> '' THEN '''' || ${expr} ELSE ${expr} END`;

/** The SQL expression that turns a column into its CSV cell. */
export function csvCell(c: LayoutColumn): string {
  const col = q(c.name);
  if (NUMBER.test(c.type)) return col;
  if (c.type === 'BOOLEAN') return `CAST(${col} AS TINYINT)`;
  const safe = c.codes !== undefined && !c.codes.some(startsFormula);
  if (LIST.test(c.type)) {
    const joined = `array_to_string(${col}, ';')`;
    return safe ? joined : defuse(joined);
  }
  return safe ? `CAST(${col} AS VARCHAR)` : defuse(`CAST(${col} AS VARCHAR)`);
}

/**
 * Call after sortTable, inside withInsertionOrder (or the writer may reorder rows). `where`
 * (SQL over the table's columns) writes only those rows, still in published order.
 */
export async function writeCsv(
  conn: DuckDBConnection,
  t: TableLayout,
  path: string,
  where?: string,
): Promise<void> {
  // The BOM rides on the first header name, so DuckDB writes the whole file in one pass
  // (no second copy to prepend three bytes to a file of hundreds of MB).
  const select = t.columns
    .map((c, i) => `${csvCell(c)} AS ${q(i === 0 ? BOM + c.name : c.name)}`)
    .join(', ');
  await conn.run(
    `COPY (${sortedSelect(t, select)}${where ? ` WHERE ${where}` : ''}) TO ${lit(path)}
     (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', ESCAPE '"', NULLSTR '', NEW_LINE '\\r\\n')`,
  );
  const head = Buffer.alloc(3);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 3, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(Buffer.from(BOM))) {
    throw new Error(`${path}: DuckDB did not write the byte order mark first`);
  }
}
