import { z } from 'zod';

/** One input file the pipeline read, and the Parquet file it wrote for it. */
export const ManifestFileSchema = z.object({
  file: z.string().min(1),
  source: z.string().min(1),
  encoding: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  rows_read: z.int().nonnegative(),
  rows_accepted: z.int().nonnegative(),
  rows_rejected: z.int().nonnegative(),
  output: z.string().min(1),
});

/** `manifest.json` of a published data directory, written by `npm run pipeline`. */
export const ManifestSchema = z.object({
  format_version: z.literal('1'),
  generated_at: z.iso.datetime(),
  code_version: z.string().min(1),
  inputs: z.array(z.string()),
  files: z.array(ManifestFileSchema),
  data_vintage: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
  // True when the data came from the synthetic sample: every page then says so.
  synthetic: z.boolean(),
});

export type ManifestFile = z.infer<typeof ManifestFileSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
