// "Several directories (for example one per fiscal year, or one per centre) may be given to
// one run; rows are unioned and key uniqueness is checked across all of them" (format
// README). A union of sets: a row equal in every column to a row of an earlier input file
// is that row again (the same coordinator in each fiscal year's export) and is kept once.
// The same key with any other value is still a duplicate key (checkUnique), and so is a
// row repeated within one file.
import type { DuckDBConnection } from '@duckdb/node-api';
import { lit, q, rows } from './stage-db.ts';

/**
 * Replaces `table` (a table or view of `_src`, `_line` and `columns`) by a view of its rows
 * without the repeats of an earlier file's rows, written to `parquetPath`. Returns, per
 * input file (`_src`), how many of its rows were such repeats.
 */
export async function mergeRepeats(
  conn: DuckDBConnection,
  table: string,
  columns: string[],
  parquetPath: string,
): Promise<Map<number, number>> {
  const inputs = `${table}__inputs`;
  const [kind] = await rows<{ views: number }>(
    conn,
    `SELECT count(*)::INTEGER AS views FROM duckdb_views() WHERE view_name = ${lit(table)}`,
  );
  await conn.run(`ALTER ${kind!.views ? 'VIEW' : 'TABLE'} ${q(table)} RENAME TO ${q(inputs)}`);
  const cols = columns.map(q).join(', ');
  await conn.run(
    `COPY (SELECT _src, _line, ${cols} FROM ${q(inputs)}
       QUALIFY _src = min(_src) OVER (PARTITION BY ${cols}))
     TO ${lit(parquetPath)} (FORMAT parquet, COMPRESSION uncompressed)`,
  );
  await conn.run(`CREATE VIEW ${q(table)} AS SELECT * FROM read_parquet(${lit(parquetPath)})`);
  const repeats = await rows<{ src: number; n: number }>(
    conn,
    `SELECT a._src AS src, (a.n - coalesce(b.n, 0))::INTEGER AS n
     FROM (SELECT _src, count(*) AS n FROM ${q(inputs)} GROUP BY ALL) a
     LEFT JOIN (SELECT _src, count(*) AS n FROM ${q(table)} GROUP BY ALL) b USING (_src)
     WHERE a.n > coalesce(b.n, 0)`,
  );
  return new Map(repeats.map((r) => [r.src, r.n]));
}
