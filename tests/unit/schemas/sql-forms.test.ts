// The vectorised check (SqlForm, derived in fields.ts) against the parsers, cell by cell:
// for every column of every export file and every tricky spelling, what the SQL accepts
// the parser accepts too, with the same normalised value. (The SQL may send a valid
// but non-canonical cell to the exact path; it may never accept an invalid one.)
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_FILES } from '../../../src/schemas/index.ts';

const TRICKY = [
  '',
  ' ',
  '  x',
  'x ',
  '\tx',
  'x\u3000',
  '１３',
  '1',
  '01',
  '13',
  '00',
  '47',
  '48',
  '+1',
  '-1',
  '-0',
  '1.0',
  '2024',
  '2013',
  '2101',
  '1.5',
  '0x10',
  '1e3',
  '９',
  '007',
  '12345678901234567',
  '480',
  '481',
  '0',
  '2',
  '3',
  '5',
  '6',
  '2024-04-01',
  '2024/4/1',
  '2024-4-1',
  'R6.4.1',
  '令和6年4月1日',
  '2024年4月1日',
  '2024-02-29',
  '2023-02-29',
  '2024-02-30',
  '2024-13-01',
  '0000-01-01',
  '2024-04-01 ',
  '2024-04',
  '2024-4',
  '2024-00',
  '2024-12',
  'true',
  'TRUE',
  'False',
  'Y',
  'n',
  'yes',
  'NO',
  'maybe',
  'ｙ',
  '１',
  'corp',
  'sole',
  'prestartup',
  'CORP',
  'E',
  'e',
  'Ｅ',
  'T',
  'U',
  '1-5',
  '101-300',
  '301+',
  '１－５',
  'finance',
  'finance;pricing',
  'finance;finance',
  'finance;;pricing',
  'finance; pricing',
  'finance;',
  ';finance',
  'finance;pricing;hr',
  'finance;pricing;hr;ip',
  'a;b;c;d;e;f;g',
  'sme_consultant;cpa',
  'cci',
  'cci;shokokai',
  'cci;cci',
  'HX-13-001',
  'HX-13-001;HX-47-001',
  'HX-13-001;HX-13-001',
  'hx_13',
  'ab',
  'a b',
  'HX-13-001 ',
  'CCO',
  'CO',
  'co',
  'online',
  'visit',
  'clinic',
  'ja',
  'ja;en',
  'あ'.repeat(80),
  'あ'.repeat(81),
  'x'.repeat(400),
  'x'.repeat(401),
  'x'.repeat(1001),
  '"q"',
  'a,b',
  'line\nbreak',
  '=SUM(A1)',
  '架空 太郎',
  '<script>',
  "it's",
  // format v1.1: plans.csv, offices.csv
  'r6_consultations',
  'r8_sales_growth',
  'R6_consultations',
  'funnel_phase2',
  '0.05',
  '0.8',
  '-500',
  '30000',
  '1.',
  '.5',
  '1,000',
  '１．５',
  'https://example.jp/yorozu/',
  'https://example.jp:8443/a?b=c#d',
  'HTTPS://example.jp/',
  'http://example.jp/',
  'https://',
  'https://例え.jp/',
  'javascript:alert(1)',
  'tokyo-main',
  'Tokyo-Main',
  '03-0000-0000',
  '(03) 0000-0000',
  '０３－００００',
  '03-0000-0000 内線1',
];

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
      // A double prints as 1.0 in DuckDB and 1 in JavaScript: numbers compare as numbers.
      const exact =
        parsed.success && typeof parsed.data === 'number' && row.value !== null
          ? show(Number(row.value) === parsed.data ? row.value : parsed.data)
          : parsed.success
            ? show(parsed.data)
            : '';
      const sqlValue = row.value === null ? 'NULL' : row.value.replace(/^\[(.*)\]$/, '[$1]');
      expect(sqlValue, `${column.name} = ${JSON.stringify(raw)}`).toBe(
        exact === '[]' ? '[]' : exact,
      );
    }
    // every column accepts at least one spelling, or the check is vacuous
    expect(sqlAccepted, column.name).toBeGreaterThan(0);
  });
});
