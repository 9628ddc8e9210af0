// datapackage.json beside manifest.json, written by the pipeline from the manifest it has
// just written: the sizes and hashes are of the files in this directory, which the site
// build copies byte for byte to dist/data/files/ (scripts/lib/copy-published.ts), so they
// are those of the files served. Its paths are relative, so the same file describes the
// directory wherever it is (a release archive, the site).
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildDataPackage,
  DATA_PACKAGE_FILE,
  type DataPackage,
} from '../../../src/lib/catalogue/datapackage.ts';
import type { Manifest } from '../../../src/schemas/manifest.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';

/** The first line of a CSV without its byte order mark (the header is short; 64 KiB is ample). */
export function csvHeader(path: string): string[] {
  const buf = Buffer.alloc(1 << 16);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const line = buf
    .subarray(0, n)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!;
  return line.split(',');
}

/**
 * Writes `<dir>/datapackage.json` and returns it. Refuses a plain CSV whose header is not
 * its resource's field names in order (the archives' CSVs come from the same writer).
 */
export function writeDataPackage(
  dir: string,
  manifest: Manifest,
  tables: readonly PublishedTable[],
): DataPackage {
  const pkg = buildDataPackage(manifest, tables);
  for (const r of pkg.resources) {
    if (r.format !== 'csv' || r.compression) continue;
    const header = csvHeader(join(dir, r.path)).join();
    const fields = r.schema.fields.map((f) => f.name).join();
    if (header !== fields) throw new Error(`${r.path}: header ${header} is not ${fields}`);
  }
  writeFileSync(join(dir, DATA_PACKAGE_FILE), JSON.stringify(pkg, null, 2) + '\n');
  return pkg;
}
