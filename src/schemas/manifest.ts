import { z } from 'zod';

/** One input file the pipeline read (its normalised table is not published: --ingested). */
export const ManifestFileSchema = z.object({
  file: z.string().min(1),
  source: z.string().min(1),
  // Absent for cases/*.md, an entry that stands for several Markdown files.
  encoding: z.string().min(1).optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  bytes: z.int().nonnegative().optional(),
  /** How many files the entry stands for (cases/*.md). */
  files: z.int().nonnegative().optional(),
  rows_read: z.int().nonnegative(),
  rows_accepted: z.int().nonnegative(),
  rows_rejected: z.int().nonnegative(),
  blank_lines: z.int().nonnegative().optional(),
  /** accepted rows equal to a row of an earlier input directory, counted once */
  rows_merged: z.int().nonnegative().optional(),
  output: z.string().min(1).optional(),
});

/** One Parquet table the pipeline published. */
export const ManifestTableSchema = z.object({
  table: z.string().min(1),
  file: z.string().min(1),
  rows: z.int().nonnegative(),
});

/** A column of a published table: its DuckDB type and its meaning (Japanese). */
export const PublishedColumnSchema = z.object({
  name: z.string().min(1),
  /** DuckDB type of the table's column, e.g. `INTEGER`, `VARCHAR[]` (CSV joins lists with `;`) */
  type: z.string().min(1),
  meaning: z.string(),
});

/**
 * One file of a published table (scripts/pipeline/publish/). `portal.duckdb` holds several
 * tables and has one entry per table, all with the same file, bytes and sha256.
 */
export const PublishedFileSchema = z.object({
  /** path relative to the published directory, `/`-separated (`json/x.json`) */
  file: z.string().min(1),
  bytes: z.int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  rows: z.int().nonnegative(),
  format: z.enum(['parquet', 'csv', 'duckdb', 'json']),
  table: z.string().min(1),
  title: z.string().min(1),
  description: z.string(),
  columns: z.array(PublishedColumnSchema),
  /**
   * Set when the file is a ZIP archive holding one file of `format` (the per-fiscal-year
   * microdata CSV, `microdata_fy2025.csv.zip`): that file's name, size and SHA-256, so it
   * can be checked after unpacking. `bytes` and `sha256` above are the archive's.
   */
  archive: z
    .object({
      type: z.literal('zip'),
      file: z.string().min(1),
      bytes: z.int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
    })
    .optional(),
});

/** `manifest.json` of a published data directory, written by `npm run pipeline`. */
export const ManifestSchema = z.object({
  format_version: z.literal('1'),
  generated_at: z.iso.datetime(),
  code_version: z.string().min(1),
  inputs: z.array(z.string()),
  files: z.array(ManifestFileSchema),
  tables: z.array(ManifestTableSchema).optional(),
  /** Public data files (Parquet, CSV, browser DuckDB, JSON), with what they hold. */
  published: z.array(PublishedFileSchema).optional(),
  data_vintage: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
  // True when the data came from the synthetic sample: every page then says so.
  synthetic: z.boolean(),
});

export type ManifestFile = z.infer<typeof ManifestFileSchema>;
export type ManifestTable = z.infer<typeof ManifestTableSchema>;
export type PublishedColumn = z.infer<typeof PublishedColumnSchema>;
export type PublishedFile = z.infer<typeof PublishedFileSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
