// Staged rows → typed DuckDB tables (src/lib/ingest/staged-table.ts) → ZSTD Parquet.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { lit, q, type Sql } from '../../../src/lib/sql/runner.ts';
import {
  appendStagedSql,
  createTableSql,
  type StagedTable,
} from '../../../src/lib/ingest/staged-table.ts';

export { lit, q, type StagedTable };

/**
 * A database file in the work directory, with a memory limit, so a national export spills
 * to disk instead of growing the process past 2 GiB (small build machines).
 */
export async function openDb(
  workDir: string,
): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(join(workDir, 'ingest.duckdb'), {
    threads: '2',
    memory_limit: '1GB',
    temp_directory: join(workDir, 'spill'),
    preserve_insertion_order: 'false',
  });
  const conn = await instance.connect();
  return {
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** The typed, empty table a file's accepted rows go into (both paths append to it). */
export async function createTable(conn: DuckDBConnection, t: StagedTable): Promise<void> {
  await conn.run(createTableSql(t));
}

/** Appends the rows the exact path staged. */
export async function appendStaged(conn: DuckDBConnection, t: StagedTable): Promise<void> {
  await conn.run(appendStagedSql(t));
}

async function count(conn: DuckDBConnection, table: string): Promise<number> {
  const r = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${q(table)}`);
  return Number(r.getRowObjectsJS()[0]!.n);
}

export async function writeParquet(
  conn: DuckDBConnection,
  t: StagedTable,
  path: string,
): Promise<number> {
  const cols = t.columns.map((c) => q(c.name)).join(', ');
  // Loading does not keep the input order (the vectorised checks are joins); the file is
  // ordered by the row's key, so the same export always gives the same bytes.
  await conn.run('SET preserve_insertion_order = true');
  await conn.run(
    `COPY (SELECT ${cols} FROM ${q(t.table)} ORDER BY ${t.key.map(q).join(', ')}) TO ${lit(path)}
     (FORMAT parquet, COMPRESSION zstd)`,
  );
  return count(conn, t.table);
}

/** Rows of a query as plain objects; BIGINT and HUGEINT (counts, sums) become numbers. */
export async function rows<T>(conn: DuckDBConnection, sql: string): Promise<T[]> {
  const r = await conn.runAndReadAll(sql);
  return r
    .getRowObjectsJS()
    .map(
      (row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
        ) as T,
    );
}

/** The shared SQL modules' view of a node-api connection (src/lib/sql/runner.ts). */
export function nodeSql(conn: DuckDBConnection): Sql {
  return {
    run: async (sql) => {
      await conn.run(sql);
    },
    rows: (sql) => rows(conn, sql),
  };
}
