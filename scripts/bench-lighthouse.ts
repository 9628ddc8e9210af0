// Lighthouse 13 (mobile defaults) on one page of every page type of a served build, as a
// visitor meets it: a static host with compression and the site's _headers (npm run serve),
// Debian's chromium, a cold profile per page. Prints the four category scores and the
// metrics that most often cost performance points.
// Usage: npm run bench:lighthouse [-- --runs N] [--only /path/,/path2/] serves dist/ itself
// as a static host would (scripts/lib/static-host.ts); `--url U` measures a site served
// elsewhere, `--dist DIR` another build.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-host.ts';
import { ROOT } from './lib/steps.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    runs: { type: 'string', default: '1' },
    only: { type: 'string' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
  },
});

/** The first entry page under `dir` of the built site (a profile, a menu, a case). */
function firstPage(dir: string): string {
  const name = readdirSync(join(values.dist!, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()[0];
  if (!name) throw new Error(`dist/${dir}/ has no pages: build the site first`);
  return `/${dir}/${name}/`;
}

const PAGE_TYPES: [string, string][] = [
  ['home', '/'],
  ['centre list', '/centers/'],
  ['centre dashboard', '/centers/13/'],
  ['compare', '/compare/13/'],
  ['coordinator list', '/coordinators/'],
  ['coordinator profile', firstPage('coordinators')],
  ['menus', '/menus/'],
  ['case list', '/cases/'],
  ['case', firstPage('cases')],
  ['initiative list', '/initiatives/'],
  ['initiative', firstPage('initiatives')],
  ['trends', '/trends/'],
  ['explore', '/explore/'],
  ['data', '/data/'],
  ['methodology', '/methodology/'],
];
// The English edition (/en/…) is the same pages in other words: measured too.
PAGE_TYPES.push(
  ...PAGE_TYPES.map(([type, path]): [string, string] => [`${type} (en)`, `/en${path}`]),
);

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number; displayValue?: string }>;
}

function lighthouse(url: string): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'lh-'));
  const out = join(dir, 'report.json');
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' },
    });
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`lighthouse ${url}: exit ${code}`);
        ok(JSON.parse(readFileSync(out, 'utf8')) as Report);
      } catch (error) {
        fail(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

const score = (r: Report, id: string) => Math.round((r.categories[id]?.score ?? 0) * 100);
const metric = (r: Report, id: string) => r.audits[id]?.displayValue ?? '?';

const host = values.url ? null : await serveStatic({ root: values.dist!, base: '/', port: 0 });
const url = values.url ?? `http://127.0.0.1:${(host!.address() as { port: number }).port}`;
const only = values.only?.split(',');
console.log(
  'page type | path | performance | accessibility | best practices | SEO | LCP | TBT | CLS',
);
for (const [type, path] of PAGE_TYPES) {
  if (only && !only.includes(path)) continue;
  for (let i = 0; i < Number(values.runs); i++) {
    const r = await lighthouse(`${url}${path}`);
    console.log(
      [
        type,
        path,
        score(r, 'performance'),
        score(r, 'accessibility'),
        score(r, 'best-practices'),
        score(r, 'seo'),
        metric(r, 'largest-contentful-paint'),
        metric(r, 'total-blocking-time'),
        metric(r, 'cumulative-layout-shift'),
      ].join(' | '),
    );
  }
}
host?.close();
host?.closeAllConnections();
