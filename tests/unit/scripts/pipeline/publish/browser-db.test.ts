// portal.duckdb must open in the browser's engine: DuckDB-WASM 1.32.0 (DuckDB v1.4.3),
// here its Node build, with the file registered as a buffer as the site would fetch it.
import { DuckDBInstance } from '@duckdb/node-api';
import * as wasm from '@duckdb/duckdb-wasm/blocking';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { writePublished } from '../../../../../scripts/pipeline/publish/index.ts';
import { fixtureDb, TABLES } from './fixture.ts';

/** DuckDB-WASM's Node build, the same engine (v1.4.3) as the browser bundle. */
async function wasmDb(): Promise<wasm.DuckDBBindings> {
  const dist = dirname(
    createRequire(import.meta.url).resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
  );
  const db = await wasm.createDuckDB(
    {
      mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new wasm.VoidLogger(),
    wasm.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({});
  return db;
}

let out: string;

beforeAll(async () => {
  const { instance, conn } = await fixtureDb();
  out = mkdtempSync(join(tmpdir(), 'publish-browser-'));
  try {
    await writePublished(conn, TABLES, out);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});

describe('portal.duckdb', () => {
  test('holds exactly the inBrowserDb tables, in storage format v1.4.0, without a WAL', async () => {
    expect(existsSync(join(out, 'portal.duckdb.wal'))).toBe(false);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      await conn.run(`ATTACH '${join(out, 'portal.duckdb')}' AS p (READ_ONLY)`);
      const dbs = (
        await conn.runAndReadAll(
          `SELECT tags['storage_version'] AS v FROM duckdb_databases() WHERE database_name = 'p'`,
        )
      ).getRowObjectsJS();
      expect(dbs).toEqual([{ v: 'v1.4.0+' }]);
      const tables = (
        await conn.runAndReadAll(
          `SELECT table_name FROM duckdb_tables() WHERE database_name = 'p' ORDER BY 1`,
        )
      ).getRowObjectsJS();
      expect(tables.map((t) => t.table_name)).toEqual(['counts', 'micro']);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  test('opens and answers queries in DuckDB-WASM 1.32.0', async () => {
    const db = await wasmDb();
    const c = db.connect();
    try {
      const rows = (sql: string) =>
        c
          .query(sql)
          .toArray()
          .map((r) => r.toJSON());
      expect(rows('SELECT version() AS v')).toEqual([{ v: 'v1.4.3' }]);
      // offline, as in the browser: no extension may be fetched
      c.query('SET autoload_known_extensions = false');
      db.registerFileBuffer(
        'portal.duckdb',
        new Uint8Array(readFileSync(join(out, 'portal.duckdb'))),
      );
      c.query(`ATTACH 'portal.duckdb' AS portal (READ_ONLY)`);
      const counts = c
        .query('SELECT fiscal_year, pref_code, consultations, topics FROM portal.counts')
        .toArray()
        .map((r) => {
          const o = r.toJSON();
          return { ...o, topics: o.topics === null ? null : [...o.topics] };
        });
      expect(counts).toEqual([
        { fiscal_year: 2024, pref_code: '13', consultations: 3, topics: [] },
        { fiscal_year: 2024, pref_code: '47', consultations: 1200, topics: ['事業承継'] },
        { fiscal_year: 2025, pref_code: '01', consultations: -1, topics: null },
        { fiscal_year: 2025, pref_code: '13', consultations: 40, topics: ['販路開拓', '資金繰り'] },
      ]);
      expect(
        rows(
          `SELECT fiscal_year, count(*)::INTEGER AS n, count(*) FILTER (resolved)::INTEGER AS resolved
           FROM portal.micro WHERE fiscal_year >= 2023 GROUP BY ALL ORDER BY 1`,
        ),
      ).toEqual([
        { fiscal_year: 2023, n: 1000, resolved: 334 },
        { fiscal_year: 2024, n: 1000, resolved: 333 },
      ]);
      c.query('DETACH portal');
    } finally {
      c.close();
      db.reset();
    }
  });

  test('the check above can fail: DuckDB-WASM 1.32 refuses a newer storage format', async () => {
    const path = join(out, 'newer.duckdb');
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    await conn.run(`ATTACH '${path}' AS n (STORAGE_VERSION 'v1.5.0')`);
    await conn.run('CREATE TABLE n.t AS SELECT 1 AS x');
    await conn.run('DETACH n');
    conn.closeSync();
    instance.closeSync();
    const db = await wasmDb();
    const c = db.connect();
    try {
      db.registerFileBuffer('newer.duckdb', new Uint8Array(readFileSync(path)));
      expect(() => c.query(`ATTACH 'newer.duckdb' AS newer (READ_ONLY)`)).toThrow(
        /newer version of DuckDB/,
      );
    } finally {
      c.close();
      db.reset();
    }
  });
});
