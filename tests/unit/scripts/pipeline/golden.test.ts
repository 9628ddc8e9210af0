// Golden test (code-style.md, Framework's build tests): the contract's example export in,
// the normalised tables out, compared with tests/fixtures/example-golden/. Regenerate
// after a deliberate change with UPDATE_GOLDEN=1 and review the diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, hashDir, readRows, run, tempDir } from '../../../helpers/export.ts';
import { readGolden } from '../../../helpers/golden.ts';
import { dumpTables } from '../../../helpers/tables.ts';

const GOLDEN = join(import.meta.dirname, '../../../fixtures/example-golden');

describe('pipeline on the contract example export', async () => {
  const root = tempDir();
  const out = join(root, 'published');
  const ingested = join(root, 'ingested');
  const result = await run([EXAMPLE], out, ingested);
  const tables = await dumpTables(ingested);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));

  it('accepts the export', () => {
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('computes indicators.csv exactly as the contract example expects, row for row', () => {
    const expected = readFileSync(join(EXAMPLE, '../expected_indicators.csv'), 'utf8').replace(
      /\r\n/g,
      '\n',
    );
    expect(readFileSync(join(out, 'indicators.csv'), 'utf8')).toBe(expected);
  });

  it('computes targets.csv exactly as the contract example expects, row for row', () => {
    const expected = readFileSync(join(EXAMPLE, '../expected_targets.csv'), 'utf8').replace(
      /\r\n/g,
      '\n',
    );
    expect(readFileSync(join(out, 'targets.csv'), 'utf8')).toBe(expected);
  });

  it('publishes targets, initiatives and offices as Parquet, CSV, JSON and in portal.duckdb', () => {
    for (const table of ['targets', 'initiatives', 'offices']) {
      const entries = manifest.published.filter((e: { table: string }) => e.table === table);
      expect(
        entries.map((e: { format: string }) => e.format),
        table,
      ).toEqual(['parquet', 'csv', 'json', 'duckdb']);
    }
  });

  it('gives the same bytes for the same export', async () => {
    const again = tempDir();
    expect((await run([EXAMPLE], join(again, 'published'), join(again, 'ingested'))).ok).toBe(true);
    // portal.duckdb's header differs on every write (DuckDB), so its bytes and the manifest
    // entries naming them are left out; every other file must be identical.
    const stable = (dir: string) => {
      const { 'portal.duckdb': _db, 'manifest.json': _m, ...rest } = hashDir(dir);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      manifest.published = manifest.published.filter(
        (e: { file: string }) => e.file !== 'portal.duckdb',
      );
      return { ...rest, manifest };
    };
    expect(stable(join(again, 'published'))).toEqual(stable(out));
    expect(hashDir(join(again, 'ingested'))).toEqual(hashDir(ingested));
  });

  it('publishes nothing identifying in --out: normalised tables go to --ingested only', () => {
    const identifying = ['consultations', 'financials', 'surveys', 'phase2'].flatMap((t) => [
      `${t}.parquet`,
      `${t}.csv`,
    ]);
    expect(Object.keys(hashDir(out)).filter((f) => identifying.includes(f))).toEqual([]);
    expect(Object.keys(hashDir(ingested))).toContain('consultations.parquet');
  });

  it('accounts for every data row of every file', () => {
    for (const f of manifest.files.filter((x: { file: string }) => x.file.endsWith('.csv'))) {
      const dataRows = readRows(join(EXAMPLE, f.file)).length - 1;
      expect(f.rows_read, f.file).toBe(dataRows);
      expect(f.rows_accepted, f.file).toBe(dataRows);
      expect(tables[f.file.replace('.csv', '')]!.length, f.file).toBe(dataRows);
    }
  });

  it('records format version, input hashes and the data vintage', () => {
    expect(manifest).toMatchObject({
      format_version: '1',
      code_version: 'test',
      data_vintage: '2026-03',
      synthetic: false,
    });
    const consultations = manifest.files.find(
      (f: { file: string }) => f.file === 'consultations.csv',
    );
    expect(consultations.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('publishes consultations_by_agency as Parquet, CSV, JSON and in portal.duckdb', () => {
    const entries = manifest.published.filter(
      (e: { table: string }) => e.table === 'consultations_by_agency',
    );
    expect(entries.map((e: { format: string }) => e.format)).toEqual([
      'parquet',
      'csv',
      'json',
      'duckdb',
    ]);
    const csv = readFileSync(join(out, 'consultations_by_agency.csv'), 'utf8').split('\r\n');
    // CSV with a BOM and CRLF (Excel), as every published CSV.
    expect(csv[0]).toBe(
      '\ufefffiscal_year,pref_code,relation,agency,consultations,businesses,status',
    );
    const json = JSON.parse(readFileSync(join(out, 'json/consultations_by_agency.json'), 'utf8'));
    expect(json.length).toBe(entries[0].rows);
    expect(json.length).toBeGreaterThan(0);
  });

  it.each([
    'coordinators',
    'consultations',
    'financials',
    'phase2',
    'surveys',
    'capacity',
    'support_menus',
    'cases',
    'plans',
    'offices',
    'initiatives',
  ])('%s equals the golden table', (table) => {
    const path = join(GOLDEN, `${table}.json`);
    const actual = JSON.stringify(tables[table], null, 1) + '\n';
    expect(actual).toBe(readGolden(path, actual));
  });
});
