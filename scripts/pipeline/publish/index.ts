// The writers: every table a stage created in schema `pub` and described by a
// PublishedTable becomes
//   <name>.parquet       ZSTD, for analysts (parquet.ts; copied if its stage wrote it)
//   <name>.csv           UTF-8 with BOM, formula-safe, for spreadsheets (csv.ts); with
//                        csvPerFiscalYear, <name>_fy<YYYY>.csv.zip per fiscal year
//                        instead, a ZIP archive of <name>_fy<YYYY>.csv (zip.ts)
//   json/<name>.json     when `json: true`, for Astro pages (json.ts)
//   portal.duckdb        every `inBrowserDb: true` table, for DuckDB-WASM (browser-db.ts)
// and a manifest entry per file (per table for portal.duckdb), for manifest.json's
// `published`. Every file has the described columns in the described order and the rows
// sorted by sortBy, then by the remaining columns (layout.ts); each table is sorted once.
import type { DuckDBConnection } from '@duckdb/node-api';
import { copyFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { BROWSER_DB_FILE, openBrowserDb, type BrowserDb } from './browser-db.ts';
import { writeCsv } from './csv.ts';
import { writeJson } from './json.ts';
import {
  describeTable,
  dropSorted,
  sortTable,
  withInsertionOrder,
  type TableLayout,
} from './layout.ts';
import { fileEntry, sha256File, type ManifestFileEntry, type PublishedFormat } from './manifest.ts';
import { writeParquet } from './parquet.ts';
import { ZIP_LEVEL, zipFile } from './zip.ts';

export type { PublishedTable } from '../../../src/schemas/published/table.ts';
export type { ManifestFileEntry, PublishedFormat } from './manifest.ts';
export { BROWSER_DB_FILE, BROWSER_STORAGE_VERSION } from './browser-db.ts';
export { JSON_MAX_ROWS } from './json.ts';

/**
 * Writes every table's files into outDir (created if needed; files of the same name are
 * replaced) and returns their manifest entries, in the order: per table Parquet, CSV,
 * JSON; then portal.duckdb once per table it holds.
 */
export async function writePublished(
  conn: DuckDBConnection,
  tables: PublishedTable[],
  outDir: string,
  /** seconds spent writing each format (sorting counts as Parquet), for the log */
  took: (format: PublishedFormat, seconds: number) => void = () => {},
): Promise<ManifestFileEntry[]> {
  const seen = new Set<string>();
  for (const t of tables) {
    if (seen.has(t.name)) throw new Error(`published table '${t.name}' is listed twice`);
    seen.add(t.name);
  }
  const layouts: TableLayout[] = [];
  for (const t of tables) layouts.push(await describeTable(conn, t));
  mkdirSync(outDir, { recursive: true });
  if (layouts.some((t) => t.table.json)) mkdirSync(join(outDir, 'json'), { recursive: true });

  // Each file is hashed while DuckDB writes the next (the entries keep the written order).
  const pending: Promise<ManifestFileEntry>[] = [];
  const entry = (...args: Parameters<typeof fileEntry>) => {
    const p = fileEntry(...args);
    p.catch(() => {}); // reported by Promise.all below, not as unhandled meanwhile
    pending.push(p);
  };
  const inBrowser = layouts.filter((t) => t.table.inBrowserDb);
  const browserColumns = new Map<string, TableLayout['columns']>();
  const browserPath = join(outDir, BROWSER_DB_FILE);
  await withInsertionOrder(conn, async () => {
    let browser: BrowserDb | undefined;
    try {
      if (inBrowser.length) browser = await openBrowserDb(conn, browserPath);
      let mark = Date.now();
      const done = (format: PublishedFormat) => {
        took(format, (Date.now() - mark) / 1000);
        mark = Date.now();
      };
      for (const t of layouts) {
        const name = t.table.name;
        await sortTable(conn, t);
        if (t.table.parquetFile) copyFileSync(t.table.parquetFile, join(outDir, `${name}.parquet`));
        else await writeParquet(conn, t, join(outDir, `${name}.parquet`));
        entry(outDir, `${name}.parquet`, 'parquet', t);
        done('parquet');
        // Before the CSV: the ENUM cast of codes columns is what lets the CSV skip defusing them.
        if (t.table.inBrowserDb) {
          browserColumns.set(name, await browser!.add(t));
          done('duckdb');
        }
        if (t.table.csvPerFiscalYear) {
          for (const { fy, rows } of await fiscalYears(conn, t)) {
            const csv = `${name}_fy${fy}.csv`;
            await writeCsv(conn, t, join(outDir, csv), `"fiscal_year" = ${fy}`);
            // Deflated on zlib's threads while DuckDB writes the next year; the CSV itself
            // is not published (a national year is up to 57 MB, over static hosts' limit).
            const zipped = zipFile(join(outDir, csv), join(outDir, `${csv}.zip`), csv, ZIP_LEVEL);
            zipped.catch(() => {}); // reported through the entry's promise
            entry(outDir, `${csv}.zip`, 'csv', t, {
              rows,
              archive: zipped.then(({ member }) => {
                rmSync(join(outDir, csv));
                return {
                  type: 'zip' as const,
                  file: csv,
                  bytes: member.bytes,
                  sha256: member.sha256,
                };
              }),
            });
          }
        } else {
          await writeCsv(conn, t, join(outDir, `${name}.csv`));
          entry(outDir, `${name}.csv`, 'csv', t);
        }
        done('csv');
        if (t.table.json) {
          await writeJson(conn, t, join(outDir, 'json', `${name}.json`));
          entry(outDir, `json/${name}.json`, 'json', t);
          done('json');
        }
      }
      if (browser) {
        await browser.close(); // the checkpoint writes the file
        done('duckdb');
      }
    } finally {
      await dropSorted(conn);
      await browser?.close();
    }
  });
  const entries = await Promise.all(pending);
  if (inBrowser.length) {
    const digest = { bytes: statSync(browserPath).size, sha256: await sha256File(browserPath) };
    for (const t of inBrowser) {
      const columns = browserColumns.get(t.table.name)!;
      entries.push(
        await fileEntry(outDir, BROWSER_DB_FILE, 'duckdb', { ...t, columns }, { digest }),
      );
    }
  }
  return entries;
}

/** The fiscal years of a csvPerFiscalYear table, in order, with their row counts. */
async function fiscalYears(
  conn: DuckDBConnection,
  t: TableLayout,
): Promise<{ fy: number; rows: number }[]> {
  const years = (
    await conn.runAndReadAll(
      `SELECT "fiscal_year"::INTEGER AS fy, count(*)::INTEGER AS rows FROM ${t.sorted}
       GROUP BY ALL ORDER BY fy NULLS FIRST`,
    )
  ).getRowObjectsJS() as { fy: number | null; rows: number }[];
  // A row without a year would be in no file: refuse rather than lose it.
  if (years.some((y) => y.fy === null)) {
    throw new Error(`published table '${t.table.name}': fiscal_year is empty in some rows`);
  }
  return years as { fy: number; rows: number }[];
}
