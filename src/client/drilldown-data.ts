// The drilldown's answers in the browser (/explore/, /trends/): the column store
// (src/lib/explore/columns.ts) fetched once per page — later pages get it from the HTTP
// cache — and counted by the engine that mirrors sql.ts (src/lib/explore/engine.ts).
import { decodeStore, type ColumnStore } from '../lib/explore/columns.ts';
import { engineCells, engineWithheld } from '../lib/explore/engine.ts';
import type { ExploreState } from '../lib/explore/model.ts';
import { fetchBytes, type Progress } from './fetch-bytes.ts';

export interface DrilldownAnswer {
  /** the rows buildQuery gives */
  rows: Record<string, unknown>[];
  /** the row withheldQuery gives */
  withheld: { consultations: number; withheld: number; generalised: number };
  /** milliseconds spent counting; null for an answer computed at build time */
  ms: number | null;
}

const stores = new Map<string, Promise<ColumnStore>>();

/** The store of `url`, fetched once; aborting `signal` stops that download (not a finished one). */
export function loadStore(
  url: string,
  progress?: Progress,
  signal?: AbortSignal,
): Promise<ColumnStore> {
  let store = stores.get(url);
  if (!store) {
    store = fetchBytes(new URL(url, location.href).href, progress, signal).then(decodeStore);
    stores.set(url, store);
    store.catch(() => stores.delete(url)); // a later question tries again
  }
  return store;
}

export async function answer(
  url: string,
  s: ExploreState,
  progress?: Progress,
): Promise<DrilldownAnswer> {
  const store = await loadStore(url, progress);
  const start = performance.now();
  const rows = engineCells(store, s);
  const withheld = engineWithheld(store, s);
  return { rows, withheld, ms: performance.now() - start };
}
