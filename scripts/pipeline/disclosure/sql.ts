// Small SQL helpers shared by the disclosure steps.
import type { DuckDBConnection } from '@duckdb/node-api';
import { fiscalYearOfDateSql } from '../../../src/lib/fiscal-year.ts';
import { lit, rows as query } from '../ingest/stage-db.ts';

export { lit };

/** A SQL list literal of strings, e.g. ['a', 'b']::VARCHAR[]. */
export const listLit = (items: Iterable<string>): string =>
  `[${[...items].map(lit).join(', ')}]::VARCHAR[]`;

/** Fiscal year of a DATE expression, as an INTEGER. */
export const fiscalYear = (date: string): string => `${fiscalYearOfDateSql(date)}::INTEGER`;

/**
 * The fiscal quarter of a DATE expression, 'YYYY-Qn': the fiscal year (April–March, by its
 * first year) and its quarter, Q1 = April–June … Q4 = January–March of the next year.
 */
export const fiscalQuarter = (date: string): string =>
  `(${fiscalYear(date)} || '-Q' || ((month(${date}) + 8) % 12 // 3 + 1))`;

/** 'YYYY-MM' of a DATE expression. */
export const yearMonth = (date: string): string => `strftime(${date}, '%Y-%m')`;

/** Rows of a query (the pipeline's one helper for it). */
export { query };

/** A single-row count query. */
export async function countOf(conn: DuckDBConnection, sql: string): Promise<number> {
  const r = await query<{ n: number | null }>(conn, sql);
  return Number(r[0]?.n ?? 0);
}
