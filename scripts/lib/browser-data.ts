// Before `astro build`: the files the browser reads for drilldowns (src/lib/browser-data.ts).
// explore.duckdb is derived from the published portal.duckdb (src/lib/explore/explore-db.ts)
// for build-time queries, and from it the column store the browser counts in
// (src/lib/explore/columns.ts). The store, portal.duckdb (the SQL box) and DuckDB-WASM's
// engine are gzip-compressed here, so that no file over the 25 MiB limit of common static
// hosts is shipped (the engine is 33 MiB raw) and the bytes on the wire do not depend on the
// host compressing large files. After the build they are copied to dist/_data/.
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createGzip } from 'node:zlib';
import {
  BROWSER_DATA_JSON,
  BROWSER_DATA_SUBDIR,
  BrowserDataSchema,
  EXPLORE_DB,
  EXPLORE_STORE,
  PART_BYTES,
  browserDataDir,
  partNames,
  type BrowserData,
  type BrowserFile,
} from '../../src/lib/browser-data.ts';
import {
  FLAG,
  STORE_COLUMNS,
  encodeStore,
  type CellValue,
  type StoreColumn,
  type StoreHeader,
} from '../../src/lib/explore/columns.ts';
import { exploreDbStatements } from '../../src/lib/explore/explore-db.ts';
import { lit } from '../../src/lib/explore/sql.ts';
import { ROOT, type Step } from './steps.ts';

const WASM_PATH = join(ROOT, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
/** DuckDB-WASM 1.32 reads storage up to v1.4 (README, /explore/). */
const STORAGE_VERSION = 'v1.4.0';

const MAKER_FILES = [
  'scripts/lib/browser-data.ts',
  'src/lib/explore/explore-db.ts',
  'src/lib/explore/columns.ts',
];

const fingerprint = (path: string) => {
  const s = statSync(path);
  return { path, size: s.size, mtime_ms: s.mtimeMs };
};

/** Writes `<name>.<hash>.<ext>.gz` into `dir` as parts of at most PART_BYTES (`.0`, `.1`, …),
 *  named by the raw content's hash. */
async function gzipHashed(
  from: string,
  dir: string,
  name: string,
  ext: string,
  level = 6,
): Promise<BrowserFile> {
  const hash = createHash('sha256');
  const tmp = join(dir, `${name}.${ext}.gz.tmp`);
  await pipeline(
    createReadStream(from),
    new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    }),
    createGzip({ level }),
    createWriteStream(tmp),
  );
  const file = `${name}.${hash.digest('hex').slice(0, 16)}.${ext}.gz`;
  const gz = readFileSync(tmp);
  rmSync(tmp);
  const parts = Math.max(1, Math.ceil(gz.length / PART_BYTES));
  for (let i = 0; i < parts; i++) {
    writeFileSync(join(dir, `${file}.${i}`), gz.subarray(i * PART_BYTES, (i + 1) * PART_BYTES));
  }
  return { file, parts, bytes: gz.length, raw_bytes: statSync(from).size };
}

/** explore.duckdb from the published portal.duckdb, written at `to` (replaced). */
async function writeExploreDb(portalDb: string, to: string): Promise<void> {
  rmSync(to, { force: true });
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(`ATTACH ${lit(portalDb)} AS published (READ_ONLY)`);
    await conn.run(`ATTACH ${lit(to)} AS explore (STORAGE_VERSION '${STORAGE_VERSION}')`);
    for (const sql of exploreDbStatements('published', 'explore')) await conn.run(sql);
    await conn.run('DETACH explore');
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

const GUARD_COLUMNS: Record<string, string> = {
  consultations_by_channel: 'channel',
  consultations_by_topic: 'topic',
  consultations_by_industry: 'industry',
  consultations_by_employees_band: 'employees_band',
};

const sqlLiteral = (v: CellValue) => (typeof v === 'number' ? String(v) : lit(String(v)));

/** The drilldown's column store (src/lib/explore/columns.ts) from explore.duckdb. */
async function writeExploreStore(exploreDb: string, to: string): Promise<StoreHeader> {
  const instance = await DuckDBInstance.create(exploreDb, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRows();
  try {
    const expr: Record<StoreColumn, string> = {
      ...(Object.fromEntries(STORE_COLUMNS.map((c) => [c, c])) as Record<StoreColumn, string>),
      flags: `(coalesce(counted_resolved, false)::INTEGER * ${FLAG.resolved}
        + coalesce(outcome_confirmed, false)::INTEGER * ${FLAG.outcomes}
        + coalesce(referred, false)::INTEGER * ${FLAG.referrals}
        + coalesce(joint, false)::INTEGER * ${FLAG.joint})`,
    };
    const values = {} as Record<StoreColumn, CellValue[]>;
    for (const c of STORE_COLUMNS) {
      const text = c === 'fiscal_year' || c === 'phase' || c === 'flags' ? '' : '::VARCHAR';
      values[c] = (
        await rows(`SELECT DISTINCT (${expr[c]})${text} FROM microdata ORDER BY 1 NULLS LAST`)
      ).map(([v]) => (typeof v === 'bigint' ? Number(v) : (v as CellValue)));
      if (values[c].length > 256)
        throw new Error(`microdata.${c}: ${values[c].length} values, over 256`);
    }
    // A code is the value's index; NULL's index is where null stands in the list.
    const codeSql = STORE_COLUMNS.map((c) => {
      const text = typeof values[c].find((v) => v !== null) === 'number' ? '' : '::VARCHAR';
      const list = values[c].filter((v) => v !== null).map(sqlLiteral);
      const nullCode = values[c].indexOf(null);
      const position = list.length
        ? `list_position([${list.join(', ')}], (${expr[c]})${text}) - 1`
        : '0';
      return `(CASE WHEN (${expr[c]}) IS NULL THEN ${nullCode} ELSE ${position} END)::UTINYINT`;
    });
    const n = Number((await rows('SELECT count(*) FROM microdata'))[0]![0]);
    const codes = Object.fromEntries(STORE_COLUMNS.map((c) => [c, new Uint8Array(n)])) as Record<
      StoreColumn,
      Uint8Array
    >;
    // explore.duckdb's order (explore-db.ts), kept: runs of equal codes compress well.
    const result = await conn.stream(`SELECT ${codeSql.join(', ')} FROM microdata ORDER BY rowid`);
    let at = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      STORE_COLUMNS.forEach((c, i) => {
        const vector = chunk.getColumnVector(i);
        // The vector's own bytes when the binding exposes them (46 M getItem calls took
        // about 10 s on the national sample); codes are never NULL, so validity is moot.
        const items = (vector as unknown as { items?: unknown }).items;
        if (items instanceof Uint8Array && items.length >= chunk.rowCount) {
          codes[c].set(items.subarray(0, chunk.rowCount), at);
        } else {
          for (let r = 0; r < chunk.rowCount; r++) codes[c][at + r] = Number(vector.getItem(r));
        }
      });
      at += chunk.rowCount;
    }
    const suppressed: StoreHeader['suppressed'] = {};
    for (const [table, column] of Object.entries(GUARD_COLUMNS)) {
      suppressed[table] = (
        await rows(
          `SELECT fiscal_year, pref_code::VARCHAR, "${column}"::VARCHAR FROM ${table} WHERE status <> 'ok'`,
        )
      ).map(([fy, pref, v]) => [Number(fy), String(pref), v === null ? null : String(v)]);
    }
    const disclosure = (
      await rows(`SELECT fiscal_year, pref_code::VARCHAR, consultations, rows_withheld,
        rows_generalised FROM microdata_disclosure`)
    ).map(([fy, pref, c, w, g]) => [
      Number(fy),
      String(pref),
      Number(c),
      Number(w),
      Number(g),
    ]) as StoreHeader['disclosure'];
    const header: StoreHeader = { rows: n, values, suppressed, disclosure };
    writeFileSync(to, encodeStore(header, codes));
    return header;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** Makes the browser files of `dataDir` in `outDir` unless those of the same sources exist. */
export async function makeBrowserData(
  dataDir: string,
  outDir: string,
  wasmPath = WASM_PATH,
): Promise<{ data: BrowserData; reused: boolean }> {
  const portalDb = resolve(dataDir, 'portal.duckdb');
  const sources = {
    portal: fingerprint(portalDb),
    wasm: fingerprint(wasmPath),
    // The code that shapes the files: a change to it makes them again.
    ...Object.fromEntries(MAKER_FILES.map((f) => [f, fingerprint(join(ROOT, f))])),
  };
  const json = join(outDir, BROWSER_DATA_JSON);
  const filesDir = join(outDir, 'files');
  if (existsSync(json)) {
    const old = BrowserDataSchema.safeParse(JSON.parse(readFileSync(json, 'utf8')));
    if (
      old.success &&
      JSON.stringify(old.data.sources) === JSON.stringify(sources) &&
      existsSync(join(outDir, EXPLORE_DB)) &&
      Object.values(old.data.files).every((f) =>
        partNames(f).every((p) => existsSync(join(filesDir, p))),
      )
    ) {
      return { data: old.data, reused: true };
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(filesDir, { recursive: true });
  const exploreDb = join(outDir, EXPLORE_DB);
  await writeExploreDb(portalDb, exploreDb);
  const store = join(outDir, EXPLORE_STORE);
  await writeExploreStore(exploreDb, store);
  const [wasm, explore, portal] = await Promise.all([
    // Level 9 where it pays: the engine, 2.4 s for 0.8% less. On the column store level 9
    // took 25 s for 5% less (6.25 vs 6.57 MB): level 6, so `npm start` does not wait.
    gzipHashed(wasmPath, filesDir, 'duckdb-eh', 'wasm', 9),
    gzipHashed(store, filesDir, 'explore', 'bin'),
    gzipHashed(portalDb, filesDir, 'portal', 'duckdb'),
  ]);
  const data: BrowserData = { sources, files: { wasm, explore, portal } };
  writeFileSync(json, `${JSON.stringify(data, null, 2)}\n`);
  return { data, reused: false };
}

/** Copies the browser files into `<distDir>/_data/`. */
export function copyBrowserData(outDir: string, distDir: string): string[] {
  const dest = resolve(distDir, BROWSER_DATA_SUBDIR);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const files = readdirSync(join(outDir, 'files')).filter((f) => /\.gz\.\d+$/.test(f));
  for (const f of files) copyFileSync(join(outDir, 'files', f), join(dest, f));
  return files;
}

const mib = (n: number) => `${(n / 1048576).toFixed(1)} MiB`;

/** The step before `astro build`. */
export function browserDataStep(dataDir: string): Step {
  return {
    label: `browser data (explore.duckdb, gzip) of ${dataDir} → ${browserDataDir().replace(ROOT, '')}`,
    run: async () => {
      const { data, reused } = await makeBrowserData(resolve(ROOT, dataDir), browserDataDir());
      const list = Object.values(data.files).map(
        (f) => `${f.file} ${mib(f.bytes)} in ${f.parts} parts (${mib(f.raw_bytes)} raw)`,
      );
      console.log(`${reused ? 'reused' : 'made'}: ${list.join(', ')}`);
    },
  };
}

/** The step after `astro build`. */
export function copyBrowserDataStep(): Step {
  return {
    label: `browser data → dist/${BROWSER_DATA_SUBDIR}/`,
    run: async () => {
      const files = copyBrowserData(browserDataDir(), resolve(ROOT, 'dist'));
      console.log(`${files.length} files copied`);
    },
  };
}
