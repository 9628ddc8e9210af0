// portal.duckdb: the tables drilldowns query in the browser. DuckDB-WASM 1.32 (engine
// v1.4.3) cannot fetch the Parquet extension offline, but reads a database file written
// in storage format v1.4.0 (toolchain.md), which the node-api engine (v1.5.6) can still
// write; v1.5.0 files are refused (tested). Tables keep the published order, so filters
// on the leading sort columns skip most row groups.
//
// A column of codes (PublishedColumn.codes) is stored as an ENUM of them, declared in byte
// order so it sorts and compares like the text: the national file is 23.3 MB instead of
// 32.3 MB (under the 25 MiB per-file limit of some static hosts) and written 0.4 s faster.
// A value outside the codes fails the cast, and the run publishes nothing.
import type { DuckDBConnection } from '@duckdb/node-api';
import { existsSync, rmSync } from 'node:fs';
import { lit, q, sortedSelect, type LayoutColumn, type TableLayout } from './layout.ts';

export const BROWSER_DB_FILE = 'portal.duckdb';
/** The oldest engine that must read the file: DuckDB-WASM 1.32.0 = DuckDB v1.4.3. */
export const BROWSER_STORAGE_VERSION = 'v1.4.0';

const ALIAS = 'publish_browser_db';

export interface BrowserDb {
  /**
   * Copies the sorted table (call after sortTable, inside withInsertionOrder); returns its
   * columns with the types they have in the file.
   */
  add(t: TableLayout): Promise<LayoutColumn[]>;
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
      const select = t.columns.map((c) => (c.codes ? `${asEnum(c)} AS ${q(c.name)}` : q(c.name)));
      await conn.run(
        `CREATE TABLE ${ALIAS}.${q(t.table.name)} AS ${sortedSelect(t, select.join(', '))}`,
      );
      const types = new Map(
        (
          await conn.runAndReadAll(
            `SELECT column_name, data_type FROM duckdb_columns()
             WHERE database_name = '${ALIAS}' AND table_name = $1`,
            [t.table.name],
          )
        )
          .getRowObjectsJS()
          .map((r) => [String(r.column_name), String(r.data_type)]),
      );
      return t.columns.map((c) => ({ ...c, type: types.get(c.name)! }));
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

/** CAST of a codes column to an ENUM of its codes (a list column: to a list of it). */
function asEnum(c: LayoutColumn): string {
  const byBytes = [...new Set(c.codes)].sort((a, b) =>
    Buffer.compare(Buffer.from(a), Buffer.from(b)),
  );
  const list = c.type.endsWith('[]') ? '[]' : '';
  return `CAST(${q(c.name)} AS ENUM(${byBytes.map(lit).join(', ')})${list})`;
}
