// Staged rows → typed DuckDB tables. Types come from the schemas' column metadata
// (src/schemas/fields.ts), so storage never drifts from the format; the same SQL loads
// the pipeline's staging files and the browser's registered buffers.
import type { ColumnMeta } from '../../schemas/fields.ts';
import { lit, q } from '../sql/runner.ts';

export interface StagedTable {
  table: string;
  /** the staging CSV as DuckDB names it: a file path, or a registered buffer's name */
  stagePath: string;
  columns: { name: string; meta: ColumnMeta }[];
  /** the columns that identify a row (unique across every input): the order of its file */
  key: string[];
}

/** The staging CSV's header: the source index, the physical line, then the columns. */
export const stageHeader = (t: Pick<StagedTable, 'columns'>): string[] => [
  '_src',
  '_line',
  ...t.columns.map((c) => c.name),
];

/** The typed, empty table a file's accepted rows go into. */
export function createTableSql(t: StagedTable): string {
  const cols = t.columns.map((c) => `${q(c.name)} ${c.meta.sql}`);
  return `CREATE OR REPLACE TABLE ${q(t.table)} (_src INTEGER, _line INTEGER, ${cols.join(', ')})`;
}

/** Appends the staged rows. */
export function appendStagedSql(t: StagedTable): string {
  const csvTypes = [
    `'_src': 'INTEGER'`,
    `'_line': 'INTEGER'`,
    ...t.columns.map(
      (c) => `${lit(c.name)}: ${lit(c.meta.sql === 'VARCHAR[]' ? 'VARCHAR' : c.meta.sql)}`,
    ),
  ];
  const select = t.columns.map((c) =>
    c.meta.sql === 'VARCHAR[]'
      ? `coalesce(string_split(${q(c.name)}, ';'), []::VARCHAR[])`
      : q(c.name),
  );
  return `INSERT INTO ${q(t.table)} SELECT _src, _line, ${select.join(', ')}
     FROM read_csv(${lit(t.stagePath)}, header = true, auto_detect = false, quote = '"', escape = '"',
       delim = ',', new_line = '\\n', columns = {${csvTypes.join(', ')}}, max_line_size = 8388608)`;
}
