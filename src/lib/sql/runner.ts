// The little of a DuckDB connection that shared SQL needs, so one module runs on
// @duckdb/node-api in the pipeline and on DuckDB-WASM in the browser.

export interface Sql {
  /** Runs a statement, ignoring any answer. */
  run(sql: string): Promise<void>;
  /**
   * An answer as plain objects: integers (BIGINT, HUGEINT) as numbers, lists as arrays,
   * structs as objects, so both engines give the same values.
   */
  rows<T>(sql: string): Promise<T[]>;
}

/** A quoted SQL identifier and a quoted SQL string literal (one definition for all SQL). */
export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
