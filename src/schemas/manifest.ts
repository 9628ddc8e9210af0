import { z } from 'zod';

/** One input file the pipeline read, and the Parquet file it wrote for it. */
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
  output: z.string().min(1),
});

/** One Parquet table the pipeline published. */
export const ManifestTableSchema = z.object({
  table: z.string().min(1),
  file: z.string().min(1),
  rows: z.int().nonnegative(),
});

/** `manifest.json` of a published data directory, written by `npm run pipeline`. */
export const ManifestSchema = z.object({
  format_version: z.literal('1'),
  generated_at: z.iso.datetime(),
  code_version: z.string().min(1),
  inputs: z.array(z.string()),
  files: z.array(ManifestFileSchema),
  tables: z.array(ManifestTableSchema).optional(),
  data_vintage: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
  // True when the data came from the synthetic sample: every page then says so.
  synthetic: z.boolean(),
});

export type ManifestFile = z.infer<typeof ManifestFileSchema>;
export type ManifestTable = z.infer<typeof ManifestTableSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
