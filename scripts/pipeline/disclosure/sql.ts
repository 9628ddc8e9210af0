// Small SQL helpers shared by the disclosure steps.
import type { DuckDBConnection } from '@duckdb/node-api';

/** A SQL string literal. */
export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** A SQL list literal of strings, e.g. ['a', 'b']::VARCHAR[]. */
export const listLit = (items: Iterable<string>): string =>
  `[${[...items].map(lit).join(', ')}]::VARCHAR[]`;

/** Fiscal year (April–March, named by its start year) of a DATE expression. */
export const fiscalYear = (date: string): string =>
  `(year(${date}) - CASE WHEN month(${date}) < 4 THEN 1 ELSE 0 END)::INTEGER`;

/** 'YYYY-MM' of a DATE expression. */
export const yearMonth = (date: string): string => `strftime(${date}, '%Y-%m')`;

/** Rows of a query as plain JS objects, BIGINT counts turned into numbers. */
export async function query<T>(conn: DuckDBConnection, sql: string): Promise<T[]> {
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

/** A single-row count query. */
export async function countOf(conn: DuckDBConnection, sql: string): Promise<number> {
  const r = await query<{ n: number | null }>(conn, sql);
  return Number(r[0]?.n ?? 0);
}
