// DuckDB-WASM 1.32's asynchronous engine, as a page runs it, in Node: AsyncDuckDB talks to
// its Node worker build (duckdb-node-eh.worker.cjs) through node:worker_threads. That
// worker expects a browser worker's globals (onmessage / postMessage); a few lines of
// bootstrap provide them, and a wrapper gives the main side a browser Worker's methods.
import * as duckdb from '@duckdb/duckdb-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { wasmWorkspaceDb, type WorkspaceDb } from '../../src/lib/workspace/wasm-sql.ts';

const dist = dirname(
  createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
);

type Listener = (event: unknown) => void;

/** node:worker_threads behind the part of the Worker interface AsyncDuckDB uses. */
class BrowserLikeWorker {
  private readonly worker: Worker;
  private readonly wrapped = new Map<Listener, (data: unknown) => void>();

  constructor(script: string) {
    this.worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       globalThis.postMessage = (m, t) => parentPort.postMessage(m, t);
       parentPort.on('message', (data) => globalThis.onmessage({ data }));
       require(${JSON.stringify(script)});`,
      { eval: true },
    );
  }
  postMessage(message: unknown, transfer?: Transferable[]): void {
    this.worker.postMessage(message, transfer as never);
  }
  addEventListener(type: string, listener: Listener): void {
    const h = (data: unknown) => listener(type === 'message' ? { data } : data);
    this.wrapped.set(listener, h);
    this.worker.on(type, h);
  }
  removeEventListener(type: string, listener: Listener): void {
    const h = this.wrapped.get(listener);
    if (h) this.worker.off(type, h);
  }
  terminate(): void {
    void this.worker.terminate();
  }
}

export interface NodeWasm {
  db: WorkspaceDb;
  close: () => Promise<void>;
}

/** A fresh in-memory DuckDB-WASM database and connection. */
export async function openNodeWasm(): Promise<NodeWasm> {
  const worker = new BrowserLikeWorker(join(dist, 'duckdb-node-eh.worker.cjs'));
  const engine = new duckdb.AsyncDuckDB(
    new duckdb.VoidLogger(),
    worker as unknown as ConstructorParameters<typeof duckdb.AsyncDuckDB>[1],
  );
  await engine.instantiate(join(dist, 'duckdb-eh.wasm'));
  await engine.open({});
  const conn = await engine.connect();
  return {
    db: wasmWorkspaceDb(engine, conn),
    close: async () => {
      await conn.close();
      await engine.terminate();
    },
  };
}
