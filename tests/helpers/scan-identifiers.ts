// Finds identifiers (business_key, consultation_id, response_id values…) anywhere in a
// directory tree, to prove that none reaches the built site or its data files:
// - every file's raw bytes, by substring (UTF-8), which covers text of any kind
//   (CSV, JSON, HTML, JS, …) and whatever a binary file holds uncompressed;
// - .gz and .br files also decompressed, and every member of a ZIP archive;
// - Parquet and DuckDB database files (recognised by their magic bytes, whatever their
//   name), whose values are compressed, also read through DuckDB: every column of every
//   table and view cast to text (lists and structs included), plus table, column and view
//   names and view definitions.
// Identifiers are matched as substrings with a multi-length Rabin–Karp search, so
// hundreds of thousands of identifiers cost about the same as one.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { isZip, readZip } from './unzip.ts';

export interface IdentifierHit {
  /** path relative to dir, `/`-separated */
  file: string;
  identifier: string;
}

export async function findIdentifiers(
  dir: string,
  identifiers: Set<string>,
): Promise<IdentifierHit[]> {
  const matcher = new Matcher(identifiers);
  const hits: IdentifierHit[] = [];
  let db: { instance: DuckDBInstance; conn: DuckDBConnection } | undefined;
  try {
    for (const path of walk(dir)) {
      const found = new Set<string>();
      const kind = magic(path);
      scanFileBytes(path, matcher, found);
      if (kind === 'gzip' || kind === 'brotli') {
        const raw = readFileSync(path);
        let plain: Buffer | undefined;
        try {
          plain = kind === 'gzip' ? gunzipSync(raw) : brotliDecompressSync(raw);
        } catch {
          // not compressed after all (a .br name on something else): bytes were scanned
        }
        if (plain) matcher.scan(plain, found);
      }
      if (kind === 'zip') for (const m of readZip(path)) matcher.scan(m.data, found);
      if (kind === 'parquet' || kind === 'duckdb') {
        if (!db) {
          const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
          db = { instance, conn: await instance.connect() };
        }
        if (kind === 'parquet') await scanParquet(db.conn, path, matcher, found);
        else await scanDuckDb(db.conn, path, matcher, found);
      }
      const file = relative(dir, path).split(sep).join('/');
      for (const identifier of [...found].sort()) hits.push({ file, identifier });
    }
  } finally {
    db?.conn.closeSync();
    db?.instance.closeSync();
  }
  return hits;
}

function* walk(dir: string): Generator<string> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (e.isFile()) yield path;
  }
}

type Kind = 'parquet' | 'duckdb' | 'gzip' | 'brotli' | 'zip' | 'other';

function magic(path: string): Kind {
  const head = Buffer.alloc(12);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  if (n >= 4 && head.toString('latin1', 0, 4) === 'PAR1') return 'parquet';
  if (n >= 12 && head.toString('latin1', 8, 12) === 'DUCK') return 'duckdb';
  if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (isZip(head.subarray(0, n))) return 'zip';
  // Brotli has no magic number: trust the name.
  if (path.endsWith('.br')) return 'brotli';
  return 'other';
}

/** Streams the file in 8 MiB pieces, overlapping by the longest identifier. */
function scanFileBytes(path: string, matcher: Matcher, found: Set<string>): void {
  const size = 8 << 20;
  const overlap = Math.max(0, matcher.maxLength - 1);
  const buf = Buffer.alloc(size + overlap);
  const fd = openSync(path, 'r');
  try {
    let carried = 0;
    for (;;) {
      const n = readSync(fd, buf, carried, size, null);
      if (n === 0) break;
      const end = carried + n;
      matcher.scan(buf.subarray(0, end), found);
      carried = Math.min(overlap, end);
      buf.copy(buf, 0, end - carried, end);
    }
  } finally {
    closeSync(fd);
  }
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

async function scanParquet(
  conn: DuckDBConnection,
  path: string,
  matcher: Matcher,
  found: Set<string>,
): Promise<void> {
  const source = `read_parquet(${lit(path)})`;
  const cols = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJS();
  const names = cols.map((c) => String(c.column_name));
  matcher.scan(Buffer.from(names.join('\n')), found);
  for (const name of names) await scanValues(conn, source, name, matcher, found);
  const kv = await conn.runAndReadAll(
    `SELECT CAST(key AS VARCHAR) AS k, CAST(value AS VARCHAR) AS v FROM parquet_kv_metadata(${lit(path)})`,
  );
  for (const r of kv.getRowObjectsJS()) matcher.scan(Buffer.from(`${r.k}\n${r.v}`), found);
}

async function scanDuckDb(
  conn: DuckDBConnection,
  path: string,
  matcher: Matcher,
  found: Set<string>,
): Promise<void> {
  const alias = 'scanned_db';
  await conn.run(`ATTACH ${lit(path)} AS ${alias} (READ_ONLY)`);
  try {
    const views = await conn.runAndReadAll(
      `SELECT schema_name, view_name, sql FROM duckdb_views() WHERE database_name = '${alias}'`,
    );
    for (const v of views.getRowObjectsJS()) {
      matcher.scan(Buffer.from(`${v.schema_name}\n${v.view_name}\n${v.sql}`), found);
    }
    const cols = (
      await conn.runAndReadAll(
        `SELECT schema_name, table_name, column_name FROM duckdb_columns()
         WHERE database_name = '${alias}' ORDER BY schema_name, table_name, column_index`,
      )
    ).getRowObjectsJS();
    for (const c of cols) {
      const table = `${alias}.${q(String(c.schema_name))}.${q(String(c.table_name))}`;
      matcher.scan(Buffer.from(`${c.schema_name}\n${c.table_name}\n${c.column_name}`), found);
      await scanValues(conn, table, String(c.column_name), matcher, found);
    }
  } finally {
    await conn.run(`DETACH ${alias}`);
  }
}

/** Distinct values of one column as text, streamed in chunks, never all at once. */
async function scanValues(
  conn: DuckDBConnection,
  source: string,
  column: string,
  matcher: Matcher,
  found: Set<string>,
): Promise<void> {
  const result = await conn.stream(
    `SELECT DISTINCT CAST(${q(column)} AS VARCHAR) AS v FROM ${source} WHERE ${q(column)} IS NOT NULL`,
  );
  for await (const rows of result.yieldRowsJs()) {
    // One buffer per chunk; identifiers never hold a line break, so no false joins.
    matcher.scan(Buffer.from(rows.map((r) => String(r[0])).join('\n')), found);
  }
}

/** Multi-pattern substring search over bytes: one rolling hash per identifier length. */
class Matcher {
  readonly maxLength: number;
  private readonly byLength: {
    length: number;
    power: number;
    filter: Uint32Array;
    candidates: Map<number, { bytes: Buffer; id: string }[]>;
  }[] = [];

  constructor(identifiers: Set<string>) {
    const groups = new Map<number, { bytes: Buffer; id: string }[]>();
    for (const id of identifiers) {
      if (id.length === 0 || /[\r\n]/.test(id)) {
        throw new Error(
          `findIdentifiers: identifier ${JSON.stringify(id)} is empty or has a line break`,
        );
      }
      const bytes = Buffer.from(id, 'utf8');
      const g = groups.get(bytes.length) ?? [];
      g.push({ bytes, id });
      groups.set(bytes.length, g);
    }
    this.maxLength = Math.max(0, ...groups.keys());
    for (const [length, ids] of groups) {
      let power = 1;
      for (let i = 1; i < length; i++) power = Math.imul(power, BASE);
      const filter = new Uint32Array(FILTER_WORDS);
      const candidates = new Map<number, { bytes: Buffer; id: string }[]>();
      for (const x of ids) {
        const h = hash(x.bytes, 0, length);
        filter[(h >>> 5) & FILTER_MASK]! |= 1 << (h & 31);
        const c = candidates.get(h) ?? [];
        c.push(x);
        candidates.set(h, c);
      }
      this.byLength.push({ length, power, filter, candidates });
    }
  }

  scan(buf: Uint8Array, found: Set<string>): void {
    for (const { length, power, filter, candidates } of this.byLength) {
      if (buf.length < length) continue;
      let h = hash(buf, 0, length);
      for (let i = 0; ; i++) {
        if (filter[(h >>> 5) & FILTER_MASK]! & (1 << (h & 31))) {
          for (const c of candidates.get(h) ?? []) {
            if (!found.has(c.id) && equalAt(buf, i, c.bytes)) found.add(c.id);
          }
        }
        if (i + length >= buf.length) break;
        h = (Math.imul(h - Math.imul(buf[i]!, power), BASE) + buf[i + length]!) | 0;
      }
    }
  }
}

const BASE = 0x01000193;
const FILTER_WORDS = 1 << 16;
const FILTER_MASK = FILTER_WORDS - 1;

function hash(buf: Uint8Array, start: number, length: number): number {
  let h = 0;
  for (let i = start; i < start + length; i++) h = (Math.imul(h, BASE) + buf[i]!) | 0;
  return h;
}

function equalAt(buf: Uint8Array, at: number, bytes: Buffer): boolean {
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}
