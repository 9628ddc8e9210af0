// The table both microdata and aggregates start from: one row per quasi-identifier
// combination and business, with its consultation count. It is about a third of the
// consultations, so the counts that need only these columns (k-anonymity, totals, the
// industry and employee-band tables) never scan the consultations again.
//
// It also holds, per row, a bit mask of the categories the business's consultations fell in
// for each BitCategory (topic, channel, month): distinct businesses per category are then
// sums of bits, not a distinct count over millions of (category, business) pairs (which
// took 2 s for the three tables on the national sample).
import type { DuckDBConnection } from '@duckdb/node-api';
import { fiscalYear } from './sql.ts';

export const BASE = 'disc_qi';

/** A category with at most 64 values, stored in BASE as the mask column `<column>_bits`. */
export interface BitCategory {
  column: string;
  /** SQL over a consultation's columns (no alias): the category's bit, 0 … width − 1 */
  index: string;
  width: number;
}

export const bitsColumn = (b: BitCategory) => `${b.column}_bits`;

/** The bit of a consultation's category; an index outside 0 … width − 1 is an error, never a lost bit. */
const categoryBit = (b: BitCategory) =>
  `CASE WHEN coalesce((${b.index}) BETWEEN 0 AND ${b.width - 1}, false)
     THEN 1::UBIGINT << (${b.index})::UBIGINT
     ELSE error('disclosure: ${b.column} outside its code list')::UBIGINT END`;

export async function createBase(conn: DuckDBConnection, bits: BitCategory[]): Promise<void> {
  for (const b of bits) {
    if (b.width < 1 || b.width > 64)
      throw new Error(`${b.column}: ${b.width} values do not fit 64 bits`);
  }
  const masks = bits.map((b) => `, bit_or(${categoryBit(b)}) AS ${bitsColumn(b)}`).join('');
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE ${BASE} AS
    SELECT ${fiscalYear('date')} AS fy, pref_code, industry, employees_band, legal_form,
      business_key, count(*)::INTEGER AS n, NULL::INTEGER AS level${masks}
    FROM consultations
    GROUP BY fy, pref_code, industry, employees_band, legal_form, business_key`);
}

export async function dropBase(conn: DuckDBConnection): Promise<void> {
  await conn.run(`DROP TABLE IF EXISTS ${BASE}`);
}
