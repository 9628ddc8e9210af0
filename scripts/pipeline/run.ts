// The ingest: every export file of every input directory is read, validated and staged;
// cross-file rules run in DuckDB; only when nothing was rejected are the normalised
// Parquet tables and manifest.json published, by swapping a finished directory into place
// (format README: "A run that rejects any row publishes nothing").
import {
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CSV_FILES, FORMAT_VERSION } from '../../src/schemas/index.ts';
import { caseShape } from '../../src/schemas/cases.ts';
import { columnMeta } from '../../src/schemas/fields.ts';
import { formatProblem, type Problem } from '../../src/lib/validation.ts';
import type { Effects } from './effects.ts';
import { readCsvFile, type FileReport } from './read-csv.ts';
import { CASE_COLUMNS, readCases, type CasesReport } from './read-cases.ts';
import { StageWriter } from './stage-writer.ts';
import { count, loadTable, openDb, rows, writeParquet, type StagedTable } from './stage-db.ts';
import { checkCoordinatorRefs, checkOneCcoPerCentre, checkUnique } from './cross-checks.ts';
import { foldCode } from '../../src/lib/normalise/text.ts';
import type { DuckDBConnection } from '@duckdb/node-api';

export interface PipelineOptions {
  inDirs: string[];
  outDir: string;
  effects: Effects;
  codeVersion: string;
  /** at most this many problems are printed; all are counted */
  maxPrinted?: number;
}

export interface PipelineResult {
  ok: boolean;
  problems: number;
  manifestPath?: string;
}

/** A file in an export directory that marks it as synthetic sample data. */
export const SYNTHETIC_MARKER = 'SYNTHETIC';
const KNOWN = new Set([...CSV_FILES.map((f) => f.file), 'cases', SYNTHETIC_MARKER, 'README.md']);

export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const { effects } = o;
  const outDir = resolve(o.outDir);
  const maxPrinted = o.maxPrinted ?? 1000;
  let problems = 0;
  const report = (p: Problem) => {
    problems++;
    if (problems <= maxPrinted) effects.error(formatProblem(p));
  };

  for (const dir of o.inDirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      report({ file: dir, column: '(directory)', reason: 'input directory does not exist' });
    }
  }
  if (problems) return { ok: false, problems };
  if (
    existsSync(outDir) &&
    readdirSync(outDir).length > 0 &&
    !existsSync(join(outDir, 'manifest.json'))
  ) {
    effects.error(
      `${o.outDir}: (directory): not replaced: it is not empty and holds no manifest.json from an earlier run`,
    );
    return { ok: false, problems: 1 };
  }

  const stamp = `${process.pid}-${effects.now().getTime()}`;
  const work = join(dirname(outDir), `.${basename(outDir)}.work-${stamp}`);
  const next = join(work, 'out');
  mkdirSync(next, { recursive: true });
  const sources: string[] = [];
  const addSource = (display: string) => sources.push(display) - 1;
  const where = (src: number) => sources[src] ?? '?';
  const rejectedCoIds = new Set<string>();
  let coordinatorFiles = 0;

  try {
    const fileReports: FileReport[] = [];
    const caseReports: CasesReport[] = [];
    const ignored: string[] = [];
    const staged: StagedTable[] = [];
    const t0 = Date.now();

    for (const spec of CSV_FILES) {
      const stage = new StageWriter(join(work, `${spec.table}.csv`), [
        '_src',
        '_line',
        ...spec.columns.map((c) => c.name),
      ]);
      for (const dir of o.inDirs) {
        const path = join(dir, spec.file);
        const display = join(dir, spec.file);
        if (!existsSync(path)) {
          if (spec.required)
            report({ file: display, column: '(file)', reason: 'required file is missing' });
          continue;
        }
        const started = Date.now();
        const r = await readCsvFile({
          path,
          display,
          spec,
          src: addSource(display),
          stage,
          report,
          progress: (n) =>
            effects.progress(
              `${display}: ${n.toLocaleString('en')} rows, ${rate(n, started)} rows/s`,
            ),
          ...(spec.table === 'coordinators' && {
            onRejected: (raw: Record<string, string>) =>
              rejectedCoIds.add(foldCode(raw.co_id ?? '')),
          }),
        });
        if (spec.table === 'coordinators') coordinatorFiles++;
        effects.progress('');
        effects.log(
          `read ${display}: ${r.rows_read} rows (${r.encoding}) in ${secs(started)} s, ${rate(r.rows_read, started)} rows/s`,
        );
        fileReports.push(r);
      }
      stage.close();
      staged.push({ table: spec.table, stagePath: stage.path, columns: spec.columns });
    }

    const caseColumns = Object.entries(caseShape).map(([name, s]) => ({
      name,
      meta: columnMeta.get(s)!,
    }));
    caseColumns.push({ name: 'body', meta: { sql: 'VARCHAR', text: true } });
    const caseStage = new StageWriter(join(work, 'cases.csv'), ['_src', '_line', ...CASE_COLUMNS]);
    for (const dir of o.inDirs) {
      const r = readCases(join(dir, 'cases'), join(dir, 'cases'), addSource, caseStage, report);
      if (r) caseReports.push(r);
      for (const name of readdirSync(dir)) if (!KNOWN.has(name)) ignored.push(join(dir, name));
    }
    caseStage.close();
    staged.push({ table: 'cases', stagePath: caseStage.path, columns: caseColumns });
    for (const path of ignored) effects.log(`ignored ${path}: not a file of the export format`);

    const db = await openDb(work);
    try {
      for (const t of staged) await loadTable(db.conn, t);
      for (const spec of CSV_FILES) {
        for (const key of spec.keys) await checkUnique(db.conn, spec.table, key, where, report);
      }
      await checkUnique(db.conn, 'cases', ['id'], where, report);
      await checkOneCcoPerCentre(db.conn, where, report);
      // Without any coordinators.csv the missing file is the one problem to report.
      if (coordinatorFiles > 0) {
        const known = await knownCoIds(db.conn, rejectedCoIds);
        await checkCoordinatorRefs(db.conn, 'consultations', 'co_id', false, where, report);
        await checkCoordinatorRefs(db.conn, 'surveys', 'co_id', false, where, report);
        await checkCoordinatorRefs(db.conn, 'support_menus', 'co_ids', true, where, report);
        for (const ref of caseReports.flatMap((r) => r.refs)) {
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

      if (problems) {
        if (problems > maxPrinted) effects.error(`… and ${problems - maxPrinted} more problems`);
        effects.error(`${problems} problem(s): nothing was published; ${o.outDir} is unchanged`);
        return { ok: false, problems };
      }

      const tables = [];
      for (const t of staged) {
        const file = `${t.table}.parquet`;
        const n = await writeParquet(db.conn, t, join(next, file));
        tables.push({ table: t.table, file, rows: n });
      }
      const vintage = await rows<{ m: string | null }>(
        db.conn,
        `SELECT strftime(max(date), '%Y-%m') AS m FROM consultations`,
      );
      const manifest = {
        format_version: FORMAT_VERSION,
        code_version: o.codeVersion,
        generated_at: effects.now().toISOString(),
        inputs: o.inDirs,
        synthetic: o.inDirs.some((d) => existsSync(join(d, SYNTHETIC_MARKER))),
        data_vintage: vintage[0]?.m ?? null,
        files: [
          ...fileReports.map((r) => ({
            ...r,
            output: `${CSV_FILES.find((f) => f.file === r.file)!.table}.parquet`,
          })),
          ...caseReports.map((r) => ({ ...r, output: 'cases.parquet' })),
        ],
        tables,
        ignored,
      };
      if ((await count(db.conn, 'consultations')) === 0)
        effects.log('warning: no consultations in the export');
      writeFileSync(join(next, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    } finally {
      db.close();
    }

    swapInto(next, outDir, work);
    effects.log(`published ${o.outDir} in ${secs(t0)} s`);
    return { ok: true, problems: 0, manifestPath: join(outDir, 'manifest.json') };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Every co_id in the input, accepted or rejected, as a table and as a set. */
async function knownCoIds(conn: DuckDBConnection, rejected: Set<string>): Promise<Set<string>> {
  await conn.run('CREATE TABLE known_co_ids (co_id VARCHAR)');
  await conn.run('INSERT INTO known_co_ids SELECT co_id FROM coordinators');
  for (const id of rejected) await conn.run('INSERT INTO known_co_ids VALUES ($1)', [id]);
  const ids = await rows<{ co_id: string }>(conn, 'SELECT DISTINCT co_id FROM known_co_ids');
  return new Set(ids.map((r) => r.co_id));
}

/** Replaces outDir by the finished directory with two renames on the same file system. */
function swapInto(next: string, outDir: string, work: string): void {
  mkdirSync(dirname(outDir), { recursive: true });
  const old = join(work, 'previous');
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(next, outDir);
}

const secs = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
const rate = (n: number, since: number) =>
  Math.round(n / Math.max(0.001, (Date.now() - since) / 1000)).toLocaleString('en');
