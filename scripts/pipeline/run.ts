// The pipeline: ingest (read, validate, cross-check) → indicators → disclosure control →
// published files. Nothing is published unless every row was accepted: results are built
// in a work directory beside --out and swapped in at the end (format README: "A run that
// rejects any row publishes nothing"). --out receives public data only; the normalised
// tables, which hold business_key, go only to --ingested when it is asked for.
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
import { FORMAT_VERSION } from '../../src/schemas/index.ts';
import { formatProblem, type Problem } from '../../src/lib/validation.ts';
import type { Effects } from './effects.ts';
import { ingest, SYNTHETIC_MARKER, type Ingested } from './ingest.ts';
import { computeIndicators } from './indicators.ts';
import { writeIndicatorsCsv } from './indicators-csv.ts';
import { rows, writeParquet } from './stage-db.ts';

export { SYNTHETIC_MARKER };

export interface PipelineOptions {
  inDirs: string[];
  /** public outputs only */
  outDir: string;
  /** where to keep the normalised input tables (identifying: never publish this) */
  ingestedDir?: string;
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

export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const { effects } = o;
  const outDir = resolve(o.outDir);
  const targets = [outDir, ...(o.ingestedDir ? [resolve(o.ingestedDir)] : [])];
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
  for (const dir of targets) {
    if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, 'manifest.json'))) {
      effects.error(
        `${dir}: (directory): not replaced: it is not empty and holds no manifest.json from an earlier run`,
      );
      problems++;
    }
  }
  if (problems) return { ok: false, problems };

  const work = join(
    dirname(outDir),
    `.${basename(outDir)}.work-${process.pid}-${effects.now().getTime()}`,
  );
  const next = join(work, 'out');
  const nextIngested = join(work, 'ingested');
  mkdirSync(next, { recursive: true });
  const t0 = Date.now();
  let ingested: Ingested | undefined;
  try {
    ingested = await ingest(o.inDirs, work, effects, report);
    if (problems) {
      if (problems > maxPrinted) effects.error(`… and ${problems - maxPrinted} more problems`);
      effects.error(`${problems} problem(s): nothing was published; ${o.outDir} is unchanged`);
      return { ok: false, problems };
    }
    const { conn } = ingested.db;
    const inputs = {
      format_version: FORMAT_VERSION,
      code_version: o.codeVersion,
      generated_at: effects.now().toISOString(),
      inputs: o.inDirs,
      synthetic: o.inDirs.some((d) => existsSync(join(d, SYNTHETIC_MARKER))),
      data_vintage: await dataVintage(conn),
      files: [...ingested.fileReports, ...ingested.caseReports.map(({ refs: _refs, ...r }) => r)],
      ignored: ingested.ignored,
    };

    if (o.ingestedDir) {
      mkdirSync(nextIngested);
      const tables = [];
      for (const t of ingested.staged) {
        tables.push({
          table: t.table,
          file: `${t.table}.parquet`,
          rows: await writeParquet(conn, t, join(nextIngested, `${t.table}.parquet`)),
        });
      }
      writeJson(join(nextIngested, 'manifest.json'), { ...inputs, tables });
    }

    let stage = Date.now();
    await computeIndicators(conn);
    const indicatorRows = await writeIndicatorsCsv(conn, join(next, 'indicators.csv'));
    await conn.run(
      `COPY (SELECT * FROM pub.indicators ORDER BY fiscal_year, pref_code, indicator) TO '${join(next, 'indicators.parquet')}' (FORMAT parquet, COMPRESSION zstd)`,
    );
    effects.log(`indicators: ${indicatorRows} rows in ${secs(stage)} s`);
    stage = Date.now();

    writeJson(join(next, 'manifest.json'), {
      ...inputs,
      tables: [{ table: 'indicators', file: 'indicators.parquet', rows: indicatorRows }],
    });
    ingested.db.close();
    ingested = undefined;

    swapInto(next, outDir, join(work, 'previous-out'));
    if (o.ingestedDir)
      swapInto(nextIngested, resolve(o.ingestedDir), join(work, 'previous-ingested'));
    effects.log(`published ${o.outDir} in ${secs(t0)} s`);
    return { ok: true, problems: 0, manifestPath: join(outDir, 'manifest.json') };
  } finally {
    ingested?.db.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function dataVintage(conn: Ingested['db']['conn']): Promise<string | null> {
  const r = await rows<{ m: string | null }>(
    conn,
    `SELECT strftime(max(date), '%Y-%m') AS m FROM consultations`,
  );
  return r[0]?.m ?? null;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}

/** Replaces dir by the finished directory with two renames on the same file system. */
function swapInto(next: string, dir: string, old: string): void {
  mkdirSync(dirname(dir), { recursive: true });
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(next, dir);
}

const secs = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
