// Build-time access to the published data directory (the pipeline's output), read only
// through the contract (src/schemas/published/, src/schemas/manifest.ts): every file is
// parsed, never cast, and a file that does not match stops the build with its path and
// the first wrong field. Node-only: pages call it in their frontmatter, never in the browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { SiteManifestSchema, type SiteManifest } from '../schemas/manifest.ts';
import { JSON_TABLES, type JsonRow, type JsonTableName } from '../schemas/published/index.ts';
import { formatProblem } from './validation.ts';

export const DEFAULT_DATA_DIR = 'data/published';

/** The published data directory: `PORTAL_DATA`, else `data/published`, from the cwd. */
export function publishedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['PORTAL_DATA'] || DEFAULT_DATA_DIR);
}

/** Reads a JSON file of the published directory; `missing` is the error when it is absent. */
export function readPublishedJson(path: string, missing: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(missing, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * `path: row N: column: reason` for the first issue of a failed parse of a JSON array of
 * rows (N counts from 1), or `path: column: reason` for a whole-file issue: the format of
 * the pipeline's input problems (validation.ts).
 */
function firstProblem(path: string, error: z.ZodError): string {
  const issue = error.issues[0]!;
  const [first, ...rest] = issue.path;
  const column = (parts: PropertyKey[]) => (parts.length ? parts.map(String).join('.') : '(row)');
  const where =
    typeof first === 'number' ? `row ${first + 1}: ${column(rest)}` : column(issue.path);
  return formatProblem({ file: path, column: where, reason: issue.message });
}

/** Parses `json` with `schema`, or throws the first problem. */
function parsePublished<T extends z.ZodType>(path: string, json: unknown, schema: T): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(firstProblem(path, parsed.error));
  return parsed.data;
}

const manifests = new Map<string, SiteManifest>();

/** Reads and parses `manifest.json`; every page of one build shares one parse. */
export function loadManifest(dir: string = publishedDir()): SiteManifest {
  const cached = manifests.get(dir);
  if (cached) return cached;
  const path = resolve(dir, 'manifest.json');
  const json = readPublishedJson(
    path,
    `No published data: ${path} does not exist.\n` +
      'Run `npm run pipeline -- --in <export dir> --out data/published` first ' +
      '(or `npm start`, which makes a sample and runs it), or point PORTAL_DATA at a ' +
      'published data directory.',
  );
  const manifest = parsePublished(path, json, SiteManifestSchema);
  manifests.set(dir, manifest);
  return manifest;
}

const rowArrays = new Map<JsonTableName, z.ZodType>();
const tables = new Map<string, unknown>();

/**
 * The rows of `json/<name>.json`, parsed with the table's row schema (a column the contract
 * does not declare is an error too); each file is read once per build and directory.
 */
export function loadPublishedTable<N extends JsonTableName>(
  name: N,
  dir: string = publishedDir(),
): JsonRow<N>[] {
  const path = resolve(dir, 'json', `${name}.json`);
  const cached = tables.get(path);
  if (cached) return cached as JsonRow<N>[];
  const json = readPublishedJson(
    path,
    `No published table: ${path} does not exist.\n` +
      'Run `npm run pipeline -- --in <export dir> --out data/published` first, or point ' +
      'PORTAL_DATA at a published data directory.',
  );
  let schema = rowArrays.get(name);
  if (!schema) {
    schema = z.array(JSON_TABLES[name].row.strict());
    rowArrays.set(name, schema);
  }
  const rows = parsePublished(path, json, schema) as JsonRow<N>[];
  tables.set(path, rows);
  return rows;
}
