import { describe, expect, it } from 'vitest';
import {
  dbId,
  fileSections,
  formatLabel,
  LINEAGE,
  linkText,
  nationLineage,
  sectionId,
  tableText,
} from '../../../../src/lib/pages/data-files.ts';
import { withLang } from '../../../../src/i18n/server.ts';
import type { PublishedFile } from '../../../../src/schemas/manifest.ts';

const file = (over: Partial<PublishedFile>): PublishedFile => ({
  file: 'rates.csv',
  bytes: 2048,
  sha256: 'a'.repeat(64),
  rows: 3,
  format: 'csv',
  table: 'rates',
  title: '指標の CO 1人あたりの値',
  description: '',
  columns: [],
  ...over,
});

describe('the /data/ page view of the manifest', () => {
  const published = [
    file({ file: 'rates.parquet', format: 'parquet' }),
    file({ file: 'rates.csv' }),
    file({ file: 'portal.duckdb', format: 'duckdb' }),
    file({ file: 'indicators.csv', table: 'indicators', title: '指標' }),
    file({ file: 'portal.duckdb', format: 'duckdb', table: 'indicators', title: '指標' }),
  ];

  it('groups files by table in manifest order, and each database file with its tables', () => {
    const { tables, databases } = fileSections(published);
    expect([...tables.keys()]).toEqual(['rates', 'indicators']);
    expect(tables.get('rates')!.files.map((f) => f.file)).toEqual(['rates.parquet', 'rates.csv']);
    expect(tables.get('rates')!.first.format).toBe('parquet');
    expect(databases.get('portal.duckdb')!.map((f) => f.table)).toEqual(['rates', 'indicators']);
  });

  it('names a ZIP archive as such, and puts file, format and size in the link text', () => {
    expect(formatLabel({ format: 'csv' })).toBe('CSV');
    const zipped = { type: 'zip' as const, file: 'm.csv', bytes: 1, sha256: 'b'.repeat(64) };
    expect(formatLabel({ format: 'csv', archive: zipped })).toBe('CSV（ZIP 圧縮）');
    expect(linkText(file({}))).toContain('rates.csv');
    expect(linkText(file({}))).toContain('CSV');
  });

  it('makes anchors a URL fragment can hold', () => {
    expect(sectionId('rates')).toBe('table-rates');
    expect(dbId('portal.duckdb')).toBe('db-portal-duckdb');
  });
});

describe('the lineage the /data/ page shows', () => {
  const row = (fiscal_year: number, pref_code: string, n: number) => ({
    fiscal_year,
    pref_code,
    consultations_in: n,
    microdata_rows: n - 1,
    microdata_generalised: 0,
    microdata_withheld: 1,
  });

  it('is the nation rows, latest fiscal year first', () => {
    const rows = [row(2023, '00', 10), row(2023, '13', 4), row(2024, '00', 12), row(2024, '47', 3)];
    expect(nationLineage(rows)).toEqual([row(2024, '00', 12), row(2023, '00', 10)]);
    expect(LINEAGE).toBe('lineage');
  });
});

describe('table titles in the reader’s language', () => {
  const lineage = { table: 'lineage', title: '相談件数の行き先', description: '年度・拠点ごと' };
  it('are the manifest’s Japanese on Japanese pages', () => {
    expect(tableText(lineage)).toEqual({
      title: '相談件数の行き先',
      description: '年度・拠点ごと',
    });
  });
  it('are the contract’s English on English pages; an undeclared table keeps its Japanese, marked', () => {
    withLang('en', () => {
      const en = tableText(lineage);
      expect(en.title).toBe('Lineage of consultations (from input to microdata)');
      expect(en.description).toMatch(/^Per fiscal year and centre/);
      expect(en.lang).toBeUndefined();
      expect(tableText({ ...lineage, table: 'not_declared' })).toEqual({
        title: '相談件数の行き先',
        description: '年度・拠点ごと',
        lang: 'ja',
      });
    });
  });
});
