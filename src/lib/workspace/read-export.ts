// A centre's export read in the browser, as the pipeline reads it (scripts/pipeline/
// ingest): each CSV checked by DuckDB's vectorised SQL or, when that does not pass it,
// decoded and checked row by row by the shared checker, its accepted rows staged and
// loaded with the same typed SQL; then the same cross-file checks. Problems are
// `file:line: column: reason` with the file named as the user gave it. Markdown folders
// (cases/, initiatives/) are not read: no indicator uses them.
import { CSV_FILES, type CsvFileSpec } from '../../schemas/index.ts';
import { foldCode } from '../normalise/text.ts';
import type { Problem } from '../validation.ts';
import type { Encoding } from '../csv/decode.ts';
import { CsvChecker, onlyShiftJis } from '../ingest/csv-checker.ts';
import {
  checkCoordinatorRefs,
  checkOneCcoPerCentre,
  checkOneMainOffice,
  checkUnique,
  knownCoIds,
} from '../ingest/cross-checks.ts';
import {
  fastColumns,
  fastRowsSql,
  fastStatsSql,
  hasFastPath,
  headerLineOf,
} from '../ingest/fast-check.ts';
import { stageLine } from '../ingest/stage-line.ts';
import { q } from '../sql/runner.ts';
import {
  appendStagedSql,
  createTableSql,
  stageHeader,
  type StagedTable,
} from '../ingest/staged-table.ts';
import type { WorkspaceDb } from './wasm-sql.ts';

/** One chosen or dropped file: its bytes and how messages name it. */
export interface ExportFile {
  /** e.g. consultations.csv, or export/consultations.csv from a dropped folder */
  name: string;
  data: Blob;
}

export interface FileRead {
  name: string;
  encoding: Encoding;
  rows_read: number;
  rows_accepted: number;
  /** checked by DuckDB's vectorised SQL rather than row by row */
  vectorised: boolean;
}

export interface ReadExportResult {
  /** every problem, in the pipeline's order; nothing may be computed unless empty */
  problems: Problem[];
  files: FileRead[];
  /** export files not of the format (ignored, as the pipeline ignores them) */
  ignored: string[];
}

export interface ReadExportOptions {
  /** rows accepted so far in the file being read, every `progressEvery` rows */
  progress?: (file: string, rows: number) => void;
  progressEvery?: number;
  /** checked between chunks; reading stops with an AbortError when aborted */
  signal?: AbortSignal;
  /** try DuckDB's vectorised check first (true unless given; tests compare the two) */
  fast?: boolean;
  /**
   * files smaller than this (bytes) go straight to the row checker: the vectorised
   * check's fixed cost (about 0.2 s a file in DuckDB-WASM) is more than reading them
   */
  fastFrom?: number;
  /** accepted rows loaded into their table per batch when read row by row */
  stageRows?: number;
}

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

/** The bytes of a Blob chunk by chunk, without relying on ReadableStream iteration. */
async function* chunksOf(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Reads `files` into `db` as tables named like the pipeline's (consultations, …). As in
 * the pipeline, the vectorised check goes first; if anything is wrong, everything is read
 * again row by row so that every problem is reported at its physical line.
 */
export async function readExport(
  files: readonly ExportFile[],
  db: WorkspaceDb,
  o: ReadExportOptions = {},
): Promise<ReadExportResult> {
  const first = await readOnce(files, db, o, o.fast ?? true);
  if (first.problems.length === 0 || first.fastFiles === 0) return first.result;
  return (await readOnce(files, db, o, false)).result;
}

async function readOnce(
  files: readonly ExportFile[],
  db: WorkspaceDb,
  o: ReadExportOptions,
  fast: boolean,
): Promise<{ result: ReadExportResult; problems: Problem[]; fastFiles: number }> {
  const problems: Problem[] = [];
  const report = (p: Problem) => problems.push(p);
  const sources: string[] = [];
  const where = (src: number) => sources[src] ?? '?';
  const rejectedCoIds = new Set<string>();
  const rejectedOfficeCentres = new Set<string>();
  const read: FileRead[] = [];
  const known = new Set(CSV_FILES.map((s) => s.file));
  const ignored = files.map((f) => f.name).filter((n) => !known.has(baseName(n)));
  let hasCoordinators = false;
  let fastFiles = 0;

  for (const spec of CSV_FILES) {
    o.signal?.throwIfAborted();
    const table: StagedTable = {
      table: spec.table,
      stagePath: `workspace-${spec.table}.csv`,
      columns: spec.columns,
      key: spec.keys[0] ?? spec.columns.map((c) => c.name),
    };
    await db.run(createTableSql(table));
    const [file, ...again] = files.filter((f) => baseName(f.name) === spec.file);
    // The pipeline merges several directories; here one export is read at a time.
    for (const other of again)
      report({
        file: other.name,
        column: '(file)',
        reason: `a second ${spec.file} (first: ${file!.name}); choose the files of one export`,
      });
    if (!file) {
      if (spec.required)
        report({ file: spec.file, column: '(file)', reason: 'required file is missing' });
      continue;
    }
    if (spec.table === 'coordinators') hasCoordinators = true;
    const src = sources.push(file.name) - 1;
    const quick =
      fast && file.data.size >= (o.fastFrom ?? 1 << 20)
        ? await tryFast(db, spec, table, file, src)
        : null;
    if (quick) {
      fastFiles++;
      read.push({ name: file.name, ...quick, rows_accepted: quick.rows_read, vectorised: true });
      o.progress?.(file.name, quick.rows_read);
      continue;
    }
    const stage = new Stager(db, table);
    const r = await checkFile(file, spec, src, stage, report, o, {
      coordinators: rejectedCoIds,
      offices: rejectedOfficeCentres,
    });
    read.push({
      name: file.name,
      encoding: r.encoding,
      rows_read: r.rows_read,
      rows_accepted: r.rows_accepted,
      vectorised: false,
    });
    await stage.flush();
  }

  // The pipeline's cross-file checks, in its order (cases and initiatives are not read).
  o.signal?.throwIfAborted();
  for (const spec of CSV_FILES) {
    for (const key of spec.keys) await checkUnique(db, spec.table, key, where, report);
  }
  await checkOneMainOffice(db, [...rejectedOfficeCentres], where, report);
  await checkOneCcoPerCentre(db, where, report);
  if (hasCoordinators) {
    await knownCoIds(db, rejectedCoIds);
    await checkCoordinatorRefs(db, 'consultations', 'co_id', false, where, report);
    await checkCoordinatorRefs(db, 'surveys', 'co_id', false, where, report);
    await checkCoordinatorRefs(db, 'support_menus', 'co_ids', true, where, report);
  }
  return { result: { problems, files: read, ignored }, problems, fastFiles };
}

/** Accepted rows staged per this many: a national-size file is never held whole as text. */
const STAGE_ROWS = 1 << 16;

/** Accepted rows as staging lines, loaded into their table a batch at a time, in order. */
class Stager {
  lines: string[] = [];
  private readonly db: WorkspaceDb;
  private readonly table: StagedTable;
  constructor(db: WorkspaceDb, table: StagedTable) {
    this.db = db;
    this.table = table;
  }

  async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const text = `${stageHeader(this.table).join(',')}\n${this.lines.join('\n')}\n`;
    this.lines = [];
    await this.db.registerFile(this.table.stagePath, new TextEncoder().encode(text));
    await this.db.run(appendStagedSql(this.table));
    await this.db.dropFile(this.table.stagePath);
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The vectorised check of one file; its rows appended when every one passed, else null. */
async function tryFast(
  db: WorkspaceDb,
  spec: CsvFileSpec,
  table: StagedTable,
  file: ExportFile,
  src: number,
): Promise<{ encoding: Encoding; rows_read: number } | null> {
  if (!hasFastPath(spec)) return null;
  const bytes = new Uint8Array(await file.data.arrayBuffer());
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const columns = fastColumns(spec, headerLineOf(bytes.subarray(0, 1 << 16)));
  if (!columns || !isUtf8(bytes)) return null; // DuckDB reads UTF-8 only
  const raw = `workspace-raw-${spec.table}.csv`;
  await db.registerFile(raw, bytes);
  try {
    await db.run(
      `CREATE OR REPLACE TEMP TABLE fast_rows AS ${fastRowsSql(spec, columns, raw, src)}`,
    );
    const [stats] = await db.rows<{ n: number; bad: number }>(fastStatsSql('fast_rows'));
    if (!stats || stats.bad > 0) return null;
    const names = table.columns.map((c) => q(c.name)).join(', ');
    await db.run(`INSERT INTO ${q(table.table)} SELECT _src, NULL, ${names} FROM fast_rows`);
    return { encoding: bom ? 'utf-8-bom' : 'utf-8', rows_read: stats.n };
  } catch {
    return null; // not UTF-8, ragged rows, an open quote…: the checker will say where
  } finally {
    await db.run('DROP TABLE IF EXISTS fast_rows');
    await db.dropFile(raw);
  }
}

async function checkFile(
  file: ExportFile,
  spec: CsvFileSpec,
  src: number,
  stage: Stager,
  report: (p: Problem) => void,
  o: ReadExportOptions,
  rejected: { coordinators: Set<string>; offices: Set<string> },
) {
  const checker: CsvChecker = new CsvChecker({
    display: file.name,
    spec,
    ...((await onlyShiftJis(() => chunksOf(file.data))) && { encoding: 'shift_jis' as const }),
    report,
    accept: (line, values) => {
      stage.lines.push(stageLine([src, line, ...values]));
      if (o.progress && checker.rowsAccepted % (o.progressEvery ?? 1 << 14) === 0)
        o.progress(file.name, checker.rowsAccepted);
    },
    // A rejected coordinator is still a known co_id, and a centre with a rejected office
    // row is not also told it lacks a main office (as in the pipeline).
    ...(spec.table === 'coordinators' && {
      onRejected: (raw: Record<string, string>) =>
        rejected.coordinators.add(foldCode(raw.co_id ?? '')),
    }),
    ...(spec.table === 'offices' && {
      onRejected: (raw: Record<string, string>) =>
        rejected.offices.add(foldCode(raw.pref_code ?? '').padStart(2, '0')),
    }),
  });
  for await (const chunk of chunksOf(file.data)) {
    o.signal?.throwIfAborted();
    checker.push(chunk);
    if (stage.lines.length >= (o.stageRows ?? STAGE_ROWS)) await stage.flush();
  }
  return checker.end();
}
