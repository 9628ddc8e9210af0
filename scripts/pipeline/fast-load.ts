// The vectorised path (issue: "derive a vectorised check from the same schemas"): DuckDB
// reads a UTF-8 export file itself and checks every row with SQL derived from the field
// builders and row rules in src/schemas. Only when every row is canonical and valid are
// the rows inserted; otherwise the caller reads the file on the exact path, which accepts
// every spelling the format allows and reports each problem at its physical line.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CsvFileSpec } from '../../src/schemas/index.ts';
import type { FileReport } from './read-csv.ts';
import { rows } from './stage-db.ts';

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Whether every column and rule of the file has a vectorised form. */
export const hasFastPath = (spec: CsvFileSpec): boolean =>
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

/**
 * Loads `path` into table `spec.table` when every row passes the vectorised check, and
 * returns its report; returns null when the exact path must read the file instead.
 */
export async function tryFastLoad(
  conn: DuckDBConnection,
  spec: CsvFileSpec,
  path: string,
  display: string,
  src: number,
): Promise<FileReport | null> {
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
  const typed = spec.columns.map((c) => `${c.meta.fast!.value(q(c.name))} AS ${q(c.name)}`);
  const valid = spec.columns.map((c) => `coalesce(${c.meta.fast!.valid(q(c.name))}, false)`);
  const rules = spec.rules.map((r) => `coalesce(${r.sql}, false)`);
  const text = spec.columns.filter((c) => c.meta.text).map((c) => q(c.name));
  const newlines = text.length
    ? text.map((c) => `coalesce(length(${c}) - length(replace(${c}, chr(10), '')), 0)`).join(' + ')
    : '0';
  // Pass 1 checks every row; pass 2, only when all passed, inserts the typed rows. Two
  // streaming reads cost less than materialising the raw text and copying it, and the
  // checks' list lookups are joins, which need not keep the input order the insert keeps.
  let stats: { n: number; bad: number; nl: number } | undefined;
  try {
    // Validity and newlines over the raw text; the row rules over the typed values, which
    // the inner query names like the raw columns (FROM columns win inside it).
    [stats] = await rows<{ n: number; bad: number; nl: number }>(
      conn,
      `SELECT count(*)::INTEGER AS n, coalesce(sum(_nl), 0)::INTEGER AS nl,
         count(*) FILTER (WHERE NOT (_valid AND ${rules.length ? rules.join(' AND ') : 'true'}))::INTEGER AS bad
       FROM (SELECT ${valid.join(' AND ')} AS _valid, ${newlines} AS _nl, ${typed.join(', ')} FROM ${read})`,
    );
  } catch {
    await scanning;
    return null; // not UTF-8, ragged rows, an open quote…: the exact path will say where
  }
  const file = await scanning;
  if (!stats || stats.bad > 0) return null;
  // _line stays NULL: the table's rowid keeps the input order, and any problem found later
  // sends the whole run back through the exact path, which records physical lines.
  await conn.run('SET preserve_insertion_order = true');
  try {
    await conn.run(
      `INSERT INTO ${q(spec.table)} SELECT ${src}, NULL, ${typed.join(', ')} FROM ${read}`,
    );
  } finally {
    await conn.run('SET preserve_insertion_order = false');
  }
  return {
    file: spec.file,
    source: display,
    encoding: file.bom ? 'utf-8-bom' : 'utf-8',
    sha256: file.sha256,
    bytes: file.bytes,
    rows_read: stats.n,
    rows_accepted: stats.n,
    rows_rejected: 0,
    blank_lines: Math.max(0, file.lines - 1 - stats.n - stats.nl),
  };
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
