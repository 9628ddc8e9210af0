// The table both microdata and aggregates start from: one row per quasi-identifier
// combination and business, with its consultation count. It is about a third of the
// consultations, so the counts that need only these columns (k-anonymity, totals, the
// industry and employee-band tables) never scan the consultations again.
import type { DuckDBConnection } from '@duckdb/node-api';
import { fiscalYear } from './sql.ts';

export const BASE = 'disc_qi';

export async function createBase(conn: DuckDBConnection): Promise<void> {
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE ${BASE} AS
    SELECT fy, pref_code, industry, employees_band, legal_form, business_key,
      count(*)::INTEGER AS n, NULL::INTEGER AS level
    FROM (SELECT ${fiscalYear('date')} AS fy, pref_code, industry, employees_band, legal_form,
            business_key FROM consultations)
    GROUP BY ALL`);
}

export async function dropBase(conn: DuckDBConnection): Promise<void> {
  await conn.run(`DROP TABLE IF EXISTS ${BASE}`);
}
