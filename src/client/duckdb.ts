// DuckDB-WASM for the SQL box of /explore/ only (the builder counts without it:
// drilldown-data.ts), served by the site itself (no CDN). The engine and portal.duckdb come
// gzip-compressed under hashed names from /_data/ (browser-data.ts), so a visitor's cache
// serves them again; the worker inflates the engine as it compiles it (duckdb-worker.ts),
// the page inflates the database meanwhile. The database
// opens read-only with external access switched off, so no query can leave the origin.
import {
  AsyncDuckDB,
  DuckDBAccessMode,
  VoidLogger,
  type AsyncDuckDBConnection,
} from '@duckdb/duckdb-wasm';
import workerUrl from './duckdb-worker.ts?worker&url';
import { fetchBytes } from './fetch-bytes.ts';

export const DB_NAME = 'portal.duckdb';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** milliseconds in DuckDB; null for an answer computed at build time */
  ms: number | null;
}

export interface Portal {
  query(sql: string): Promise<QueryResult>;
}

/** BIGINT and DECIMAL come back as bigint/objects; pages want plain numbers and strings. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value) {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray(), plain);
  }
  return value;
}

async function run(conn: AsyncDuckDBConnection, sql: string): Promise<QueryResult> {
  const start = performance.now();
  const table = await conn.query(sql);
  const columns = table.schema.fields.map((f) => f.name);
  const rows = table.toArray().map((row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const c of columns) out[c] = plain(row[c]);
    return out;
  });
  return { columns, rows, ms: performance.now() - start };
}

/** Where a page's DuckDB comes from: the engine and one database (site-relative URLs). */
export interface PortalUrls {
  wasm: string;
  db: string;
}

let opening: Promise<Portal> | null = null;

/** Opens the database once per page; after a failure the next call tries again. */
export function openPortal(
  urls: PortalUrls,
  progress: (loaded: number, total: number | null) => void = () => {},
): Promise<Portal> {
  opening ??= (async (): Promise<Portal> => {
    const file = fetchBytes(new URL(urls.db, location.href).href, progress);
    file.catch(() => undefined); // awaited below; this only stops an unhandled rejection
    const worker = new Worker(workerUrl);
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    await db.instantiate(new URL(urls.wasm, location.href).href);
    await db.registerFileBuffer(DB_NAME, await file);
    await db.open({
      path: DB_NAME,
      accessMode: DuckDBAccessMode.READ_ONLY,
      query: { castBigIntToDouble: true },
    });
    const conn = await db.connect();
    // Nothing may fetch from elsewhere (extension downloads, read_csv('https://…')).
    await conn.query(`SET autoinstall_known_extensions = false`);
    await conn.query(`SET autoload_known_extensions = false`);
    await conn.query(`SET enable_external_access = false`);
    await conn.query(`SET lock_configuration = true`);
    let queue: Promise<unknown> = Promise.resolve();
    return {
      // One query at a time on the one connection, in the order asked.
      query: (sql) => {
        const next = queue.then(() => run(conn, sql));
        queue = next.catch(() => undefined);
        return next;
      },
    };
  })();
  opening.catch(() => {
    opening = null;
  });
  return opening;
}
