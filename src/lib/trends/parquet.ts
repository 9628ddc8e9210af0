// Build time only (Node): a /trends/ table as Parquet, the same rows and values as its CSV
// (a download holds exactly what is shown, in either format). Counts are INTEGER,
// changes DOUBLE, hidden values NULL; the first column stays text (codes, months).
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShownTable } from './page-data.ts';

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The SQL type of a column by its CSV header. */
const typeOf = (header: string, index: number) =>
  index === 0 && header !== 'fiscal_year'
    ? 'VARCHAR'
    : header.startsWith('change')
      ? 'DOUBLE'
      : 'INTEGER';

export async function tableParquet(table: ShownTable): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'trends-parquet-'));
  try {
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const cols = table.csvHeaders.map((h, i) => `${ident(h)} ${typeOf(h, i)}`);
    await conn.run(`CREATE TABLE t (${cols.join(', ')})`);
    if (table.rows.length) {
      const values = table.rows.map(
        (r) =>
          `(${r.map((c, i) => (c.csv === '' ? 'NULL' : typeOf(table.csvHeaders[i]!, i) === 'VARCHAR' ? quote(c.csv) : Number(c.csv))).join(', ')})`,
      );
      await conn.run(`INSERT INTO t VALUES ${values.join(', ')}`);
    }
    const path = join(dir, 'table.parquet');
    await conn.run(`COPY t TO ${quote(path)} (FORMAT parquet, COMPRESSION zstd)`);
    conn.closeSync();
    return new Uint8Array(readFileSync(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
