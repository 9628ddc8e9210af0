// After `astro build`: the published files become downloads of the /data/ page. Only the
// files the manifest lists (and manifest.json and datapackage.json, which describe them)
// are copied, never linked, into dist/data/files/, keeping their relative paths (json/x.json).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { DATA_PACKAGE_FILE } from '../../src/lib/catalogue/datapackage.ts';
import { loadManifest } from '../../src/lib/published.ts';
import { ROOT, type Step } from './steps.ts';

/** Where the downloads go inside the built site (URL /data/files/). */
const FILES_SUBDIR = 'data/files';

/** Copies the manifest's published files from `dataDir` to `<distDir>/data/files/`; returns their paths. */
function copyPublishedFiles(dataDir: string, distDir: string): string[] {
  const src = resolve(dataDir);
  const dest = resolve(distDir, FILES_SUBDIR);
  const manifest = loadManifest(src);
  const files = [
    ...new Set([
      'manifest.json',
      DATA_PACKAGE_FILE,
      ...(manifest.published ?? []).map((p) => p.file),
    ]),
  ];
  rmSync(dest, { recursive: true, force: true });
  for (const file of files) {
    const from = resolve(src, file);
    const rel = relative(src, from);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
      throw new Error(`manifest.json: published file ${JSON.stringify(file)} is outside ${src}`);
    }
    const to = resolve(dest, rel);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
  return files;
}

/** The build step after `astro build`: `dataDir`'s published files → dist/data/files/. */
export function copyStep(dataDir: string): Step {
  return {
    label: `published files of ${dataDir} → dist/${FILES_SUBDIR}/`,
    run: async () => {
      const files = copyPublishedFiles(resolve(ROOT, dataDir), resolve(ROOT, 'dist'));
      console.log(`${files.length} files copied`);
    },
  };
}
