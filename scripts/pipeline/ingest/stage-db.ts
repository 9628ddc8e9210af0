// Staged rows → typed DuckDB tables → ZSTD Parquet. Types come from the schemas' column
// metadata (src/schemas/fields.ts), so storage never drifts from the format.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import type { ColumnMeta } from '../../../src/schemas/fields.ts';

export interface StagedTable {
  table: string;
  stagePath: string;
  columns: { name: string; meta: ColumnMeta }[];
  /** the columns that identify a row (unique across every input): the order of its file */
  key: string[];
}

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

/** A quoted SQL identifier and a quoted SQL string literal (one definition for the pipeline). */
export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The typed, empty table a file's accepted rows go into (both paths append to it). */
export async function createTable(conn: DuckDBConnection, t: StagedTable): Promise<void> {
  const cols = t.columns.map((c) => `${q(c.name)} ${c.meta.sql}`);
  await conn.run(
    `CREATE OR REPLACE TABLE ${q(t.table)} (_src INTEGER, _line INTEGER, ${cols.join(', ')})`,
  );
}

/** Appends the rows the exact path staged. */
export async function appendStaged(conn: DuckDBConnection, t: StagedTable): Promise<void> {
  const csvTypes = [
    `'_src': 'INTEGER'`,
    `'_line': 'INTEGER'`,
    ...t.columns.map(
      (c) => `${lit(c.name)}: ${lit(c.meta.sql === 'VARCHAR[]' ? 'VARCHAR' : c.meta.sql)}`,
    ),
  ];
  const select = t.columns.map((c) =>
    c.meta.sql === 'VARCHAR[]'
      ? `coalesce(string_split(${q(c.name)}, ';'), []::VARCHAR[])`
      : q(c.name),
  );
  await conn.run(
    `INSERT INTO ${q(t.table)} SELECT _src, _line, ${select.join(', ')}
     FROM read_csv(${lit(t.stagePath)}, header = true, auto_detect = false, quote = '"', escape = '"',
       delim = ',', new_line = '\\n', columns = {${csvTypes.join(', ')}}, max_line_size = 8388608)`,
  );
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
