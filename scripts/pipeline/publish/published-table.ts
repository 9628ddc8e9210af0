// The interface between the pipeline's stages and its writers: every stage that produces
// public data creates tables in the DuckDB schema `pub` and describes each one here. The
// writers turn each into Parquet, CSV, browser-database tables and manifest entries, and
// /data/ lists them, so a table's meaning is written once, where it is made.

export interface PublishedColumn {
  name: string;
  meaning: string;
  /**
   * the only values the column can hold (NULL aside; in a list column, its elements), when
   * it holds codes: portal.duckdb stores it as an ENUM of them (a value outside them stops
   * the run), and the CSV writer knows none of its cells can start a formula
   */
  codes?: readonly string[];
}

export interface PublishedTable {
  /** table name in schema `pub`, and the base name of its files (`<name>.parquet`, `.csv`) */
  name: string;
  /** Japanese title for the data page */
  title: string;
  /** one or two sentences: what a row is, which rules were applied */
  description: string;
  /** columns the files are sorted by (fiscal_year, pref_code first where present) */
  sortBy: string[];
  /** every column, in order, with its meaning (Japanese; units in the text) */
  columns: PublishedColumn[];
  /** also copied into the browser's DuckDB file (microdata and aggregates for drilldowns) */
  inBrowserDb: boolean;
  /**
   * also written as `json/<name>.json` (an array of row objects) for Astro pages to import
   * at build time; only for small tables (the writer refuses more than 100,000 rows)
   */
  json?: boolean;
  /**
   * the stage created the table already in its published order (`ORDER BY
   * publishedOrder(table)`, insertion order preserved), so the writers read it as it is
   * instead of sorting a copy (the national microdata: one pass of 4.7 M rows fewer)
   */
  presorted?: boolean;
  /**
   * the stage wrote the table's Parquet file itself (published order, PARQUET_OPTIONS, the
   * described columns in order) and `pub.<name>` is a view of it: the writer copies the
   * file instead of encoding the rows again. Only with `presorted`.
   */
  parquetFile?: string;
  /**
   * the CSV is one file per fiscal year, `<name>_fy<YYYY>.csv`, instead of `<name>.csv`: a
   * CSV is for spreadsheets, and Excel opens at most 1,048,576 rows per sheet, fewer than
   * a year of national microdata would be in one file (4.7 M rows in the sample). Each is
   * published as a ZIP archive of that one CSV, `<name>_fy<YYYY>.csv.zip`: a national
   * year's CSV (up to 57 MB) is over the 25 MiB per-file limit of static hosts. Needs
   * `fiscal_year` first in sortBy, so each file is one slice of the published order.
   */
  csvPerFiscalYear?: boolean;
}
