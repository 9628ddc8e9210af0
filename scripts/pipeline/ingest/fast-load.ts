// The vectorised path, derived from the same schemas so the two paths cannot drift: DuckDB
// reads a UTF-8 export file itself and checks every row with SQL derived from the field
// builders and row rules in src/schemas. Only when every row is canonical and valid are
// the typed rows kept (as Parquet, read through a view); otherwise the caller reads the
// file on the exact path, which accepts every spelling the format allows and reports each
// problem at its physical line.
import { createHash } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CsvFileSpec } from '../../../src/schemas/index.ts';
import type { FileReport } from './read-csv.ts';
import { lit, q, rows } from './stage-db.ts';

/** Whether every column and rule of the file has a vectorised form. */
const hasFastPath = (spec: CsvFileSpec): boolean =>
  spec.columns.every((c) => c.meta.fast !== undefined);

interface FileScan {
  sha256: string;
  bytes: number;
  lines: number;
  bom: boolean;
}

/** Hashes the file and counts its physical lines while DuckDB works (both cores busy). */
async function scan(path: string): Promise<FileScan> {
  const hash = createHash('sha256');
  let bytes = 0;
  let lf = 0;
  let last = -1;
  let first: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 22 })) {
    const buf = chunk as Buffer;
    if (!first) first = buf;
    hash.update(buf);
    bytes += buf.length;
    for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) lf++;
    last = buf[buf.length - 1] ?? last;
  }
  const bom = first !== null && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
  return {
    sha256: hash.digest('hex'),
    bytes,
    lines: lf + (bytes > 0 && last !== 0x0a ? 1 : 0),
    bom,
  };
}

/** A file the vectorised path accepted: its report and its typed rows (in no particular order). */
export interface FastLoaded {
  report: FileReport;
  /** Parquet file of `_src` and the table's columns (the caller reads it through a view) */
  parquet: string;
}

/**
 * Checks every row of `path` and writes the typed rows to `parquet` in one pass; returns
 * the file's report when every row passed, and null when the exact path must read the
 * file instead (the Parquet file is then removed).
 */
export async function tryFastLoad(
  conn: DuckDBConnection,
  spec: CsvFileSpec,
  path: string,
  display: string,
  src: number,
  parquet: string,
): Promise<FastLoaded | null> {
  if (!hasFastPath(spec)) return null;
  const names = spec.columns.map((c) => c.name);
  const scanning = scan(path);
  // A plain header of exactly the format's columns, in any order; anything else (quoted
  // names, unknown or missing columns) is for the exact path to explain.
  const head = await firstLine(path);
  const fileColumns = head?.split(',') ?? [];
  if (
    fileColumns.length !== names.length ||
    new Set(fileColumns).size !== names.length ||
    !fileColumns.every((c) => names.includes(c))
  ) {
    await scanning;
    return null;
  }
  const read = `read_csv(${lit(path)}, header = true, all_varchar = true, auto_detect = false,
    columns = {${fileColumns.map((c) => `${lit(c)}: 'VARCHAR'`).join(', ')}}, quote = '"', escape = '"',
    delim = ',', strict_mode = true, null_padding = false, max_line_size = 8388608)`;
  // Cast to the table's types, as an INSERT would: the view's columns are the Parquet's.
  const typed = spec.columns.map(
    (c) => `CAST(${c.meta.fast!.value(q(c.name))} AS ${c.meta.sql}) AS ${q(c.name)}`,
  );
  const valid = spec.columns.map((c) => `coalesce(${c.meta.fast!.valid(q(c.name))}, false)`);
  const rules = spec.rules.map((r) => `coalesce(${r.sql}, false)`);
  const text = spec.columns.filter((c) => c.meta.text).map((c) => q(c.name));
  const newlines = text.length
    ? text.map((c) => `coalesce(length(${c}) - length(replace(${c}, chr(10), '')), 0)`).join(' + ')
    : '0';
  // One streaming read: every row is typed and written with its verdict (_ok: every field
  // valid and every row rule holds) and the line breaks inside its quoted fields (_nl);
  // the verdicts are then summed from the file. Parquet, uncompressed: the typed rows never
  // occupy DuckDB's memory, and later scans read only the columns they need. The checks'
  // list lookups are joins, so the rows come out in no particular order (tables are
  // ordered by their key where order matters). The row rules see the typed values, which
  // the inner query names like the raw columns (FROM columns win inside it).
  const ok = `(_valid AND ${rules.length ? rules.join(' AND ') : 'true'})`;
  let stats: { n: number; bad: number; nl: number } | undefined;
  try {
    await conn.run(
      `COPY (SELECT ${src}::INTEGER AS _src, ${names.map(q).join(', ')}, ${ok} AS _ok, _nl
         FROM (SELECT ${valid.join(' AND ')} AS _valid, ${newlines}::INTEGER AS _nl, ${typed.join(', ')}
               FROM ${read}))
       TO ${lit(parquet)} (FORMAT parquet, COMPRESSION uncompressed)`,
    );
    [stats] = await rows<{ n: number; bad: number; nl: number }>(
      conn,
      `SELECT count(*)::INTEGER AS n, coalesce(sum(_nl), 0)::INTEGER AS nl,
         count(*) FILTER (WHERE NOT _ok)::INTEGER AS bad FROM read_parquet(${lit(parquet)})`,
    );
  } catch {
    // not UTF-8, ragged rows, an open quote…: the exact path will say where
  }
  const file = await scanning;
  if (!stats || stats.bad > 0) {
    rmSync(parquet, { force: true });
    return null;
  }
  return {
    parquet,
    report: {
      file: spec.file,
      source: display,
      encoding: file.bom ? 'utf-8-bom' : 'utf-8',
      sha256: file.sha256,
      bytes: file.bytes,
      rows_read: stats.n,
      rows_accepted: stats.n,
      rows_rejected: 0,
      blank_lines: Math.max(0, file.lines - 1 - stats.n - stats.nl),
    },
  };
}

/**
 * The rows of a table whose files were loaded by both paths: the exact path's rows (in
 * table `exact`) and the vectorised path's Parquet files. Parquet rows have no `_line`:
 * any problem found later sends the whole run back through the exact path, which has them.
 */
export function fastView(
  table: string,
  exact: string,
  columns: string[],
  parquet: string[],
): string {
  const cols = columns.map(q).join(', ');
  return `CREATE VIEW ${q(table)} AS
    SELECT _src, _line, ${cols} FROM ${q(exact)}
    UNION ALL
    SELECT _src, NULL::INTEGER AS _line, ${cols} FROM read_parquet([${parquet.map(lit).join(', ')}])`;
}

async function firstLine(path: string): Promise<string | null> {
  for await (const chunk of createReadStream(path, { start: 0, end: 65535 })) {
    const buf = chunk as Buffer;
    const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
    const end = buf.indexOf(0x0a);
    if (end < 0) return null;
    return buf
      .subarray(bom ? 3 : 0, end)
      .toString('utf8')
      .replace(/\r$/, '');
  }
  return null;
}
