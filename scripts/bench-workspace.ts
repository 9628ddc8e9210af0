// Times the workspace's path on DuckDB-WASM's asynchronous engine in Node (the browser's
// engine, one worker thread): reading and checking an export from Blobs
// (src/lib/workspace/read-export.ts), then the shared indicator computation. Node is not a
// browser tab; the figures show the engine and the shared code's cost, not a page's.
// Usage: npx node scripts/bench-workspace.ts --in DIR [--centre PP|largest] [--rows-only]
// --centre cuts that centre's own export from DIR first (untimed; scripts/lib/centre-export.ts);
// --rows-only skips DuckDB's vectorised check (every file read by the row checker).
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { computeIndicatorRows } from '../src/lib/indicator-compute/index.ts';
import { CsvChecker } from '../src/lib/ingest/csv-checker.ts';
import { CSV_FILES } from '../src/schemas/index.ts';
import { formatProblem } from '../src/lib/validation.ts';
import { readExport, type ExportFile } from '../src/lib/workspace/read-export.ts';
import { largestCentre, writeCentreExport } from './lib/centre-export.ts';
import { openNodeWasm } from './lib/node-duckdb-wasm.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    centre: { type: 'string' },
    'rows-only': { type: 'boolean', default: false },
  },
});
if (!values.in) throw new Error('usage: --in DIR [--centre PP|largest]');

let dir = values.in;
let scratch: string | undefined;
if (values.centre) {
  const pref = values.centre === 'largest' ? await largestCentre(dir) : values.centre;
  scratch = mkdtempSync(join(tmpdir(), 'bench-workspace-'));
  const kept = await writeCentreExport(dir, scratch, pref);
  console.log(`centre ${pref}: ${kept['consultations.csv']} consultations`);
  dir = scratch;
}

const files: ExportFile[] = readdirSync(dir)
  .filter((n) => n.endsWith('.csv') && statSync(join(dir, n)).isFile())
  .map((name) => ({ name, data: new Blob([readFileSync(join(dir, name))]) }));

const ms = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

// The shared checker alone (decode, parse, zod), without the engine: the JavaScript share.
let t = performance.now();
for (const f of files) {
  const spec = CSV_FILES.find((s) => s.file === f.name);
  if (!spec) continue;
  const checker = new CsvChecker({ display: f.name, spec, report: () => {}, accept: () => {} });
  checker.push(new Uint8Array(await f.data.arrayBuffer()));
  checker.end();
}
console.log(`checker alone (decode, parse, zod) in ${ms(t)}`);

t = performance.now();
const wasm = await openNodeWasm();
console.log(`engine started in ${ms(t)}`);
try {
  t = performance.now();
  const start = t;
  const read = await readExport(files, wasm.db, { fast: !values['rows-only'] });
  const quick = read.files.filter((f) => f.vectorised).length;
  const rows = read.files.reduce((n, f) => n + f.rows_read, 0);
  console.log(
    `read and checked ${rows.toLocaleString('en')} rows in ${ms(t)} (${quick} of ${read.files.length} files vectorised)`,
  );
  for (const p of read.problems.slice(0, 10)) console.log(formatProblem(p));
  if (read.problems.length) process.exitCode = 1;
  else {
    t = performance.now();
    const centres = await wasm.db.rows<{ p: string }>(
      `SELECT DISTINCT pref_code AS p FROM consultations ORDER BY 1`,
    );
    const out = await computeIndicatorRows(
      wasm.db,
      centres.map((c) => c.p),
    );
    console.log(
      `${out.indicators.length} indicator values (FY ${out.fiscalYears.join(', ')}) in ${ms(t)}`,
    );
    console.log(`files to indicators: ${ms(start)}`);
  }
  console.log(`peak resident memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  await wasm.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
