import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadManifest, loadPublishedTable, publishedDir } from '../../src/lib/published.ts';
import { manifestFixture } from '../helpers/manifest.ts';

const manifest = manifestFixture({
  inputs: ['data/sample'],
  files: [
    {
      file: 'consultations.csv',
      source: 'data/sample/consultations.csv',
      encoding: 'utf-8',
      sha256: 'a'.repeat(64),
      bytes: 1000,
      rows_read: 123,
      rows_accepted: 120,
      rows_rejected: 3,
      blank_lines: 0,
    },
  ],
});

function dirWith(content: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'published-'));
  if (content !== null) writeFileSync(join(dir, 'manifest.json'), content);
  return dir;
}

describe('publishedDir', () => {
  test('is PORTAL_DATA, else data/published', () => {
    expect(publishedDir({ PORTAL_DATA: '/srv/data' })).toBe('/srv/data');
    expect(publishedDir({})).toBe(resolve('data/published'));
  });
});

describe('loadManifest', () => {
  test('reads a valid manifest', () => {
    const m = loadManifest(dirWith(JSON.stringify(manifest)));
    expect(m.synthetic).toBe(true);
    expect(m.files[0]?.rows_accepted).toBe(120);
  });
  test('tells how to make the data when there is none', () => {
    expect(() => loadManifest(dirWith(null))).toThrow(/does not exist[\s\S]*npm run pipeline/);
  });
  test('names the bad field of an invalid manifest', () => {
    const bad = { ...manifest, data_vintage: '2026-3' };
    expect(() => loadManifest(dirWith(JSON.stringify(bad)))).toThrow(/data_vintage/);
  });
  test('rejects text that is not JSON', () => {
    expect(() => loadManifest(dirWith('{'))).toThrow(/not valid JSON/);
  });
  test('names a key the pipeline does not write (the schema is strict)', () => {
    const files = [{ ...manifest.files[0], output: 'consultations.parquet' }];
    expect(() => loadManifest(dirWith(JSON.stringify({ ...manifest, files })))).toThrow(
      /manifest\.json: files\.0: Unrecognized key: "output"/,
    );
  });
});

describe('loadPublishedTable', () => {
  const row = { fiscal_year: 2024, pref_code: '13', coordinators: 5 };
  function tableDir(rows: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'published-'));
    mkdirSync(join(dir, 'json'));
    writeFileSync(join(dir, 'json', 'coordinator_counts.json'), JSON.stringify(rows));
    return dir;
  }

  test('parses the rows with the contract', () => {
    expect(loadPublishedTable('coordinator_counts', tableDir([row, row]))).toEqual([row, row]);
  });
  test('reads a file once per build', () => {
    const dir = tableDir([row]);
    expect(loadPublishedTable('coordinator_counts', dir)).toBe(
      loadPublishedTable('coordinator_counts', dir),
    );
  });
  test('stops at the first wrong field: path, row (from 1), column, reason', () => {
    const dir = tableDir([row, { ...row, coordinators: 2.5 }, { ...row, pref_code: 13 }]);
    const path = join(dir, 'json', 'coordinator_counts.json');
    expect(() => loadPublishedTable('coordinator_counts', dir)).toThrow(
      `${path}: row 2: coordinators: Invalid input: expected int, received number`,
    );
  });
  test('refuses a column the contract does not declare', () => {
    const dir = tableDir([{ ...row, rank: 1 }]);
    expect(() => loadPublishedTable('coordinator_counts', dir)).toThrow(
      /coordinator_counts\.json: row 1: \(row\): Unrecognized key: "rank"/,
    );
  });
  test('refuses a file that is not an array of rows', () => {
    expect(() => loadPublishedTable('coordinator_counts', tableDir({ rows: [] }))).toThrow(
      /coordinator_counts\.json: \(row\): Invalid input: expected array/,
    );
  });
  test('tells how to make the data when the file is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'published-'));
    expect(() => loadPublishedTable('indicators', dir)).toThrow(/does not exist[\s\S]*pipeline/);
  });
});
