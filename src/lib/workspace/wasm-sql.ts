// The shared SQL runner (src/lib/sql/runner.ts) over DuckDB-WASM, with what the workspace
// also needs of the engine: registering a buffer as a file for read_csv. Answers are
// Arrow tables; they are turned into the plain values node-api's adapter gives (integers
// as numbers), so shared code sees the same rows on both engines.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Sql } from '../sql/runner.ts';

/** The part of an Arrow table read here (no runtime dependency on apache-arrow). */
interface ArrowLike {
  schema: { fields: { name: string; type: { scale?: number } }[] };
  toArray(): Record<string, unknown>[];
}

export interface WorkspaceDb extends Sql {
  /** Makes `bytes` readable by SQL under `name` (read_csv('name', …)). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
}

/** Arrow values as plain JS: BIGINT as number, lists as arrays, structs as objects. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  if ('toArray' in value && typeof value.toArray === 'function')
    return Array.from(value.toArray() as ArrayLike<unknown>, plain);
  if ('toJSON' in value && typeof value.toJSON === 'function') {
    const o = value.toJSON() as Record<string, unknown>;
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/**
 * HUGEINT (what sum() of integers gives) and DECIMAL arrive as Arrow decimals: a big
 * number whose primitive value is the unscaled integer.
 */
function column(type: { scale?: number }): (v: unknown) => unknown {
  if (type.scale === undefined) return plain;
  const div = 10 ** type.scale;
  return (v) => (v === null ? null : Number(v) / div);
}

export function rowsOf<T>(table: ArrowLike): T[] {
  const fields = table.schema.fields.map((f) => [f.name, column(f.type)] as const);
  return table.toArray().map((row) => {
    const out: Record<string, unknown> = {};
    for (const [name, convert] of fields) out[name] = convert(row[name]);
    return out as T;
  });
}

export function wasmWorkspaceDb(db: AsyncDuckDB, conn: AsyncDuckDBConnection): WorkspaceDb {
  return {
    run: async (sql) => {
      await conn.query(sql);
    },
    rows: async <T>(sql: string) => rowsOf<T>((await conn.query(sql)) as unknown as ArrowLike),
    registerFile: (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => {
      await db.dropFile(name);
    },
  };
}
