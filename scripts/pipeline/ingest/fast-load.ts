// The vectorised path (src/lib/ingest/fast-check.ts) on a file on disk: the typed rows
// are kept as Parquet, read through a view, when every row is canonical and valid;
// otherwise the caller reads the file on the exact path.
import { createHash } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CsvFileSpec } from '../../../src/schemas/index.ts';
import type { FileReport } from './read-csv.ts';
import {
  fastColumns,
  fastRowsSql,
  fastStatsSql,
  hasFastPath,
  headerLineOf,
} from '../../../src/lib/ingest/fast-check.ts';
import { lit, q, rows } from './stage-db.ts';

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
  const scanning = scan(path);
  const fileColumns = fastColumns(spec, await firstLine(path));
  if (!fileColumns) {
    await scanning;
    return null;
  }
  // One streaming read: every row typed and written with its verdict, then the verdicts
  // summed from the file. Parquet, uncompressed: the typed rows never occupy DuckDB's
  // memory, and later scans read only the columns they need.
  let stats: { n: number; bad: number; nl: number } | undefined;
  try {
    await conn.run(
      `COPY (${fastRowsSql(spec, fileColumns, path, src)})
       TO ${lit(parquet)} (FORMAT parquet, COMPRESSION uncompressed)`,
    );
    [stats] = await rows<{ n: number; bad: number; nl: number }>(
      conn,
      fastStatsSql(`read_parquet(${lit(parquet)})`),
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
  for await (const chunk of createReadStream(path, { start: 0, end: 65535 }))
    return headerLineOf(chunk as Buffer);
  return null;
}
