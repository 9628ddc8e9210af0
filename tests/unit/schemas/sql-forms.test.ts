// The vectorised check (SqlForm, derived in fields.ts) against the parsers, cell by cell:
// for every column of every export file and every tricky spelling, what the SQL accepts
// the parser accepts too, with the same normalised value. (The SQL may send a valid
// but non-canonical cell to the exact path; it may never accept an invalid one.)
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_FILES } from '../../../src/schemas/index.ts';
import { TRICKY_CELLS as TRICKY } from '../../helpers/tricky-cells.ts';

const show = (v: unknown): string =>
  v === null
    ? 'NULL'
    : Array.isArray(v)
      ? `[${v.join(', ')}]`
      : typeof v === 'boolean'
        ? String(v)
        : String(v);

describe('SQL forms never accept what the parsers reject', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());

  const cases = CSV_FILES.flatMap((spec) =>
    spec.columns
      .filter((c) => c.meta.fast)
      .map((c) => [`${spec.file} ${c.name}`, spec, c] as const),
  );
  it('covers the columns of every file with a vectorised form', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  it('computes values with scalar expressions (a lookup would be one more join on every row)', () => {
    for (const [label, , column] of cases) {
      expect(column.meta.fast!.value('x'), label).not.toMatch(/\bSELECT\b/i);
    }
  });

  it.each(cases)('%s', async (_label, spec, column) => {
    const conn = await instance.connect();
    const values = TRICKY.map(
      (v, i) => `(${i}, ${v === '' ? 'NULL' : `'${v.replace(/'/g, "''")}'`})`,
    ).join(', ');
    const form = column.meta.fast!;
    const result = await conn.runAndReadAll(
      `SELECT i, coalesce(${form.valid('x')}, false) AS valid, CAST(${form.value('x')} AS VARCHAR) AS value
       FROM (VALUES ${values}) t(i, x) ORDER BY i`,
    );
    conn.closeSync();
    let sqlAccepted = 0;
    for (const row of result.getRowObjectsJS() as {
      i: number;
      valid: boolean;
      value: string | null;
    }[]) {
      if (!row.valid) continue;
      sqlAccepted++;
      const raw = TRICKY[Number(row.i)]!;
      const parsed = spec.shape[column.name]!.safeParse(raw);
      expect(
        parsed.success,
        `${column.name} = ${JSON.stringify(raw)}: SQL accepts, the parser does not`,
      ).toBe(true);
      const exact = parsed.success ? show(parsed.data) : '';
      const sqlValue = row.value === null ? 'NULL' : row.value.replace(/^\[(.*)\]$/, '[$1]');
      expect(sqlValue, `${column.name} = ${JSON.stringify(raw)}`).toBe(
        exact === '[]' ? '[]' : exact,
      );
    }
    // every column accepts at least one spelling, or the check is vacuous
    expect(sqlAccepted, column.name).toBeGreaterThan(0);
  });
});
