// DuckDB-WASM for the SQL box of /explore/ only (the builder counts without it:
// drilldown-data.ts), served by the site itself (no CDN). The engine and portal.duckdb come
// gzip-compressed under hashed names from /_data/ (browser-data.ts), so a visitor's cache
// serves them again; the worker inflates the engine as it compiles it (duckdb-worker.ts),
// the page inflates the database meanwhile. The database
// opens read-only with external access switched off, so no query can leave the origin.
// A query can be cancelled (DuckDB's own interrupt, or a new engine when that does not
// answer), and its answer is read in streamed batches up to a cap (row-cap.ts).
import {
  AsyncDuckDB,
  DuckDBAccessMode,
  VoidLogger,
  type AsyncDuckDBConnection,
} from '@duckdb/duckdb-wasm';
import workerUrl from './duckdb-worker.ts?worker&url';
import { fetchBytes } from './fetch-bytes.ts';
import { QueryCancelled } from './query-cancelled.ts';
import { RowCap, SQL_BOX_CAP, type CapLimits } from './row-cap.ts';

export const DB_NAME = 'portal.duckdb';

/**
 * How long DuckDB gets to stop a cancelled query. It checks for an interrupt between steps
 * of a query; a step that runs longer (a selective filter over a streamed answer, one huge
 * sort) keeps the worker busy, so past this the worker is replaced by a new engine.
 */
export const CANCEL_GRACE_MS = 2000;

/** DuckDB's memory for one query's work (the database itself is about 25 MB). */
export const MEMORY_LIMIT = '1GB';

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
  /** milliseconds in DuckDB; null for an answer computed at build time */
  ms: number | null;
  /** the answer has more rows than the cap let through (only `rows` were read) */
  cut: boolean;
}

export interface QueryOptions {
  /** how much of the answer to read (SQL_BOX_CAP unless given) */
  cap?: CapLimits;
  /** aborting it cancels the query; the query then rejects with QueryCancelled */
  signal?: AbortSignal;
}

export interface Portal {
  /** One query at a time, in the order asked; its answer up to the cap. */
  query(sql: string, options?: QueryOptions): Promise<QueryResult>;
}

/** BIGINT and DECIMAL come back as bigint/objects; pages want plain numbers and strings. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object' && 'toArray' in value) {
    return Array.from((value as { toArray(): ArrayLike<unknown> }).toArray(), plain);
  }
  return value;
}

/** Reads the answer batch by batch, keeping what the cap lets through and then stopping. */
async function stream(
  conn: AsyncDuckDBConnection,
  sql: string,
  cap: RowCap,
  stopped: () => boolean,
): Promise<QueryResult> {
  const start = performance.now();
  // `send` runs the query in steps (so a cancel gets in between) and streams the answer.
  const reader = await (await conn.send(sql, true)).open(); // open() reads the schema
  const columns = reader.schema.fields.map((f) => f.name);
  const rows: Record<string, unknown>[] = [];
  for await (const batch of reader) {
    if (stopped()) throw new QueryCancelled(false);
    const keep = cap.take(batch.numRows, batch.data.byteLength);
    const part = keep < batch.numRows ? batch.slice(0, keep) : batch;
    for (const row of part.toArray() as Record<string, unknown>[]) {
      const out: Record<string, unknown> = {};
      for (const c of columns) out[c] = plain(row[c]);
      rows.push(out);
    }
    if (cap.cut) break;
  }
  if (stopped()) throw new QueryCancelled(false);
  return { columns, rows, ms: performance.now() - start, cut: cap.cut };
}

/** Where a page's DuckDB comes from: the engine and one database (site-relative URLs). */
export interface PortalUrls {
  wasm: string;
  db: string;
}

interface Engine {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
}

async function openEngine(
  urls: PortalUrls,
  progress: (loaded: number, total: number | null) => void,
): Promise<Engine> {
  const file = fetchBytes(new URL(urls.db, location.href).href, progress);
  file.catch(() => undefined); // awaited below; this only stops an unhandled rejection
  const worker = new Worker(workerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
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
    // DuckDB's default here is 3.1 GiB of the tab's memory; past this a query ends with
    // DuckDB's own out-of-memory error and the engine answers the next one.
    await conn.query(`SET memory_limit = '${MEMORY_LIMIT}'`);
    await conn.query(`SET lock_configuration = true`);
    return { db, conn };
  } catch (error) {
    await db.terminate();
    throw error;
  }
}

interface Running {
  engine: Engine;
  stopped: boolean;
  done: Promise<QueryResult>;
  abandon: (error: Error) => void;
}

function makePortal(
  urls: PortalUrls,
  progress: (loaded: number, total: number | null) => void,
): Portal & { ready(): Promise<unknown> } {
  let engine: Promise<Engine> | null = null;
  const ready = (): Promise<Engine> => {
    if (!engine) {
      const opening = openEngine(urls, progress);
      engine = opening;
      opening.catch(() => {
        if (engine === opening) engine = null; // the next query tries again
      });
    }
    return engine;
  };

  /** DuckDB's interrupt first; a new engine when the query has not stopped in time. */
  const cancel = async (job: Running): Promise<void> => {
    job.stopped = true;
    const stoppedInTime = Promise.race([
      job.done.then(
        () => true,
        () => true,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), CANCEL_GRACE_MS)),
    ]);
    job.engine.conn.cancelSent().catch(() => false);
    if (await stoppedInTime) return;
    // The worker is stuck inside one step: end it; the next query opens a new engine.
    if (engine !== null && (await engine.catch(() => null)) === job.engine) engine = null;
    await job.engine.db.terminate();
    job.abandon(new QueryCancelled(true));
  };

  let queue: Promise<unknown> = Promise.resolve();
  return {
    ready,
    query(sql, { cap = SQL_BOX_CAP, signal } = {}) {
      const next = queue.then(async () => {
        if (signal?.aborted) throw new QueryCancelled(false);
        const e = await ready();
        if (signal?.aborted) throw new QueryCancelled(false);
        let abandon: (error: Error) => void = () => {};
        const abandoned = new Promise<never>((_, reject) => {
          abandon = reject;
        });
        const job: Running = { engine: e, stopped: false, done: Promise.resolve(null!), abandon };
        job.done = stream(e.conn, sql, new RowCap(cap), () => job.stopped).catch(
          (error: unknown) => {
            // DuckDB's own "canceled" error, or whatever the interrupted query threw.
            throw job.stopped ? new QueryCancelled(false) : error;
          },
        );
        const onAbort = () => void cancel(job);
        signal?.addEventListener('abort', onAbort, { once: true });
        try {
          return await Promise.race([job.done, abandoned]);
        } finally {
          signal?.removeEventListener('abort', onAbort);
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

let portal: ReturnType<typeof makePortal> | null = null;

/** The page's one DuckDB, opened on first use; after a failure the next call tries again. */
export async function openPortal(
  urls: PortalUrls,
  progress: (loaded: number, total: number | null) => void = () => {},
): Promise<Portal> {
  portal ??= makePortal(urls, progress);
  await portal.ready();
  return portal;
}
