// The contract of the published data: every table the pipeline publishes is declared once
// in this folder as a zod row schema whose columns carry their meaning. The pipeline's
// writers use the descriptor derived from it (PublishedTable: files, order, manifest
// entries, /data/), and the site parses the JSON files with the row schema itself.
import { z } from 'zod';

export interface PublishedColumn {
  name: string;
  meaning: string;
  /**
   * DuckDB type the column must have in schema `pub` (`INTEGER`, `VARCHAR[]`, …), checked
   * before anything is written; derived from the zod type
   */
  type?: string;
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
  /** title in English, for the open-data catalogue (datapackage.json, DCAT) */
  titleEn?: string;
  /** description in English, for the open-data catalogue */
  descriptionEn?: string;
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

interface ColumnMeta {
  meaning: string;
  /** PublishedColumn.codes are the zod enum's values */
  codes: boolean;
}

const columnMeta = z.registry<ColumnMeta>();

/**
 * A published column: its zod type (the JSON value; nullable where the cell can be empty)
 * and its meaning. With `codes`, the type is an enum (or a list or nullable of one) and the
 * descriptor lists its values (an ENUM in portal.duckdb).
 */
export function column<T extends z.ZodType>(type: T, meaning: string, codes = false): T {
  const own = type.clone() as T;
  columnMeta.add(own, { meaning, codes });
  return own;
}

/**
 * Free text a person may leave empty (format README: display_name, bio, description): NULL
 * in the files, read as '' so a page shows nothing rather than a missing value.
 */
export const optionalText = () =>
  z
    .string()
    .nullable()
    .transform((s) => s ?? '');

/** Nullable, list and transform wrappers around a column's scalar type, outermost first. */
function unwrap(type: z.ZodType): { scalar: z.ZodType; list: boolean } {
  const def = type._zod.def as {
    type: string;
    innerType?: z.ZodType;
    element?: z.ZodType;
    in?: z.ZodType;
  };
  if (def.type === 'pipe') return unwrap(def.in!);
  if (def.type === 'nullable') return unwrap(def.innerType!);
  if (def.type === 'array') return { scalar: unwrap(def.element!).scalar, list: true };
  return { scalar: type, list: false };
}

/** The DuckDB type a column of this zod type has in schema `pub`. */
export function duckdbType(type: z.ZodType): string {
  const { scalar, list } = unwrap(type);
  const def = scalar._zod.def as { type: string; format?: string };
  const base =
    def.type === 'number'
      ? def.format === 'safeint'
        ? 'INTEGER'
        : 'DOUBLE'
      : def.type === 'boolean'
        ? 'BOOLEAN'
        : def.type === 'string' && def.format === 'date'
          ? 'DATE'
          : def.type === 'string' || def.type === 'enum'
            ? 'VARCHAR'
            : undefined;
  if (!base) throw new Error(`published column: no DuckDB type for zod type '${def.type}'`);
  return list ? `${base}[]` : base;
}

function describeColumn(name: string, type: z.ZodType): PublishedColumn {
  const meta = columnMeta.get(type);
  if (!meta) throw new Error(`published column '${name}': declared without column()`);
  const { scalar } = unwrap(type);
  if (meta.codes && !(scalar instanceof z.ZodEnum)) {
    throw new Error(`published column '${name}': codes need an enum type`);
  }
  return {
    name,
    meaning: meta.meaning,
    type: duckdbType(type),
    ...(meta.codes ? { codes: (scalar as z.ZodEnum).options as string[] } : {}),
  };
}

/** A published table's declaration: the row schema and what PublishedTable adds to it. */
type PublishedTableSpec<S extends z.ZodRawShape> = Omit<
  PublishedTable,
  'columns' | 'sortBy' | 'parquetFile'
> & {
  row: z.ZodObject<S>;
  sortBy: (keyof S & string)[];
};

/** A table of the contract: its row schema, and its descriptor with columns from the row's keys. */
export interface ContractTable<S extends z.ZodRawShape> extends PublishedTable {
  row: z.ZodObject<S>;
}

export function publishedTable<S extends z.ZodRawShape>(
  spec: PublishedTableSpec<S>,
): ContractTable<S> {
  const { row, ...rest } = spec;
  const columns = Object.entries(row.shape).map(([name, type]) =>
    describeColumn(name, type as z.ZodType),
  );
  return { ...rest, columns, row };
}

/** A row schema's column names, in published order, typed as its keys. */
export const columnNames = <S extends z.ZodRawShape>(row: z.ZodObject<S>) =>
  Object.keys(row.shape) as (keyof S & string)[];
