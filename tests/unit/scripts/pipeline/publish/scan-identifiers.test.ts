// The scanner that proves no business_key / consultation_id / response_id reaches the
// outputs must itself find one wherever it hides: in a compressed Parquet column, a
// DuckDB database, a CSV, a CSV in a ZIP archive, a JSON file, a gzipped page.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { writePublished } from '../../../../../scripts/pipeline/publish/index.ts';
import { findIdentifiers } from '../../../../helpers/scan-identifiers.ts';
import { fixtureDb, TABLES } from './fixture.ts';

const PLANTED = 'BK-7f3a9c21';
// many decoys of several lengths: the search must stay exact
const decoys = Array.from({ length: 20_000 }, (_, i) => `BK-${(i * 2654435761) % 1e9}x`);

async function publishWith(plant: boolean): Promise<string> {
  const { instance, conn } = await fixtureDb();
  const out = mkdtempSync(join(tmpdir(), 'publish-scan-'));
  try {
    if (plant) {
      // in texts (Parquet, CSV), counts (JSON, portal.duckdb, a list element) and micro
      await conn.run(`UPDATE pub.texts SET note = 'see ${PLANTED}' WHERE id = 5`);
      await conn.run(`UPDATE pub.counts SET topics = ['x', '${PLANTED}'] WHERE pref_code = '01'`);
      await conn.run(`UPDATE pub.micro SET industry = '${PLANTED}' WHERE fiscal_year = 2022`);
    }
    await writePublished(conn, TABLES, out);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return out;
}

describe('findIdentifiers', () => {
  test('finds an identifier planted in Parquet, CSV, JSON and the browser database', async () => {
    const out = await publishWith(true);
    const hits = await findIdentifiers(out, new Set([PLANTED, ...decoys]));
    expect(hits).toEqual(
      [
        'counts.csv',
        'counts.parquet',
        'json/counts.json',
        'micro.parquet',
        'micro_fy2022.csv.zip', // only the planted year's CSV, inside its archive
        'portal.duckdb',
        'texts.csv',
        'texts.parquet',
      ].map((file) => ({ file, identifier: PLANTED })),
    );
  });

  test('finds nothing in clean outputs', async () => {
    const out = await publishWith(false);
    expect(await findIdentifiers(out, new Set([PLANTED, ...decoys]))).toEqual([]);
  });

  test('reads compressed Parquet and DuckDB values, not just bytes', async () => {
    // 200,000 distinct values: ZSTD and DuckDB's string compression leave no plain copy
    // of R000777 in the bytes (checked: the byte search alone finds neither file)
    const dir = mkdtempSync(join(tmpdir(), 'scan-binary-'));
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const values = `SELECT 'R' || lpad(i::VARCHAR, 6, '0') AS response_id FROM range(200000) t(i)`;
    await conn.run(
      `COPY (${values}) TO '${join(dir, 'a.parquet')}' (FORMAT parquet, COMPRESSION zstd)`,
    );
    await conn.run(`ATTACH '${join(dir, 'b.bin')}' AS b`);
    await conn.run(`CREATE TABLE b.t AS SELECT [response_id] AS ids FROM (${values})`);
    await conn.run('DETACH b');
    conn.closeSync();
    instance.closeSync();
    expect(await findIdentifiers(dir, new Set(['R000777']))).toEqual([
      { file: 'a.parquet', identifier: 'R000777' },
      { file: 'b.bin', identifier: 'R000777' }, // recognised by its magic bytes
    ]);
  });

  test('searches text of any kind, gzipped files, nested directories, across read pieces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-text-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'b', 'page.html'), `<p data-id="C-0001">相談</p>`);
    writeFileSync(join(dir, 'page.html.gz'), gzipSync(`{"id":"C-0002"}`));
    // straddles the 8 MiB read boundary
    const big = Buffer.alloc((8 << 20) + 100, 0x20);
    big.write('C-0003', (8 << 20) - 3);
    writeFileSync(join(dir, 'big.js'), big);
    writeFileSync(join(dir, 'z.bin'), Buffer.from([0, 1, 2, ...Buffer.from('C-0004'), 255]));
    const ids = new Set(['C-0001', 'C-0002', 'C-0003', 'C-0004', 'C-0005']);
    expect(await findIdentifiers(dir, ids)).toEqual([
      { file: 'a/b/page.html', identifier: 'C-0001' },
      { file: 'big.js', identifier: 'C-0003' },
      { file: 'page.html.gz', identifier: 'C-0002' },
      { file: 'z.bin', identifier: 'C-0004' },
    ]);
  });
});
