// json/<name>.json for Astro pages: one array of row objects, numbers as JSON numbers,
// lists as arrays, NULL as null, written by DuckDB's JSON writer in the layout's order.
import type { DuckDBConnection } from '@duckdb/node-api';
import { lit, sortedSelect, type TableLayout } from './layout.ts';

/** Pages import these whole at build time; a bigger table belongs in Parquet/DuckDB. */
export const JSON_MAX_ROWS = 100_000;

/** Call after sortTable, inside withInsertionOrder (or the writer may reorder rows). */
export async function writeJson(
  conn: DuckDBConnection,
  t: TableLayout,
  path: string,
): Promise<void> {
  if (t.rows > JSON_MAX_ROWS) {
    throw new Error(
      `published table '${t.table.name}': ${t.rows} rows is too many for JSON (at most ${JSON_MAX_ROWS})`,
    );
  }
  await conn.run(`COPY (${sortedSelect(t)}) TO ${lit(path)} (FORMAT json, ARRAY true)`);
}
