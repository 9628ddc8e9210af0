// /workspace/'s worker: reads, checks and computes a centre's export off the page's thread,
// with the pipeline's own code (src/lib/workspace/read-export.ts, src/lib/indicator-compute/)
// on DuckDB-WASM. The engine is the site's own (/_data/, duckdb-worker.ts), its database in
// memory: nothing is fetched but the engine, nothing is stored.
import './zod-jitless.ts'; // the CSP allows no eval; before any schema is built
import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
import duckdbWorkerUrl from './duckdb-worker.ts?worker&url';
import { computeIndicatorRows } from '../lib/indicator-compute/index.ts';
import { formatProblem } from '../lib/validation.ts';
import { readExport } from '../lib/workspace/read-export.ts';
import { wasmWorkspaceDb, type WorkspaceDb } from '../lib/workspace/wasm-sql.ts';
import type { FromWorker, ToWorker } from './workspace-protocol.ts';

/** A message as the read writes it; `run` is added on posting. */
type Answer = FromWorker extends infer M ? (M extends unknown ? Omit<M, 'run'> : never) : never;
const postFor = (run: number) => (m: Answer) => postMessage({ run, ...m });
const post = postFor(0);

/** The engine's URL comes in the worker's own address (?wasm=…), set by the page. */
const wasmUrl = new URL(location.href).searchParams.get('wasm') ?? '';

async function openEngine(): Promise<WorkspaceDb> {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(duckdbWorkerUrl));
  await db.instantiate(new URL(wasmUrl, location.href).href);
  await db.open({ query: { castBigIntToDouble: true } });
  const conn = await db.connect();
  // No extension downloads. External access stays on: DuckDB counts the registered
  // buffers as external files. The SQL is the pipeline's own, never typed by a visitor, and
  // the CSP lets the page reach this site only.
  await conn.query(`SET autoinstall_known_extensions = false`);
  await conn.query(`SET autoload_known_extensions = false`);
  return wasmWorkspaceDb(db, conn);
}

const engine = openEngine();
engine.then(
  () => post({ type: 'ready' }),
  (e: unknown) => post({ type: 'error', message: String((e as Error).message ?? e) }),
);

let running: AbortController | null = null;

async function read(files: ToWorker & { type: 'read' }): Promise<void> {
  const post = postFor(files.run);
  const ctl = new AbortController();
  running = ctl;
  try {
    const db = await engine;
    const start = performance.now();
    const result = await readExport(files.files, db, {
      signal: ctl.signal,
      progressEvery: 8192,
      progress: (file, rows) => post({ type: 'progress', file, rows }),
    });
    if (result.problems.length) {
      post({
        type: 'problems',
        problems: result.problems.map(formatProblem),
        ignored: result.ignored,
      });
      return;
    }
    ctl.signal.throwIfAborted();
    const readMs = performance.now() - start;
    post({ type: 'computing' });
    const centres = (
      await db.rows<{ p: string }>(`SELECT DISTINCT pref_code AS p FROM consultations ORDER BY 1`)
    ).map((r) => r.p);
    // Every centre at once: the ingredients are computed for all of them in any case, so
    // choosing another centre afterwards costs nothing.
    const out = await computeIndicatorRows(db, centres);
    ctl.signal.throwIfAborted();
    post({
      type: 'result',
      files: result.files,
      ignored: result.ignored,
      centres,
      fiscalYears: out.fiscalYears,
      indicators: out.indicators,
      counts: out.counts,
      ms: performance.now() - start,
      readMs,
    });
  } catch (e) {
    if (ctl.signal.aborted) post({ type: 'cancelled' });
    else post({ type: 'error', message: String((e as Error).message ?? e) });
  } finally {
    if (running === ctl) running = null;
  }
}

// One export at a time on the one database: a new read waits for the last to end.
let queue: Promise<void> = Promise.resolve();
addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.type === 'cancel') running?.abort();
  else queue = queue.then(() => read(m));
});
