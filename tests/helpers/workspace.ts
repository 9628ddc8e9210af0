// Helpers for tests that run the workspace's browser path (read an export from Blobs,
// compute indicators) on DuckDB-WASM in Node and compare it with the pipeline.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { computeIndicatorRows } from '../../src/lib/indicator-compute/index.ts';
import { indicatorsCsvLine } from '../../src/lib/indicator-compute/contract-csv.ts';
import { formatProblem } from '../../src/lib/validation.ts';
import { readExport, type ExportFile } from '../../src/lib/workspace/read-export.ts';
import type { WorkspaceDb } from '../../src/lib/workspace/wasm-sql.ts';
import { writeCentreExport } from '../../scripts/lib/centre-export.ts';

/** Every file at the top of an export directory, as a page gets them from a file input. */
export function exportFiles(
  dir: string,
  transform = (_name: string, b: Uint8Array) => b,
): ExportFile[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => ({
      name,
      data: new Blob([transform(name, new Uint8Array(readFileSync(join(dir, name)))) as BlobPart]),
    }));
}

/**
 * Centre `pref`'s own export cut from `sample` into `into`, read and computed by the
 * workspace as that centre's staff would: its problems, and its indicators.csv lines
 * without the header.
 */
export async function centreInBrowser(
  db: WorkspaceDb,
  sample: string,
  into: string,
  pref: string,
): Promise<{ problems: string[]; lines: string[] }> {
  await writeCentreExport(sample, into, pref);
  const read = await readExport(exportFiles(into), db, { fastFrom: 0 });
  if (read.problems.length) return { problems: read.problems.map(formatProblem), lines: [] };
  const { indicators } = await computeIndicatorRows(db, [pref]);
  return { problems: [], lines: indicators.map(indicatorsCsvLine) };
}

/** The pipeline's published indicators.csv lines for centre `pref`. */
export function publishedLinesOf(published: string, pref: string): string[] {
  return readFileSync(join(published, 'indicators.csv'), 'utf8')
    .trimEnd()
    .split('\n')
    .filter((l) => l.split(',')[1] === pref);
}
