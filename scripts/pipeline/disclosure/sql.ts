// Small SQL helpers shared by the disclosure steps.
import type { DuckDBConnection } from '@duckdb/node-api';
import { lit, rows as query } from '../ingest/stage-db.ts';

export { lit };

/** A SQL list literal of strings, e.g. ['a', 'b']::VARCHAR[]. */
export const listLit = (items: Iterable<string>): string =>
  `[${[...items].map(lit).join(', ')}]::VARCHAR[]`;

/** Fiscal year (April–March, named by its start year) of a DATE expression. */
export const fiscalYear = (date: string): string =>
  `(year(${date}) - CASE WHEN month(${date}) < 4 THEN 1 ELSE 0 END)::INTEGER`;

/** 'YYYY-MM' of a DATE expression. */
export const yearMonth = (date: string): string => `strftime(${date}, '%Y-%m')`;

/** Rows of a query (the pipeline's one helper for it). */
export { query };

/** A single-row count query. */
export async function countOf(conn: DuckDBConnection, sql: string): Promise<number> {
  const r = await query<{ n: number | null }>(conn, sql);
  return Number(r[0]?.n ?? 0);
}
