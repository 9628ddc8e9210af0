// <name>.parquet: ZSTD, native types (lists stay lists), columns in the described order,
// rows in the published order.
import type { DuckDBConnection } from '@duckdb/node-api';
import { lit, sortedSelect, type TableLayout } from './layout.ts';

/** How every published Parquet file is written (a stage writing its own uses it too). */
export const PARQUET_OPTIONS = 'FORMAT parquet, COMPRESSION zstd';

/** Call after sortTable, inside withInsertionOrder (or the writer may reorder rows). */
export async function writeParquet(
  conn: DuckDBConnection,
  t: TableLayout,
  path: string,
): Promise<void> {
  await conn.run(`COPY (${sortedSelect(t)}) TO ${lit(path)} (${PARQUET_OPTIONS})`);
}
