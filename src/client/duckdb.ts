// DuckDB-WASM for /explore/ and /trends/ only, served by the site itself: Vite emits the
// wasm and worker files from node_modules into dist/_astro/ (no CDN; issue 6 item 3). The
// published portal.duckdb is read over HTTP range requests from /data/files/ and opened
// read-only, with external access switched off, so no query can leave the origin.
import {
  AsyncDuckDB,
  DuckDBAccessMode,
  DuckDBDataProtocol,
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

/** Opens the published database once per page; `dbUrl` is the site-relative file URL. */
export function openPortal(dbUrl: string): Promise<Portal> {
  opening ??= (async () => {
    const worker = new Worker(workerUrl);
    const db = new AsyncDuckDB(new VoidLogger(), worker);
    await db.instantiate(wasmUrl);
    await db.registerFileURL(
      DB_NAME,
      new URL(dbUrl, location.href).href,
      DuckDBDataProtocol.HTTP,
      false,
    );
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
