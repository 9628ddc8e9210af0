// What every writer needs to know about a published table: its columns in the described
// order with their DuckDB types, the ORDER BY that fixes its row order, and its row count.
// The description (PublishedTable, from the contract in src/schemas/published/) and the
// table in schema `pub` must agree exactly, names, order and types: a column nobody
// described is never published (disclosure.md: "any column not listed").
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { lit, q } from '../ingest/stage-db.ts';

export interface LayoutColumn {
  name: string;
  /** DuckDB type as `duckdb_columns()` spells it: `INTEGER`, `VARCHAR[]`, `DECIMAL(5,1)` */
  type: string;
  meaning: string;
  /** PublishedColumn.codes */
  codes?: readonly string[];
}

export interface TableLayout {
  table: PublishedTable;
  /** `pub."name"` */
  source: string;
  columns: LayoutColumn[];
  /** the quoted column list in the described order */
  selectList: string;
  /** where the writers read the rows in published order: SORTED, or source if presorted */
  sorted: string;
  /**
   * sortBy, then every other column as a tie-breaker, so equal sort keys cannot come out
   * in a different order on another run (same input, same bytes)
   */
  orderBy: string;
  rows: number;
}

export { lit, q };

/** Table names become file names: keep them plain. */
const NAME = /^[a-z][a-z0-9_]*$/;

export async function describeTable(
  conn: DuckDBConnection,
  table: PublishedTable,
): Promise<TableLayout> {
  if (!NAME.test(table.name)) {
    throw new Error(`published table '${table.name}': name must match ${NAME}`);
  }
  const actual = (
    await conn.runAndReadAll(
      `SELECT column_name, data_type FROM duckdb_columns()
       WHERE database_name = current_database() AND schema_name = 'pub' AND table_name = $1
       ORDER BY column_index`,
      [table.name],
    )
  ).getRowObjectsJS() as { column_name: string; data_type: string }[];
  if (actual.length === 0) {
    throw new Error(`published table '${table.name}': there is no table pub.${table.name}`);
  }
  const types = new Map(actual.map((c) => [c.column_name, c.data_type]));
  const described = new Set(table.columns.map((c) => c.name));
  const undescribed = actual.map((c) => c.column_name).filter((n) => !described.has(n));
  const missing = table.columns.map((c) => c.name).filter((n) => !types.has(n));
  const problems = [
    ...(undescribed.length ? [`columns not described: ${undescribed.join(', ')}`] : []),
    ...(missing.length ? [`described columns missing from the table: ${missing.join(', ')}`] : []),
    ...(described.size !== table.columns.length ? ['a column is described twice'] : []),
    ...table.sortBy.filter((n) => !types.has(n)).map((n) => `sortBy column '${n}' is not a column`),
    ...(table.parquetFile && !table.presorted ? ['parquetFile without presorted'] : []),
    ...(table.parquetFile &&
    actual.map((c) => c.column_name).join() !== table.columns.map((c) => c.name).join()
      ? ['its Parquet file does not have the described columns in order']
      : []),
    // The contract's zod type implies the DuckDB type (src/schemas/published/table.ts).
    ...table.columns
      .filter((c) => c.type && types.has(c.name) && types.get(c.name) !== c.type)
      .map((c) => `column '${c.name}' is ${types.get(c.name)}, the contract says ${c.type}`),
    ...table.columns
      .filter((c) => c.codes && !/^VARCHAR(\[\])?$/.test(types.get(c.name) ?? ''))
      .map((c) => `column '${c.name}' has codes but is not VARCHAR or VARCHAR[]`),
    // portal.duckdb's ENUM cast is what checks them, before the CSV relies on them.
    ...(table.columns.some((c) => c.codes) && !table.inBrowserDb
      ? ['codes need inBrowserDb (the ENUM cast checks them)']
      : []),
    ...(table.csvPerFiscalYear && table.sortBy[0] !== 'fiscal_year'
      ? ['csvPerFiscalYear needs fiscal_year first in sortBy']
      : []),
  ];
  if (problems.length) {
    throw new Error(`published table '${table.name}': ${problems.join('; ')}`);
  }
  const columns = table.columns.map((c) => ({
    name: c.name,
    type: types.get(c.name)!,
    meaning: c.meaning,
    ...(c.codes ? { codes: c.codes } : {}),
  }));
  const source = `pub.${q(table.name)}`;
  const n = await conn.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM ${source}`);
  return {
    table,
    source,
    columns,
    selectList: columns.map((c) => q(c.name)).join(', '),
    sorted: table.presorted ? source : SORTED,
    orderBy: publishedOrder(table),
    rows: Number(n.getRowObjectsJS()[0]!.n),
  };
}

/**
 * The ORDER BY of a table's files: sortBy, then every other described column as a
 * tie-breaker. A stage that creates a `presorted` table orders it by this.
 */
export function publishedOrder(table: PublishedTable): string {
  const sortBy = [...new Set(table.sortBy)];
  const names = table.columns.map((c) => c.name);
  const order = [...sortBy, ...names.filter((n) => !sortBy.includes(n))];
  return order.map((n) => `${q(n)} ASC NULLS LAST`).join(', ');
}

/** Where sortTable puts a table's rows in their published order. */
const SORTED = 'temp.main.publish_sorted';

/**
 * Sorts the table once into a temporary table (DuckDB keeps it compressed and spills it
 * under memory pressure); every writer then reads it in order without sorting again.
 * Call inside withInsertionOrder; dropSorted when its files are written.
 */
export async function sortTable(conn: DuckDBConnection, t: TableLayout): Promise<void> {
  if (t.sorted !== SORTED) return; // presorted by its stage
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE publish_sorted AS
     SELECT ${t.selectList} FROM ${t.source} ORDER BY ${t.orderBy}`,
  );
}

export async function dropSorted(conn: DuckDBConnection): Promise<void> {
  await conn.run(`DROP TABLE IF EXISTS ${SORTED}`);
}

/** The sorted rows, in order (with insertion order preserved), as `selectList`. */
export function sortedSelect(t: TableLayout, selectList = t.selectList): string {
  return `SELECT ${selectList} FROM ${t.sorted}`;
}

/**
 * Runs `body` with `preserve_insertion_order = true` (the sorted table then keeps the ORDER
 * BY, and COPY and CREATE TABLE AS read it in that order), and restores the connection's
 * setting afterwards (the pipeline's loader turns it off to save memory).
 */
export async function withInsertionOrder<T>(
  conn: DuckDBConnection,
  body: () => Promise<T>,
): Promise<T> {
  const before = (
    await conn.runAndReadAll(`SELECT current_setting('preserve_insertion_order') AS v`)
  ).getRowObjectsJS()[0]!.v;
  await conn.run('SET preserve_insertion_order = true');
  try {
    return await body();
  } finally {
    await conn.run(`SET preserve_insertion_order = ${before === true ? 'true' : 'false'}`);
  }
}
