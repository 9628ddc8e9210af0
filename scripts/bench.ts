// npm run bench [-- --in DIR]: the ingest on the national sample beside its floor, DuckDB's
// own read_csv → ZSTD Parquet of the same consultations.csv, in one run. Prints the
// ratio, rows/s and peak memory. The pipeline runs in this process, so maxRSS includes
// DuckDB's native memory; the floor runs in a child so it does not inflate that figure.
// Then the workspace: the largest centre's own export (bench-workspace.ts, and
// bench-workspace-page.ts in a browser tab when dist/ holds a built site).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from './pipeline/run.ts';
import { consoleEffects } from './lib/effects.ts';

const { values } = parseArgs({ options: { in: { type: 'string', default: 'data/sample' } } });
const input = values.in;
const here = import.meta.dirname;

if (!existsSync(join(input, 'consultations.csv'))) {
  console.log(`generating the national sample into ${input} …`);
  const t = Date.now();
  const r = spawnSync(process.execPath, [join(here, 'sample.ts'), '--out', input], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(1);
  console.log(`generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const work = mkdtempSync(join(tmpdir(), 'yorozu-bench-'));
try {
  const floor = spawnSync(
    process.execPath,
    [join(here, 'bench-floor.ts'), join(input, 'consultations.csv'), join(work, 'floor.parquet')],
    {
      encoding: 'utf8',
    },
  );
  if (floor.status !== 0) throw new Error(floor.stderr);
  const floorResult = JSON.parse(floor.stdout) as {
    seconds: number;
    cpuSeconds: number;
    rows: number;
  };

  // Each stage's log line is followed by the CPU seconds (all threads) spent since the
  // previous one: on 2 cores the pipeline is CPU-bound, so this is where time can go.
  const stages: { line: string; seconds: number }[] = [];
  let cpuMark = process.cpuUsage();
  let wallMark = performance.now();
  const log = (m: string) => {
    const d = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    const seconds = (performance.now() - wallMark) / 1000;
    wallMark = performance.now();
    stages.push({ line: `${m}, ${((d.user + d.system) / 1e6).toFixed(1)} CPU-s`, seconds });
  };
  const effects = { ...consoleEffects(), log, progress: () => {} };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  wallMark = t0;
  const result = await runPipeline({
    inDirs: [input],
    outDir: join(work, 'out'),
    effects,
    codeVersion: 'bench',
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (!result.ok) throw new Error('the pipeline rejected the sample');
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  const mb = statSync(join(input, 'consultations.csv')).size / 1e6;

  const rows = floorResult.rows;
  // The floor's counterpart in the pipeline: consultations.csv read, every rule checked,
  // typed rows written to Parquet. The rest (indicators, disclosure control, 20 tables in
  // three formats and portal.duckdb) has none in the floor.
  const read = stages.find((s) => /^read .*consultations\.csv:/.test(s.line));
  const lines = [
    `input                ${input}/consultations.csv: ${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB (all files are ingested)`,
    `floor (DuckDB)       ${floorResult.seconds.toFixed(2)} s  ${Math.round(rows / floorResult.seconds).toLocaleString('en')} rows/s  ${floorResult.cpuSeconds.toFixed(1)} CPU-s`,
    `pipeline (all steps) ${seconds.toFixed(2)} s  ${Math.round(rows / seconds).toLocaleString('en')} consultation rows/s  ${cpuSeconds.toFixed(1)} CPU-s`,
    ...stages
      .filter((s) => /^(read|indicators|reference|disclosure|published files)/.test(s.line))
      .map((s) => `  ${s.line}`),
    `ratio                ${(seconds / floorResult.seconds).toFixed(1)}× the floor` +
      (read
        ? ` (reading and checking consultations.csv alone: ${(read.seconds / floorResult.seconds).toFixed(1)}×)`
        : ''),
    `peak RSS             ${rssMiB.toFixed(0)} MiB`,
  ];
  console.log(lines.join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The workspace: the largest centre's own export through DuckDB-WASM in Node, then through
// /workspace/ in a browser tab when a site has been built (each in its own process).
console.log('\nworkspace (largest centre, DuckDB-WASM in Node):');
spawnSync(
  process.execPath,
  [join(here, 'bench-workspace.ts'), '--in', input, '--centre', 'largest'],
  { stdio: 'inherit' },
);
if (existsSync(join(here, '..', 'dist', 'workspace', 'index.html'))) {
  console.log('\nworkspace (largest centre, /workspace/ in Chromium):');
  spawnSync(process.execPath, [join(here, 'bench-workspace-page.ts'), '--in', input], {
    stdio: 'inherit',
  });
} else console.log('no dist/workspace/: `npm run build` first to time /workspace/ in a browser');
