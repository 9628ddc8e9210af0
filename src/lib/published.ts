// Build-time access to the published data directory (the pipeline's output). Node-only:
// pages call it in their frontmatter, never in the browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ManifestSchema, type Manifest } from '../schemas/manifest.ts';

export const DEFAULT_DATA_DIR = 'data/published';

/** The published data directory: `PORTAL_DATA`, else `data/published`, from the cwd. */
export function publishedDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['PORTAL_DATA'] || DEFAULT_DATA_DIR);
}

const cache = new Map<string, Manifest>();

/** Reads and validates `manifest.json`; every page of one build shares one parse. */
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

export function loadManifest(dir: string = publishedDir()): Manifest {
  const cached = cache.get(dir);
  if (cached) return cached;
  const path = resolve(dir, 'manifest.json');
  const json = readPublishedJson(
    path,
    `No published data: ${path} does not exist.\n` +
      'Run `npm run pipeline -- --in <export dir> --out data/published` first ' +
      '(or `npm start`, which makes a sample and runs it), or point PORTAL_DATA at a ' +
      'published data directory.',
  );
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${path}: not a valid manifest:\n${z.prettifyError(parsed.error)}`);
  }
  cache.set(dir, parsed.data);
  return parsed.data;
}
