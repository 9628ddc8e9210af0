import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import * as fiscal from '../../../src/lib/fiscal-year.ts';

describe('fiscal year', () => {
  it('runs April to March, named by its starting year', () => {
    expect(fiscal.fiscalYearOf(2024, 4)).toBe(2024);
    expect(fiscal.fiscalYearOf(2025, 3)).toBe(2024);
    expect(fiscal.fiscalYearOf(2025, 4)).toBe(2025);
    expect(fiscal.fiscalYearOfMonth('2025-01')).toBe(2024);
    expect(fiscal.fiscalYearOfMonth('2024-12')).toBe(2024);
  });

  it('gives the same years in SQL', async () => {
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const dates = ['2024-04-01', '2025-03-31', '2025-04-01', '2014-06-01'];
    for (const d of dates) {
      const byDate = await conn.runAndReadAll(
        `SELECT ${fiscal.fiscalYearOfDateSql(`DATE '${d}'`)}`,
      );
      const byParts = await conn.runAndReadAll(
        `SELECT ${fiscal.fiscalYearSql(d.slice(0, 4), String(Number(d.slice(5, 7))))}`,
      );
      const expected = fiscal.fiscalYearOfMonth(d.slice(0, 7));
      expect(Number(byDate.getRows()[0]![0])).toBe(expected);
      expect(Number(byParts.getRows()[0]![0])).toBe(expected);
    }
    conn.closeSync();
  });
});
