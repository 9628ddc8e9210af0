// Reads published Parquet tables back as plain JSON rows, for comparing outputs.
import { DuckDBInstance } from '@duckdb/node-api';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every table of `dir`, or only those named in `only`. */
export async function dumpTables(
  dir: string,
  only?: readonly string[],
): Promise<Record<string, unknown[]>> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const out: Record<string, unknown[]> = {};
  try {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.parquet') && (!only || only.includes(n.slice(0, -8))))
      .sort()) {
      const r = await conn.runAndReadAll(`SELECT * FROM '${join(dir, f)}'`);
      out[f.replace(/\.parquet$/, '')] = r.getRowObjectsJson();
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return out;
}
