// Measures /explore/ as a visitor meets it (README, "Drilldowns on the public web"): over a
// served build, in a new headless Chromium per run (cold cache), the time from navigation
// to the first result (`performance.mark('explore:first-result')`) and the bytes received
// from the network before it, for
//   1. the default view, cold;
//   2. a permalink, cold;
//   3. the next permalink opened in the same tab (HTTP cache warm);
// then, in run 1, the query time of typical views.
// and the size of dist/ by folder. Usage: `npm run bench:web [-- --runs 5]` serves dist/
// itself as a static host would (scripts/lib/static-host.ts); `--url U` measures a site
// served elsewhere (e.g. shared/tools/serve.mjs), `--dist DIR` another build.
import { chromium, type Page } from '@playwright/test';
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDistReport, listDist, summarise } from './lib/dist-size.ts';
import { serveStatic } from './lib/static-host.ts';
import { ROOT } from './lib/steps.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    dist: { type: 'string', default: 'dist' },
    runs: { type: 'string', default: '3' },
  },
});

const DEFAULT_VIEW = '';
const PERMALINK = 'm=consultations&d=topic&centre=13';
const NEXT_PERMALINK = 'm=consultations&d=quarter&centre=27';

/** Views a centre or ministry analyst opens; the latest fiscal year is filled in. */
const VIEWS = (fy: number) => [
  `m=consultations&d=&fy=${fy}&centre=13`,
  `m=consultations,resolved,outcomes&d=topic&fy=${fy}`,
  `m=consultations&d=quarter,topic_group&fy=${fy}`,
  `m=consultations,referrals,joint&d=centre,channel&fy=${fy}`,
  `m=consultations&d=industry,band&fy=${fy - 1},${fy}&bureau=kanto`,
];

/** Bytes the host sends (status line, headers, body as sent), by path: a proxy in front of
 *  the host sees the worker's requests too, and nothing the browser served from its cache. */
class WireBytes {
  readonly byFile = new Map<string, number>();
  readonly url: Promise<string>;
  private server: Server;
  constructor(target: string) {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', target).pathname;
      const upstream = request(new URL(req.url ?? '/', target), {
        method: req.method,
        headers: req.headers,
      });
      upstream.on('response', (up) => {
        let n = 15 + up.rawHeaders.reduce((sum, h) => sum + h.length + 2, 0);
        up.on('data', (chunk: Buffer) => (n += chunk.length));
        up.on('end', () => this.byFile.set(path, (this.byFile.get(path) ?? 0) + n));
        res.writeHead(up.statusCode ?? 502, up.rawHeaders);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    this.url = new Promise((ok) =>
      this.server.listen(0, '127.0.0.1', () => {
        const address = this.server.address() as { port: number };
        ok(`http://127.0.0.1:${address.port}`);
      }),
    );
  }
  total(): number {
    return [...this.byFile.values()].reduce((a, b) => a + b, 0);
  }
  reset(): void {
    this.byFile.clear();
  }
  largest(n: number): string {
    return [...this.byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([p, b]) => `${p.split('/').pop()} ${mib(b)}`)
      .join(', ');
  }
  close(): void {
    this.server.close();
  }
}

const mib = (n: number) => `${(n / 1048576).toFixed(2)} MiB`;

const distDir = resolve(ROOT, values.dist!);
const host = values.url ? null : await serveStatic({ root: distDir, base: '/', port: 0 });
const hostUrl = values.url ?? `http://127.0.0.1:${(host!.address() as { port: number }).port}`;
const wire = new WireBytes(hostUrl);
const BASE = await wire.url;

async function firstResult(page: Page, query: string): Promise<number> {
  await page.goto(`${BASE}/explore/${query ? `?${query}` : ''}`, { waitUntil: 'commit' });
  await page.locator('#explore-result[aria-busy=false]').waitFor({ timeout: 120_000 });
  const error = await page.locator('#explore-error').isVisible();
  if (error) throw new Error(await page.locator('#explore-error').innerText());
  return page.evaluate(
    () => performance.getEntriesByName('explore:first-result')[0]?.startTime ?? -1,
  );
}

async function queryMs(page: Page, query: string): Promise<number> {
  await firstResult(page, query);
  const text = (await page.locator('#explore-result').textContent()) ?? '';
  const m = /(\d+)ミリ秒/.exec(text);
  if (!m) throw new Error(`no query time on the page: ${text.slice(0, 200)}`);
  return Number(m[1]);
}

// A new profile per browser, as a first-time visitor has: its disk cache starts empty, and
// (unlike an incognito context, whose memory cache keeps no entry over about 6 MB) it keeps
// what the site marks cacheable, as a normal browser window does.
async function newPage() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-explore-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox'],
  });
  const browser = {
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  const page = context.pages()[0] ?? (await context.newPage());
  wire.reset();
  let external = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).hostname !== '127.0.0.1') external++;
  });
  return { browser, page, external: () => external };
}

async function run(i: number): Promise<void> {
  // 1. The default view, cold.
  {
    const { browser, page } = await newPage();
    const ms = await firstResult(page, DEFAULT_VIEW);
    const bytes = wire.total();
    console.log(`run ${i} default view, cold: ${Math.round(ms)} ms, ${mib(bytes)}`);
    await browser.close();
  }
  // 2. A permalink, cold; 3. the next permalink in the same tab.
  const { browser, page, external } = await newPage();
  const ms = await firstResult(page, PERMALINK);
  console.log(
    `run ${i} permalink, cold: ${Math.round(ms)} ms, ${mib(wire.total())} (${wire.largest(3)})`,
  );
  await page.waitForTimeout(300);
  wire.reset();
  const next = await firstResult(page, NEXT_PERMALINK);
  console.log(
    `run ${i} next permalink, same tab: ${Math.round(next)} ms, ${mib(wire.total())} (${wire.largest(3)})`,
  );
  if (i === 1) {
    const fy = Number(await page.locator('input[name=fy]').last().getAttribute('value'));
    for (const view of VIEWS(fy)) console.log(`  query ${view} → ${await queryMs(page, view)} ms`);
  }
  console.log(`run ${i} requests leaving 127.0.0.1: ${external()}`);
  await browser.close();
}

for (let i = 1; i <= Number(values.runs); i++) await run(i);
wire.close();
host?.close();
host?.closeAllConnections();
console.log(`\ndist/ (${distDir}):`);
for (const line of formatDistReport(summarise(listDist(distDir)))) console.log(line);
