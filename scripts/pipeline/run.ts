// The pipeline: ingest (read, validate, cross-check) → indicators → disclosure control →
// published files. Nothing is published unless every row was accepted: results are built
// in a private work folder beside --out and switched in at the end (format README: "A run
// that rejects any row publishes nothing"; release.ts). --out receives public data only;
// the normalised tables, which hold business_key, go only to --ingested when asked for.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from '../../src/schemas/index.ts';
import type { IngestedManifest, Manifest, ManifestInputs } from '../../src/schemas/manifest.ts';
import { formatProblem, type Problem } from '../../src/lib/validation.ts';
import type { Effects } from '../lib/effects.ts';
import { ingest, SYNTHETIC_MARKER, type Ingested } from './ingest/index.ts';
import { computeIndicators, INDICATORS_TABLE } from './indicators/index.ts';
import { writeIndicatorsCsv } from './indicators/csv.ts';
import { computeReferenceValues } from './indicators/reference-values.ts';
import { computeTargets, writeTargetsCsv } from './indicators/targets.ts';
import { applyDisclosure } from './disclosure/index.ts';
import { writePublished, type ManifestFileEntry } from './publish/index.ts';
import { sha256File } from './publish/manifest.ts';
import { writeDataPackage } from './publish/datapackage.ts';
import { rows, writeParquet } from './ingest/stage-db.ts';
import {
  acquireLock,
  makeWorkDir,
  managedPath,
  publishRelease,
  removeQuietly,
  sweep,
  type Lock,
} from './release.ts';

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
  /** skip the vectorised path (tests compare the two) */
  exactOnly?: boolean;
}

export interface PipelineResult {
  ok: boolean;
  problems: number;
  manifestPath?: string;
}

export async function runPipeline(o: PipelineOptions): Promise<PipelineResult> {
  const { effects } = o;
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

  let umask: number | undefined;
  const locks: Lock[] = [];
  let work: string | undefined;
  let ingested: Ingested | undefined;
  let switched = false;
  // SIGINT / SIGTERM: remove the work files and stop with the conventional code; the
  // previous release is untouched unless the switch had already happened.
  const onSignal = (signal: NodeJS.Signals) => {
    if (work) removeQuietly(work);
    for (const l of locks) l.release();
    effects.error(
      `interrupted (${signal}): work files removed; ${o.outDir} ${switched ? 'holds the new release' : 'is unchanged'}`,
    );
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const outDir = managedPath(o.outDir, effects.warn);
    const ingestedDir = o.ingestedDir ? managedPath(o.ingestedDir, effects.warn) : undefined;
    for (const [flag, dir] of [
      ['--out', outDir],
      ...(ingestedDir ? [['--ingested', ingestedDir] as const] : []),
    ] as const) {
      const lock = acquireLock(dir, effects.warn);
      if ('heldBy' in lock) {
        effects.error(
          `${flag} ${dir}: another pipeline run (pid ${lock.heldBy}) is writing here; stopped without changing anything`,
        );
        return { ok: false, problems: 1 };
      }
      locks.push(lock);
      sweep(dir, effects.warn);
      if (
        existsSync(dir) &&
        readdirSync(dir).length > 0 &&
        !existsSync(join(dir, 'manifest.json'))
      ) {
        effects.error(
          `${dir}: (directory): not replaced: it is not empty and holds no manifest.json from an earlier run`,
        );
        problems++;
      }
    }
    if (problems) return { ok: false, problems };

    // Files made from here on are private (work files hold business keys and exact dates);
    // the published release is opened up again when it is switched in. Set only now so
    // that folders made for --out above keep the usual modes.
    umask = setUmask(0o077);
    work = makeWorkDir(outDir);
    const next = join(work, 'out');
    const nextIngested = join(work, 'ingested');
    mkdirSync(next);
    const t0 = Date.now();
    // First the vectorised path; if anything is wrong, the exact path again from the start
    // so that every problem is reported at its physical line.
    const held: Problem[] = [];
    mkdirSync(join(work, 'fast'));
    ingested = await ingest(
      o.inDirs,
      join(work, 'fast'),
      effects,
      (p) => held.push(p),
      !o.exactOnly,
    );
    if (held.length > 0 && ingested.fastFiles > 0) {
      ingested.db.close();
      ingested = undefined;
      effects.log('problems found: reading again on the exact path to report them by line');
      mkdirSync(join(work, 'exact'));
      ingested = await ingest(o.inDirs, join(work, 'exact'), effects, report, false);
    } else {
      for (const p of held) report(p);
    }
    if (problems) {
      if (problems > maxPrinted) effects.error(`… and ${problems - maxPrinted} more problems`);
      effects.error(`${problems} problem(s): nothing was published; ${o.outDir} is unchanged`);
      return { ok: false, problems };
    }
    const { conn } = ingested.db;
    const inputs: ManifestInputs = {
      format_version: FORMAT_VERSION,
      code_version: o.codeVersion,
      generated_at: effects.now().toISOString(),
      inputs: o.inDirs,
      synthetic: o.inDirs.some((d) => existsSync(join(d, SYNTHETIC_MARKER))),
      data_vintage: await dataVintage(conn),
      files: [...ingested.fileReports, ...ingested.markdownReports],
      ignored: ingested.ignored,
    };

    if (ingestedDir) {
      mkdirSync(nextIngested);
      const tables = [];
      for (const t of ingested.staged) {
        tables.push({
          table: t.table,
          file: `${t.table}.parquet`,
          rows: await writeParquet(conn, t, join(nextIngested, `${t.table}.parquet`)),
        });
      }
      const manifest: IngestedManifest = { ...inputs, tables };
      writeJson(join(nextIngested, 'manifest.json'), manifest);
    }

    let stage = Date.now();
    const step = (what: string) => {
      effects.log(`${what} in ${secs(stage)} s`);
      stage = Date.now();
    };
    await computeIndicators(conn);
    step('indicators');
    const reference = await computeReferenceValues(conn);
    step('reference values');
    const targets = await computeTargets(conn);
    step('targets');
    mkdirSync(join(work, 'scratch'));
    const disclosure = await applyDisclosure(conn, join(work, 'scratch'), step);
    // Each table's files as its contract declares them (src/schemas/published/).
    const tables = [INDICATORS_TABLE, ...reference, ...disclosure.tables, targets];
    const seconds: Record<string, number> = {};
    const published = await writePublished(conn, tables, next, (format, s) => {
      seconds[format] = (seconds[format] ?? 0) + s;
    });
    await contractCsv(next, 'indicators.csv', (p) => writeIndicatorsCsv(conn, p), published);
    await contractCsv(next, 'targets.csv', (p) => writeTargetsCsv(conn, p), published);
    const byFormat = Object.entries(seconds).map(([f, s]) => `${f} ${s.toFixed(1)} s`);
    step(`published files (${byFormat.join(', ')})`);

    const manifest: Manifest = {
      ...inputs,
      disclosure: disclosure.summary,
      tables: tables.map((t) => ({
        table: t.name,
        file: `${t.name}.parquet`,
        rows: published.find((e) => e.table === t.name && e.format === 'parquet')?.rows ?? 0,
      })),
      published,
    };
    writeJson(join(next, 'manifest.json'), manifest);
    writeDataPackage(next, manifest, tables);
    ingested.db.close();
    ingested = undefined;

    publishRelease(next, outDir, true);
    switched = true;
    if (ingestedDir) publishRelease(nextIngested, ingestedDir, false);
    effects.log(`published ${o.outDir} in ${secs(t0)} s`);
    return { ok: true, problems: 0, manifestPath: join(outDir, 'manifest.json') };
  } finally {
    ingested?.db.close();
    if (work) removeQuietly(work);
    for (const l of locks) l.release();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (umask !== undefined) setUmask(umask);
  }
}

/** process.umask cannot be set in worker threads; there the run keeps the caller's. */
function setUmask(mask: number): number | undefined {
  try {
    return process.umask(mask);
  } catch {
    return undefined;
  }
}

/**
 * indicators.csv and targets.csv are the output contract's files (indicators.md): plain
 * UTF-8 without BOM, rows in contract order, numbers as the example writes them; each
 * replaces the generic spreadsheet CSV of its table and its manifest entry is made again.
 */
async function contractCsv(
  dir: string,
  file: string,
  write: (path: string) => Promise<number>,
  published: ManifestFileEntry[],
): Promise<void> {
  const path = join(dir, file);
  await write(path);
  for (const e of published.filter((x) => x.file === file)) {
    e.bytes = statSync(path).size;
    e.sha256 = await sha256File(path);
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

const secs = (since: number) => ((Date.now() - since) / 1000).toFixed(1);
