// The drilldown's data in the browser: explore.duckdb's microdata as one byte of code per
// row and column, plus what the guards and the withheld statement read, in one binary file
// (written at build by scripts/lib/browser-data.ts, gzip-compressed and shipped in parts).
// Counting 4.7 M rows from typed arrays takes tens of milliseconds and needs no 33 MiB
// engine, so a view answers within a second even when the page was just opened; DuckDB
// stays for the SQL box. Layout: "YZC1", header length (uint32 LE), header JSON (UTF-8),
// then each column's codes (`rows` bytes each) in the header's order.

import { GROUPING_COLUMNS } from './explore-db.ts';

/** A value of a microdata column as the builder's SQL sees it (ENUMs as text). */
export type CellValue = string | number | null;

/** The microdata columns, in the order of the file; `flags` packs the four measure tests. */
export const STORE_COLUMNS = [...GROUPING_COLUMNS, 'flags'] as const;
export type StoreColumn = (typeof STORE_COLUMNS)[number];

/** Bits of `flags` (explore-db.ts: counted_resolved, outcome_confirmed, referred, joint). */
export const FLAG = { resolved: 1, outcomes: 2, referrals: 4, joint: 8 } as const;

/** A suppressed cell of an aggregate table (status <> 'ok'): fiscal year, centre, category. */
export type SuppressedCell = [fiscalYear: number, pref: string, category: string | null];

export interface StoreHeader {
  rows: number;
  /** each column's values by code (code = index); at most 256 */
  values: Record<StoreColumn, CellValue[]>;
  /** suppressed cells of each aggregate table the guards read (sql.ts GUARDS) */
  suppressed: Record<string, SuppressedCell[]>;
  /** microdata_disclosure: fiscal year, centre, consultations, withheld, generalised */
  disclosure: [number, string, number, number, number][];
}

export interface ColumnStore extends StoreHeader {
  codes: Record<StoreColumn, Uint8Array>;
}

const MAGIC = 'YZC1';

export function encodeStore(
  header: StoreHeader,
  codes: Record<StoreColumn, Uint8Array>,
): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + STORE_COLUMNS.length * header.rows);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, true);
  out.set(json, 8);
  STORE_COLUMNS.forEach((c, i) => {
    if (codes[c].length !== header.rows)
      throw new Error(`${c}: ${codes[c].length} codes, not ${header.rows}`);
    out.set(codes[c], 8 + json.length + i * header.rows);
  });
  return out;
}

export function decodeStore(bytes: Uint8Array): ColumnStore {
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) {
    throw new Error('not a drilldown data file (no YZC1 header)');
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as StoreHeader;
  const start = 8 + length;
  if (bytes.length !== start + STORE_COLUMNS.length * header.rows) {
    throw new Error(
      `drilldown data file: ${bytes.length} bytes, expected ${start + STORE_COLUMNS.length * header.rows}`,
    );
  }
  const codes = Object.fromEntries(
    STORE_COLUMNS.map((c, i) => [
      c,
      bytes.subarray(start + i * header.rows, start + (i + 1) * header.rows),
    ]),
  ) as Record<StoreColumn, Uint8Array>;
  return { ...header, codes };
}
