import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadManifest, publishedDir } from '../../src/lib/published.ts';

const manifest = {
  format_version: '1',
  generated_at: '2026-11-24T12:00:00.000Z',
  code_version: '0.1.0',
  inputs: ['data/sample'],
  files: [
    {
      file: 'consultations.csv',
      source: 'data/sample/consultations.csv',
      encoding: 'utf-8',
      sha256: 'a'.repeat(64),
      rows_read: 123,
      rows_accepted: 120,
      rows_rejected: 3,
      output: 'consultations.parquet',
    },
  ],
  data_vintage: '2026-03',
  synthetic: true,
};

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
});
