// The browser's files, made from the pipeline's output for the contract example: each gzip
// of its source named by the source's hash; explore.duckdb answers the builder's measures
// as the published microdata does; an unchanged source is not made again.
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { copyBrowserData, makeBrowserData } from '../../../../scripts/lib/browser-data.ts';
import {
  EXPLORE_DB,
  EXPLORE_STORE,
  PART_BYTES,
  loadBrowserData,
  partNames,
} from '../../../../src/lib/browser-data.ts';
import { MEASURES } from '../../../../src/lib/explore/model.ts';
import { EXAMPLE, run, tempDir } from '../../../helpers/export.ts';

async function query(db: string, sql: string) {
  const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJS();
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

describe('browser data of the example export', async () => {
  const root = tempDir();
  const publishedDir = join(root, 'published');
  expect((await run([EXAMPLE], publishedDir)).ok).toBe(true);
  const wasm = join(root, 'engine.wasm');
  // Incompressible, so that its gzip needs two parts of at most PART_BYTES.
  writeFileSync(wasm, randomBytes(PART_BYTES + 1000));
  const out = join(root, 'browser');
  const made = await makeBrowserData(publishedDir, out, wasm);

  it('gzips each source under a name carrying its content hash', () => {
    expect(made.reused).toBe(false);
    const sources = {
      wasm,
      portal: join(publishedDir, 'portal.duckdb'),
      explore: join(out, EXPLORE_STORE),
    };
    for (const [id, source] of Object.entries(sources)) {
      const file = made.data.files[id as keyof typeof sources];
      const raw = readFileSync(source);
      const parts = partNames(file).map((p) => readFileSync(join(out, 'files', p)));
      for (const p of parts) expect(p.length).toBeLessThanOrEqual(PART_BYTES);
      const stored = Buffer.concat(parts);
      expect(gunzipSync(stored)).toEqual(raw);
      expect(file.file).toContain(createHash('sha256').update(raw).digest('hex').slice(0, 16));
      expect([file.bytes, file.raw_bytes]).toEqual([stored.length, raw.length]);
    }
    expect(made.data.files.wasm.parts).toBe(2);
    expect(loadBrowserData(out)).toEqual(made.data);
  });

  it('explore.duckdb gives every measure per centre and year as portal.duckdb does', async () => {
    const perCentre = (measures: string) =>
      `SELECT fiscal_year, pref_code::VARCHAR AS pref_code, ${measures} FROM microdata
       GROUP BY ALL ORDER BY ALL`;
    const builder = Object.entries(MEASURES)
      .map(([id, sql]) => `${sql} AS ${id}`)
      .join(', ');
    const portalMeasures = `count(*) AS consultations,
      count(*) FILTER (WHERE counted_resolved) AS resolved,
      count(*) FILTER (WHERE outcome_confirmed) AS outcomes,
      count(*) FILTER (WHERE len(referred_to) > 0) AS referrals,
      count(*) FILTER (WHERE len(joint_with) > 0) AS joint`;
    const expected = await query(join(publishedDir, 'portal.duckdb'), perCentre(portalMeasures));
    expect(expected.length).toBeGreaterThan(0);
    expect(await query(join(out, EXPLORE_DB), perCentre(builder))).toEqual(expected);
  });

  it('reuses the files while the sources are unchanged', async () => {
    const before = statSync(join(out, EXPLORE_DB)).mtimeMs;
    const again = await makeBrowserData(publishedDir, out, wasm);
    expect(again.reused).toBe(true);
    expect(statSync(join(out, EXPLORE_DB)).mtimeMs).toBe(before);
  });

  it('copies the files into dist/_data/', () => {
    const dist = join(root, 'dist');
    copyBrowserData(out, dist);
    expect(readdirSync(join(dist, '_data')).sort()).toEqual(
      Object.values(made.data.files).flatMap(partNames).sort(),
    );
  });
});
