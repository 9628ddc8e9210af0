// Manifest entries for written files: size, SHA-256 (streamed) and what the file holds.
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedFile } from '../../../src/schemas/manifest.ts';
import type { TableLayout } from './layout.ts';

export type ManifestFileEntry = PublishedFile;
export type PublishedFormat = ManifestFileEntry['format'];

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

/**
 * `file` is relative to outDir with `/` separators. `rows` is the table's unless the file
 * holds a part of it (one fiscal year's CSV). With `archive`, bytes and sha256 are the
 * archive's, and the member is described by `archive`.
 */
export async function fileEntry(
  outDir: string,
  file: string,
  format: PublishedFormat,
  t: TableLayout,
  opts: {
    digest?: { bytes: number; sha256: string };
    rows?: number;
    /** the file is an archive of one CSV: settles once the archive is written */
    archive?: Promise<NonNullable<ManifestFileEntry['archive']>>;
  } = {},
): Promise<ManifestFileEntry> {
  const path = join(outDir, ...file.split('/'));
  const { digest } = opts;
  const archive = await opts.archive;
  return {
    file,
    bytes: digest?.bytes ?? statSync(path).size,
    sha256: digest?.sha256 ?? (await sha256File(path)),
    rows: opts.rows ?? t.rows,
    format,
    table: t.table.name,
    title: t.table.title,
    description: t.table.description,
    columns: t.columns.map((c) => ({ name: c.name, type: c.type, meaning: c.meaning })),
    ...(archive ? { archive } : {}),
  };
}
