// Measures /explore/ over a served build (issue 6 item 4): cold time from navigation to the
// first drilldown result, the time of typical queries, and bytes transferred by file.
// Usage: npx astro preview --host 127.0.0.1 --port 4353 &  then
//        npx node scripts/bench-explore.ts --url http://127.0.0.1:4353 [--runs 3]
import { chromium, type Page } from '@playwright/test';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4353' },
    runs: { type: 'string', default: '3' },
  },
});
const BASE = values.url!;

/** Views a centre or ministry analyst opens; the latest fiscal year is filled in. */
const VIEWS = (fy: number) => [
  `m=consultations&d=fy`,
  `m=consultations&d=&fy=${fy}&centre=13`,
  `m=consultations,resolved,outcomes&d=topic&fy=${fy}`,
  `m=consultations&d=month,topic_group&fy=${fy}`,
  `m=consultations,referrals,joint&d=centre,channel&fy=${fy}`,
  `m=consultations&d=industry,band&fy=${fy - 1},${fy}&bureau=kanto`,
];

async function resultMs(page: Page): Promise<number> {
  await page.locator('#explore-result[aria-busy=false]').waitFor({ timeout: 120_000 });
  const text = (await page.locator('#explore-result').textContent()) ?? '';
  const m = /(\d+)ミリ秒/.exec(text);
  if (!m) throw new Error(`no result time on the page: ${text.slice(0, 200)}`);
  return Number(m[1]);
}

async function cold(runIndex: number): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox'],
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = new Map<string, number>();
  let external = 0;
  page.on('requestfinished', async (req) => {
    const url = new URL(req.url());
    if (url.hostname !== '127.0.0.1') external++;
    const sizes = await req.sizes().catch(() => null);
    const name = url.pathname.split('/').pop() || url.pathname;
    const key = /\.wasm$/.test(name)
      ? 'wasm'
      : /worker/.test(name)
        ? 'worker'
        : name === 'portal.duckdb'
          ? 'portal.duckdb'
          : 'other';
    bytes.set(
      key,
      (bytes.get(key) ?? 0) + (sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0),
    );
  });
  const requests = new Map<string, number>();
  page.on('request', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop() ?? '';
    requests.set(name, (requests.get(name) ?? 0) + 1);
  });
  await page.goto(`${BASE}/explore/?m=consultations&d=`, { waitUntil: 'commit' });
  await resultMs(page);
  const first = await page.evaluate(
    () => performance.getEntriesByName('explore:first-result')[0]?.startTime ?? -1,
  );
  await page.waitForTimeout(500); // let the last responses of the first load finish
  const firstBytes = JSON.stringify(Object.fromEntries(bytes));
  const firstRequests = requests.get('portal.duckdb') ?? 0;
  const fy = Number(await page.locator('input[name=fy]').last().getAttribute('value'));
  const times: string[] = [];
  for (const view of VIEWS(fy)) {
    await page.goto(`${BASE}/explore/?${view}`);
    // The page loads DuckDB again (same HTTP cache); time only the query it reports.
    times.push(`${view} → ${await resultMs(page)} ms`);
  }
  console.log(`run ${runIndex}: first result ${Math.round(first)} ms after navigation start`);
  if (runIndex === 1) {
    for (const t of times) console.log(`  query ${t}`);
    console.log(
      `  bytes to the first result: ${firstBytes}; portal.duckdb requests: ${firstRequests}`,
    );
    console.log(
      `  bytes after all views: ${JSON.stringify(Object.fromEntries(bytes))}; external: ${external}`,
    );
  }
  await browser.close();
}

for (let i = 1; i <= Number(values.runs); i++) await cold(i);
