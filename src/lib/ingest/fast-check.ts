// The vectorised check, derived from the same schemas as the row-by-row checker so the
// two cannot drift: DuckDB reads a UTF-8 export file itself and judges every row with SQL
// built from the field builders and row rules in src/schemas. Only when every row is
// canonical and valid are its typed rows kept; otherwise the file is read by the checker,
// which accepts every spelling the format allows and reports each problem at its line.
// The pipeline writes the rows to Parquet (scripts/pipeline/ingest/fast-load.ts), the
// browser to a table.
import type { CsvFileSpec } from '../../schemas/index.ts';
import { lit, q } from '../sql/runner.ts';

/** Whether every column and rule of the file has a vectorised form. */
export const hasFastPath = (spec: CsvFileSpec): boolean =>
  spec.columns.every((c) => c.meta.fast !== undefined);

/**
 * The header's columns when it is a plain header of exactly the format's columns, in any
 * order; null for anything else (quoted names, unknown or missing columns), which is for
 * the checker to explain.
 */
export function fastColumns(spec: CsvFileSpec, headerLine: string | null): string[] | null {
  const names = spec.columns.map((c) => c.name);
  const fileColumns = headerLine?.split(',') ?? [];
  const plain =
    fileColumns.length === names.length &&
    new Set(fileColumns).size === names.length &&
    fileColumns.every((c) => names.includes(c));
  return plain ? fileColumns : null;
}

/** The first line of a file's first bytes, without BOM or CR; null when none ends there. */
export function headerLineOf(bytes: Uint8Array): string | null {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const end = bytes.indexOf(0x0a);
  if (end < 0) return null;
  return new TextDecoder().decode(bytes.subarray(bom ? 3 : 0, end)).replace(/\r$/, '');
}

/**
 * Every row of the file at `path` typed as the table's columns, with `_src`, its verdict
 * `_ok` (every field valid and every row rule holds) and `_nl`, the line breaks inside its
 * quoted fields. The checks' list lookups are joins, so the rows come in no particular
 * order. The row rules see the typed values, which the inner query names like the raw
 * columns (FROM columns win inside it).
 */
export function fastRowsSql(
  spec: CsvFileSpec,
  fileColumns: string[],
  path: string,
  src: number,
): string {
  const names = spec.columns.map((c) => c.name);
  const read = `read_csv(${lit(path)}, header = true, all_varchar = true, auto_detect = false,
    columns = {${fileColumns.map((c) => `${lit(c)}: 'VARCHAR'`).join(', ')}}, quote = '"', escape = '"',
    delim = ',', strict_mode = true, null_padding = false, max_line_size = 8388608)`;
  // Cast to the table's types, as an INSERT would.
  const typed = spec.columns.map(
    (c) => `CAST(${c.meta.fast!.value(q(c.name))} AS ${c.meta.sql}) AS ${q(c.name)}`,
  );
  const valid = spec.columns.map((c) => `coalesce(${c.meta.fast!.valid(q(c.name))}, false)`);
  const rules = spec.rules.map((r) => `coalesce(${r.sql}, false)`);
  const text = spec.columns.filter((c) => c.meta.text).map((c) => q(c.name));
  const newlines = text.length
    ? text.map((c) => `coalesce(length(${c}) - length(replace(${c}, chr(10), '')), 0)`).join(' + ')
    : '0';
  const ok = `(_valid AND ${rules.length ? rules.join(' AND ') : 'true'})`;
  return `SELECT ${src}::INTEGER AS _src, ${names.map(q).join(', ')}, ${ok} AS _ok, _nl
    FROM (SELECT ${valid.join(' AND ')} AS _valid, ${newlines}::INTEGER AS _nl, ${typed.join(', ')}
          FROM ${read})`;
}

/** Rows, rows failing, and line breaks inside fields, of fastRowsSql's rows in `from`. */
export const fastStatsSql = (from: string): string =>
  `SELECT count(*)::INTEGER AS n, coalesce(sum(_nl), 0)::INTEGER AS nl,
     count(*) FILTER (WHERE NOT _ok)::INTEGER AS bad FROM ${from}`;
