// Before `astro build`: the files the browser's DuckDB reads (src/lib/browser-data.ts).
// explore.duckdb is derived from the published portal.duckdb (src/lib/explore/explore-db.ts);
// it, portal.duckdb and DuckDB-WASM's engine are gzip-compressed here, so that no file over
// the 25 MiB limit of common static hosts is shipped (the engine is 33 MiB raw) and the
// bytes on the wire do not depend on the host compressing large files. After the build
// they are copied to dist/_data/.
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
  PART_BYTES,
  browserDataDir,
  partNames,
  type BrowserData,
  type BrowserFile,
} from '../../src/lib/browser-data.ts';
import { exploreDbStatements } from '../../src/lib/explore/explore-db.ts';
import { ROOT, type Step } from './steps.ts';

export const WASM_PATH = join(ROOT, 'node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
/** DuckDB-WASM 1.32 reads storage up to v1.4 (README, /explore/). */
const STORAGE_VERSION = 'v1.4.0';

const fingerprint = (path: string) => {
  const s = statSync(path);
  return { path, size: s.size, mtime_ms: s.mtimeMs };
};

/** Writes `<name>.<hash>.<ext>.gz` into `dir` as parts of at most PART_BYTES (`.0`, `.1`, …):
 *  gzip level 9, named by the raw content's hash. */
export async function gzipHashed(
  from: string,
  dir: string,
  name: string,
  ext: string,
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
    createGzip({ level: 9 }),
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
export async function writeExploreDb(portalDb: string, to: string): Promise<void> {
  rmSync(to, { force: true });
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(`ATTACH '${portalDb.replace(/'/g, "''")}' AS published (READ_ONLY)`);
    await conn.run(
      `ATTACH '${to.replace(/'/g, "''")}' AS explore (STORAGE_VERSION '${STORAGE_VERSION}')`,
    );
    for (const sql of exploreDbStatements('published', 'explore')) await conn.run(sql);
    await conn.run('DETACH explore');
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
  const sources = { portal: fingerprint(portalDb), wasm: fingerprint(wasmPath) };
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
  const [wasm, explore, portal] = await Promise.all([
    gzipHashed(wasmPath, filesDir, 'duckdb-eh', 'wasm'),
    gzipHashed(exploreDb, filesDir, 'explore', 'duckdb'),
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
