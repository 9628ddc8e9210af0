// `manifest.json` exactly as `npm run pipeline` writes it (scripts/pipeline/run.ts builds
// it as these types). Every object is strict: a key the schema does not name is an error,
// so the schema and the writer cannot drift apart unnoticed (tests/unit/schemas/manifest).
import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits');
const count = z.int().nonnegative();

/** One input file the pipeline read (its normalised table is not published: --ingested). */
export const ManifestFileSchema = z.strictObject({
  file: z.string().min(1),
  source: z.string().min(1),
  encoding: z.string().min(1),
  sha256,
  // Absent for cases/*.md and initiatives/*.md, entries that stand for several Markdown files.
  bytes: count.optional(),
  /** How many files the entry stands for (Markdown folders only). */
  files: count.optional(),
  rows_read: count,
  rows_accepted: count,
  rows_rejected: count,
  // Absent for the Markdown folders.
  blank_lines: count.optional(),
  /** accepted rows equal to a row of an earlier input directory, counted once */
  rows_merged: count.optional(),
});

/** One Parquet table the pipeline wrote. */
export const ManifestTableSchema = z.strictObject({
  table: z.string().min(1),
  file: z.string().min(1),
  rows: count,
});

/** A column of a published table: its DuckDB type and its meaning (Japanese). */
export const PublishedColumnSchema = z.strictObject({
  name: z.string().min(1),
  /** DuckDB type of the table's column, e.g. `INTEGER`, `VARCHAR[]` (CSV joins lists with `;`) */
  type: z.string().min(1),
  meaning: z.string(),
});

/**
 * One file of a published table (scripts/pipeline/publish/). `portal.duckdb` holds several
 * tables and has one entry per table, all with the same file, bytes and sha256.
 */
export const PublishedFileSchema = z.strictObject({
  /** path relative to the published directory, `/`-separated (`json/x.json`) */
  file: z.string().min(1),
  bytes: count,
  sha256,
  rows: count,
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
    .strictObject({ type: z.literal('zip'), file: z.string().min(1), bytes: count, sha256 })
    .optional(),
});

/** What disclosure control did to one aggregate table (scripts/pipeline/disclosure/). */
export const AggregateSummarySchema = z.strictObject({
  /** rows of the table, totals included */
  cells: count,
  /** cells (totals included) with fewer than 3 distinct businesses */
  suppressed_primary: count,
  /** cells suppressed so that no suppressed cell can be recovered from the others */
  suppressed_complementary: count,
  /**
   * suppressed cells the indicators reveal anyway, since they publish every centre's total
   * unsuppressed: a centre-year (or nation-year) total of fewer than 3 businesses, and the
   * cells that follow from it (a centre with one category). 0 in any real export.
   */
  exposed_by_totals: count,
});

export const DisclosureSummarySchema = z.strictObject({
  microdata: z.strictObject({
    rows_in: count,
    rows_published: count,
    /** rows with industry, employees_band or legal_form shown as '*' */
    rows_generalised: count,
    /** rows with a value generalised because it falls in a suppressed aggregate cell */
    rows_generalised_cells: count,
    rows_withheld: count,
  }),
  /** per aggregate table name */
  aggregates: z.record(z.string(), AggregateSummarySchema),
  coordinators: z.strictObject({ published: count, withheld_no_consent: count }),
});

/** What every manifest the pipeline writes begins with: the run and its inputs. */
export const ManifestInputsSchema = z.strictObject({
  format_version: z.literal('1'),
  code_version: z.string().min(1),
  generated_at: z.iso.datetime(),
  inputs: z.array(z.string()),
  // True when the data came from the synthetic sample: every page then says so.
  synthetic: z.boolean(),
  /** the month of the latest consultation; null when no consultation was accepted */
  data_vintage: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM')
    .nullable(),
  files: z.array(ManifestFileSchema),
  /** entries of the input directories that are not part of the format */
  ignored: z.array(z.string()),
});

/** `manifest.json` of the normalised tables (`--ingested`; identifying, never published). */
export const IngestedManifestSchema = ManifestInputsSchema.extend({
  tables: z.array(ManifestTableSchema),
});

/** `manifest.json` of a published data directory. */
export const ManifestSchema = ManifestInputsSchema.extend({
  disclosure: DisclosureSummarySchema,
  tables: z.array(ManifestTableSchema),
  /** Public data files (Parquet, CSV, browser DuckDB, JSON), with what they hold. */
  published: z.array(PublishedFileSchema),
});

export type ManifestInputs = z.infer<typeof ManifestInputsSchema>;
export type PublishedFile = z.infer<typeof PublishedFileSchema>;
export type DisclosureSummary = z.infer<typeof DisclosureSummarySchema>;
export type IngestedManifest = z.infer<typeof IngestedManifestSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * The manifest of a directory the site can be built from: one with at least one
 * consultation, so a data vintage to show on every page.
 */
export const SiteManifestSchema = ManifestSchema.extend({
  data_vintage: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM'),
});
export type SiteManifest = z.infer<typeof SiteManifestSchema>;
