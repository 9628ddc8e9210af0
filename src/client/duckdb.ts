// DuckDB-WASM for /explore/ and /trends/ only, served by the site itself: Vite emits the
// wasm and worker files from node_modules into dist/_astro/ (no CDN; issue 6 item 3). The
// published portal.duckdb is fetched whole from /data/files/ while the wasm compiles (in
// parallel: measured faster to the first result than DuckDB's own range reads, README) and
// opened read-only, with external access switched off, so no query can leave the origin.
import {
  AsyncDuckDB,
  DuckDBAccessMode,
  VoidLogger,
  type AsyncDuckDBConnection,
} from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';

export const DB_NAME = 'portal.duckdb';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  ms: number;
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

let opening: Promise<Portal> | null = null;

/** The whole file, reporting progress (bytes so far, total or null) as it arrives. */
async function fetchBytes(
  url: string,
  progress: (loaded: number, total: number | null) => void,
): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    progress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

/** Opens the published database once per page; `dbUrl` is the site-relative file URL. */
export function openPortal(
  dbUrl: string,
  progress: (loaded: number, total: number | null) => void = () => {},
): Promise<Portal> {
  opening ??= (async () => {
    const file = fetchBytes(new URL(dbUrl, location.href).href, progress);
    file.catch(() => undefined); // awaited below; this only stops an unhandled rejection
    const worker = new Worker(workerUrl);
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    await db.instantiate(wasmUrl);
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
