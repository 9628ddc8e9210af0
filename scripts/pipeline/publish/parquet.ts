// <name>.parquet: ZSTD, native types (lists stay lists), columns in the described order,
// rows in the published order.
import type { DuckDBConnection } from '@duckdb/node-api';
import { lit, sortedSelect } from './layout.ts';

/** Call after sortTable, inside withInsertionOrder (or the writer may reorder rows). */
export async function writeParquet(conn: DuckDBConnection, path: string): Promise<void> {
  await conn.run(`COPY (${sortedSelect()}) TO ${lit(path)} (FORMAT parquet, COMPRESSION zstd)`);
}
