// Times /workspace/ in a real browser tab (Debian's Chromium): a centre's own export cut
// from the national sample chosen through the page's file input, until its indicators are
// on the page; and the tab's memory (peak resident memory of the renderer process, which
// holds the page, its worker and DuckDB-WASM's worker). Needs a built site (dist/).
// Usage: npx node scripts/bench-workspace-page.ts [--in data/sample] [--centre PP|largest]
//   [--dist dist] [--sjis] [--keep DIR]
// The whole history and its latest fiscal year alone are timed, each in a fresh tab whose
// engine has loaded first (the page loads it on opening, before any file is chosen).
// --sjis also times the whole history as Shift_JIS with era dates (the row-by-row path);
// --keep DIR keeps the exports cut.
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { largestCentre, writeCentreExport } from './lib/centre-export.ts';
import { serveStatic } from './lib/static-host.ts';
import { encodeShiftJis } from '../tests/helpers/sjis.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'data/sample' },
    centre: { type: 'string', default: 'largest' },
    dist: { type: 'string', default: 'dist' },
    sjis: { type: 'boolean', default: false },
    keep: { type: 'string' },
  },
});

const scratch = values.keep ?? mkdtempSync(join(tmpdir(), 'bench-workspace-page-'));
const pref = values.centre === 'largest' ? await largestCentre(values.in) : values.centre;
const whole = join(scratch, 'whole');
const kept = await writeCentreExport(values.in, whole, pref);
console.log(`centre ${pref}: ${kept['consultations.csv']?.toLocaleString('en')} consultations`);

/** The same export with only the latest fiscal year's consultations and surveys. */
function latestYear(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  const fy = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);
  let latest = 0;
  const dated = ['consultations.csv', 'surveys.csv'];
  const tables = new Map(
    readdirSync(from).map((f) => [f, readFileSync(join(from, f), 'utf8').split('\n')] as const),
  );
  // The sample writes ISO dates, in the second column of both files.
  for (const f of dated)
    for (const line of tables.get(f)!.slice(1))
      if (line) latest = Math.max(latest, fy(line.split(',')[1]!));
  for (const [f, lines] of tables) {
    const keep = dated.includes(f)
      ? lines.filter((l, i) => i === 0 || (l && fy(l.split(',')[1]!) === latest))
      : lines;
    writeFileSync(join(to, f), keep.join('\n').replace(/\n*$/, '\n'));
  }
  return latest;
}
const oneYear = join(scratch, 'one-year');
const fy = latestYear(whole, oneYear);
const runs: [string, string][] = [
  ['whole history, UTF-8', whole],
  [`FY${fy} only, UTF-8`, oneYear],
];
if (values.sjis) {
  const sjis = join(scratch, 'sjis');
  mkdirSync(sjis);
  // Era dates too (令和6年10月8日), as other software writes them: the files are then not
  // UTF-8, so every row takes the row-by-row path.
  const era = (s: string) =>
    s.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso, y: string, m: string, d: string) =>
      iso < '2019-05-01' ? iso : `令和${Number(y) - 2018}年${Number(m)}月${Number(d)}日`,
    );
  for (const f of readdirSync(whole))
    writeFileSync(join(sjis, f), encodeShiftJis(era(readFileSync(join(whole, f), 'utf8'))));
  runs.push(['whole history, Shift_JIS with era dates', sjis]);
}

/** Resident memory (KiB) of each renderer process below `pid`. */
function renderers(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      try {
        if (readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('--type=renderer')) {
          const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${c}/status`, 'utf8'));
          if (rss) out.push(Number(rss[1]));
        }
      } catch {
        // gone meanwhile
      }
      walk(c);
    }
  };
  walk(pid);
  return out;
}

const server = await serveStatic({ root: values.dist, base: '/', port: 0 });
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
// Launched from this process (so the browser is its child, and its renderers are found),
// and locally, so the files are chosen by path as a person's are, not uploaded to it.
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const [label, dir] of runs) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/workspace/`);
    await page.locator('#workspace[data-state="ready"]').waitFor({ timeout: 120_000 });
    const before = Math.max(0, ...renderers(process.pid));
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, ...renderers(process.pid));
    }, 100);
    const files = readdirSync(dir).map((f) => join(dir, f));
    const start = performance.now();
    await page.locator('#workspace-files').setInputFiles(files);
    await page
      .locator('#workspace[data-state="done"], #workspace[data-state="rejected"]')
      .waitFor({ timeout: 300_000 });
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    const state = await page.locator('#workspace').getAttribute('data-state');
    const shown = await page.locator('#workspace-result [data-indicator]').count();
    const [readMs, workerMs] = ((await page.locator('#workspace').getAttribute('data-ms')) ?? '')
      .split(' ')
      .map(Number);
    console.log(
      `${label}: ${state} in ${seconds.toFixed(2)} s from choosing the files to ${shown} figures ` +
        `on the page; tab memory ${(before / 1024).toFixed(0)} MiB before, peak ${(peak / 1024).toFixed(0)} MiB\n  in the worker: ${((workerMs ?? 0) / 1000).toFixed(2)} s, of which reading and checking ${((readMs ?? 0) / 1000).toFixed(2)} s`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
  if (!values.keep) rmSync(scratch, { recursive: true, force: true });
}
