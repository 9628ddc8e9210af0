// portal.duckdb: the tables drilldowns query in the browser. DuckDB-WASM 1.32 (engine
// v1.4.3) cannot fetch the Parquet extension offline, but reads a database file written
// in storage format v1.4.0 (toolchain.md), which the node-api engine (v1.5.6) can still
// write; v1.5.0 files are refused (tested). Tables keep the published order, so filters
// on the leading sort columns skip most row groups.
import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync, rmSync } from 'node:fs';
import { lit, q, sortedSelect, type TableLayout } from './layout.ts';

export const BROWSER_DB_FILE = 'portal.duckdb';
/** The oldest engine that must read the file: DuckDB-WASM 1.32.0 = DuckDB v1.4.3. */
export const BROWSER_STORAGE_VERSION = 'v1.4.0';

const ALIAS = 'publish_browser_db';

export interface BrowserDb {
  /** Copies the sorted table (call after sortTable, inside withInsertionOrder). */
  add(t: TableLayout): Promise<void>;
  /** Checkpoints and detaches: the file is complete, with no WAL beside it. */
  close(): Promise<void>;
}

/** Creates the file, replacing any earlier one. */
export async function openBrowserDb(conn: DuckDBConnection, path: string): Promise<BrowserDb> {
  for (const p of [path, `${path}.wal`]) if (existsSync(p)) rmSync(p);
  await conn.run(
    `ATTACH ${lit(path)} AS ${ALIAS} (STORAGE_VERSION ${lit(BROWSER_STORAGE_VERSION)})`,
  );
  let open = true;
  return {
    add: async (t) => {
      await conn.run(`CREATE TABLE ${ALIAS}.${q(t.table.name)} AS ${sortedSelect(t)}`);
    },
    close: async () => {
      if (!open) return;
      open = false;
      try {
        await conn.run(`CHECKPOINT ${ALIAS}`);
      } finally {
        await conn.run(`DETACH ${ALIAS}`);
      }
    },
  };
}
