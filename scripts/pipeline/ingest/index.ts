// Reading and checking: every export file of every input directory is decoded, parsed,
// validated row by row and staged; DuckDB then loads the staged rows and checks the rules
// that span rows, files and directories. Problems are reported as they are found.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { CSV_FILES } from '../../../src/schemas/index.ts';
import {
  INITIATIVE_OPTIONAL,
  initiativeSchema,
  initiativeShape,
} from '../../../src/schemas/initiatives.ts';
import { foldCode } from '../../../src/lib/normalise/text.ts';
import type { Problem } from '../../../src/lib/validation.ts';
import type { Effects } from '../../lib/effects.ts';
import { readCsvFile, type FileReport } from './read-csv.ts';
import { CASES_MD, readCases, type CaseRefs } from './read-cases.ts';
import {
  markdownColumns,
  markdownTableColumns,
  readMarkdownDir,
  type MarkdownInput,
  type MarkdownReport,
  type MarkdownSpec,
} from './read-front-matter.ts';
import { StageWriter } from './stage-writer.ts';
import { appendStaged, createTable, nodeSql, openDb, type StagedTable } from './stage-db.ts';
import { fastView, tryFastLoad } from './fast-load.ts';
import {
  checkCoordinatorRefs,
  checkOneCcoPerCentre,
  checkOneMainOffice,
  checkUnique,
  knownCoIds,
} from '../../../src/lib/ingest/cross-checks.ts';
import { mergeRepeats } from './merge-repeats.ts';
import { isReadableFile, isReadableFolder, lstatOrNull } from './input-file.ts';

/** A file in an export directory that marks it as synthetic sample data. */
export const SYNTHETIC_MARKER = 'SYNTHETIC';
export const INITIATIVES_MD: MarkdownSpec = {
  folder: 'initiatives',
  shape: initiativeShape,
  schema: initiativeSchema as MarkdownSpec['schema'],
  mayBeAbsent: INITIATIVE_OPTIONAL,
};
/** The Markdown folders of the format, each staged as one table named like the folder. */
export const MARKDOWN_FILES = [CASES_MD, INITIATIVES_MD];
const KNOWN = new Set([
  ...CSV_FILES.map((f) => f.file),
  'cases',
  'initiatives',
  SYNTHETIC_MARKER,
  'README.md',
]);

type MarkdownReader = (input: MarkdownInput) => MarkdownReport | null;

export interface Ingested {
  db: { conn: DuckDBConnection; close: () => void };
  fileReports: FileReport[];
  /** cases/*.md and initiatives/*.md, per input directory that has the folder */
  markdownReports: MarkdownReport[];
  ignored: string[];
  staged: StagedTable[];
  /** files loaded by the vectorised path (their rows have no _line) */
  fastFiles: number;
}

export async function ingest(
  inDirs: string[],
  work: string,
  effects: Effects,
  report: (p: Problem) => void,
  fast = true,
): Promise<Ingested> {
  const sources: string[] = [];
  const addSource = (display: string) => sources.push(display) - 1;
  const where = (src: number) => sources[src] ?? '?';
  const rejectedCoIds = new Set<string>();
  // a centre with a rejected office row is not also told it lacks a main office
  const rejectedOfficeCentres = new Set<string>();
  let coordinatorFiles = 0;
  const fileReports: FileReport[] = [];
  const markdownReports: MarkdownReport[] = [];
  const caseRefs: CaseRefs[] = [];
  const ignored: string[] = [];
  const staged: StagedTable[] = [];
  let fastFiles = 0;
  for (const dir of inDirs) if (lstatOrNull(dir)) isReadableFolder(dir, dir, report, effects.warn);
  const db = await openDb(work);
  // With several directories, rows repeated from an earlier one are kept once (merge-repeats.ts)
  const reportOf = new Map<number, { rows_merged?: number }>();
  const merge = async (table: string, columns: string[]) => {
    if (inDirs.length < 2) return;
    const merged = await mergeRepeats(
      db.conn,
      table,
      columns,
      join(work, `${table}.merged.parquet`),
    );
    for (const [src, n] of merged) {
      const r = reportOf.get(src);
      if (r) r.rows_merged = (r.rows_merged ?? 0) + n;
      effects.log(`${where(src)}: ${n} rows equal to rows of an earlier directory, counted once`);
    }
  };

  for (const spec of CSV_FILES) {
    const table: StagedTable = {
      table: spec.table,
      stagePath: join(work, `${spec.table}.csv`),
      columns: spec.columns,
      key: spec.keys[0] ?? spec.columns.map((c) => c.name),
    };
    await createTable(db.conn, table);
    const stage = new StageWriter(join(work, `${spec.table}.csv`), [
      '_src',
      '_line',
      ...spec.columns.map((c) => c.name),
    ]);
    const fastParquet: string[] = [];
    for (const dir of inDirs) {
      const path = join(dir, spec.file);
      const display = join(dir, spec.file);
      if (!lstatOrNull(path)) {
        if (spec.required)
          report({ file: display, column: '(file)', reason: 'required file is missing' });
        continue;
      }
      if (!isReadableFile(path, display, report, effects.warn)) continue;
      const started = Date.now();
      const src = addSource(display);
      if (spec.table === 'coordinators') coordinatorFiles++;
      const quick = fast
        ? await tryFastLoad(
            db.conn,
            spec,
            path,
            display,
            src,
            join(work, `${spec.table}.${src}.parquet`),
          )
        : null;
      if (quick) {
        fastFiles++;
        fastParquet.push(quick.parquet);
        effects.log(
          `read ${display}: ${quick.report.rows_read} rows (${quick.report.encoding}, vectorised) in ${secs(started)} s`,
        );
        fileReports.push(quick.report);
        reportOf.set(src, quick.report);
        continue;
      }
      const r = await readCsvFile({
        path,
        display,
        spec,
        src,
        stage,
        report,
        progress: (n) =>
          effects.progress(
            `${display}: ${n.toLocaleString('en')} rows, ${rate(n, started)} rows/s`,
          ),
        ...(spec.table === 'coordinators' && {
          onRejected: (raw: Record<string, string>) => rejectedCoIds.add(foldCode(raw.co_id ?? '')),
        }),
        ...(spec.table === 'offices' && {
          onRejected: (raw: Record<string, string>) =>
            rejectedOfficeCentres.add(foldCode(raw.pref_code ?? '').padStart(2, '0')),
        }),
      });
      effects.progress('');
      effects.log(
        `read ${display}: ${r.rows_read} rows (${r.encoding}) in ${secs(started)} s, ${rate(r.rows_read, started)} rows/s`,
      );
      fileReports.push(r);
      reportOf.set(src, r);
    }
    stage.close();
    await appendStaged(db.conn, table);
    if (fastParquet.length > 0) {
      // The table becomes a view over its exact rows and the vectorised path's files.
      const exact = `${spec.table}__exact`;
      await db.conn.run(`ALTER TABLE "${spec.table}" RENAME TO "${exact}"`);
      await db.conn.run(
        fastView(
          spec.table,
          exact,
          spec.columns.map((c) => c.name),
          fastParquet,
        ),
      );
    }
    await merge(
      spec.table,
      spec.columns.map((c) => c.name),
    );
    staged.push(table);
  }

  // Markdown files: cases/*.md, and initiatives/*.md (format v1.1), one staged table each.
  const markdown = async (spec: MarkdownSpec, read: MarkdownReader) => {
    const columns = markdownTableColumns(spec);
    const names = markdownColumns(spec);
    const stage = new StageWriter(join(work, `${spec.folder}.csv`), ['_src', '_line', ...names]);
    for (const dir of inDirs) {
      const srcs: number[] = [];
      const add = (file: string) => {
        const src = addSource(file);
        srcs.push(src);
        return src;
      };
      const folder = join(dir, spec.folder);
      const r = read({
        dir: folder,
        display: folder,
        addSource: add,
        stage,
        report,
        warn: effects.warn,
      });
      if (r) {
        markdownReports.push(r);
        for (const src of srcs) reportOf.set(src, r);
      }
    }
    stage.close();
    const table: StagedTable = {
      table: spec.folder,
      stagePath: stage.path,
      columns,
      key: ['id'],
    };
    await createTable(db.conn, table);
    await appendStaged(db.conn, table);
    await merge(spec.folder, names);
    staged.push(table);
  };
  await markdown(CASES_MD, (input) => {
    const r = readCases(input);
    if (!r) return null;
    const { refs, ...rest } = r;
    caseRefs.push(...refs);
    return rest;
  });
  await markdown(INITIATIVES_MD, (input) => readMarkdownDir(INITIATIVES_MD, input));
  for (const dir of inDirs) {
    for (const name of readdirSync(dir)) if (!KNOWN.has(name)) ignored.push(join(dir, name));
  }
  for (const path of ignored) effects.log(`ignored ${path}: not a file of the export format`);

  const sql = nodeSql(db.conn);
  for (const spec of CSV_FILES) {
    for (const key of spec.keys) await checkUnique(sql, spec.table, key, where, report);
  }
  await checkUnique(sql, 'cases', ['id'], where, report);
  await checkUnique(sql, 'initiatives', ['id'], where, report);
  await checkOneMainOffice(sql, [...rejectedOfficeCentres], where, report);
  await checkOneCcoPerCentre(sql, where, report);
  // Without any coordinators.csv the missing file is the one problem to report.
  if (coordinatorFiles > 0) {
    const known = await knownCoIds(sql, rejectedCoIds);
    await checkCoordinatorRefs(sql, 'consultations', 'co_id', false, where, report);
    await checkCoordinatorRefs(sql, 'surveys', 'co_id', false, where, report);
    await checkCoordinatorRefs(sql, 'support_menus', 'co_ids', true, where, report);
    for (const ref of caseRefs) {
      for (const id of ref.ids.filter((x) => !known.has(x))) {
        report({
          file: ref.file,
          line: ref.line,
          column: 'co_ids',
          reason: `'${id}' is not a co_id in coordinators.csv`,
        });
      }
    }
  }

  return { db, fileReports, markdownReports, ignored, staged, fastFiles };
}

const secs = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
const rate = (n: number, since: number) =>
  Math.round(n / Math.max(0.001, (Date.now() - since) / 1000)).toLocaleString('en');
