// Build time only (Node): the files the browser's DuckDB reads, made before `astro build` by
// scripts/lib/browser-data.ts. Each is gzip-compressed by the site itself and named by a
// hash of its content, so any static host serves it small and browsers may cache it for
// good (public/_headers: /_data/* immutable). The page inflates it (src/client/gunzip.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const DEFAULT_BROWSER_DATA_DIR = '.cache/browser-data';
/** Where the files go in dist/ (URL /_data/). */
export const BROWSER_DATA_SUBDIR = '_data';

/** `PORTAL_BROWSER_DATA`, else `.cache/browser-data`, from the cwd. */
export function browserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['PORTAL_BROWSER_DATA'] || DEFAULT_BROWSER_DATA_DIR);
}

/** Parts of at most this size (src/client/parts.ts: what a private window's cache keeps). */
export const PART_BYTES = 4 * 1024 * 1024;

const BrowserFileSchema = z.object({
  /** the gzip file's name; it ships as `<file>.0` … `<file>.<parts - 1>` under dist/_data/ */
  file: z.string().regex(/^[\w-]+\.[0-9a-f]{16}\.[\w.]+\.gz$/),
  parts: z.number().int().positive(),
  /** bytes as stored and sent (gzip) */
  bytes: z.number().int().positive(),
  /** bytes once inflated */
  raw_bytes: z.number().int().positive(),
});
export type BrowserFile = z.infer<typeof BrowserFileSchema>;

export const BrowserDataSchema = z.object({
  /** what the files were made from; equal sources mean the files can be reused */
  sources: z.record(
    z.string(),
    z.object({ path: z.string(), size: z.number(), mtime_ms: z.number() }),
  ),
  files: z.object({
    /** DuckDB-WASM's engine (duckdb-eh.wasm) */
    wasm: BrowserFileSchema,
    /** the drilldown's column store (src/lib/explore/columns.ts) */
    explore: BrowserFileSchema,
    /** the published portal.duckdb, for the SQL box */
    portal: BrowserFileSchema,
  }),
});
export type BrowserData = z.infer<typeof BrowserDataSchema>;
export type BrowserFileId = keyof BrowserData['files'];

export const BROWSER_DATA_JSON = 'browser-data.json';
export const EXPLORE_DB = 'explore.duckdb';
export const EXPLORE_STORE = 'explore.bin';

const cache = new Map<string, BrowserData>();

/** browser-data.json of `dir`, validated; a build without it stops with the step to run. */
export function loadBrowserData(dir: string = browserDataDir()): BrowserData {
  const hit = cache.get(dir);
  if (hit) return hit;
  const path = resolve(dir, BROWSER_DATA_JSON);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path}: cannot be read (${(error as Error).message}); ` +
        'run `npm run build`, which makes it before `astro build`.',
      { cause: error },
    );
  }
  const parsed = BrowserDataSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  cache.set(dir, parsed.data);
  return parsed.data;
}

/** The names of a file's parts in dist/_data/. */
export const partNames = (f: BrowserFile): string[] =>
  Array.from({ length: f.parts }, (_, i) => `${f.file}.${i}`);

/** Site-relative URLs of the browser files (`?parts=N`, read by src/client/parts.ts). */
export function browserDataUrls(base: string, data: BrowserData = loadBrowserData()) {
  const url = (id: BrowserFileId) =>
    `${base}${BROWSER_DATA_SUBDIR}/${data.files[id].file}?parts=${data.files[id].parts}`;
  return { wasm: url('wasm'), explore: url('explore'), portal: url('portal') };
}
