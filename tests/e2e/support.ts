// Shared e2e checks: request recording (anything not on 127.0.0.1 is refused and
// recorded), axe at WCAG 2.2 AA, and the no-external-request assertion.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Records every request of each test; call once at the top of a spec file. */
export function recordRequests(): string[] {
  const requested: string[] = [];
  test.beforeEach(async ({ context }) => {
    requested.length = 0;
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      requested.push(url.href);
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient');
    });
  });
  return requested;
}

export async function axeViolations(page: Page) {
  return (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations;
}

export function expectNoExternalRequests(requested: readonly string[]): void {
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((u) => new URL(u).hostname !== '127.0.0.1')).toEqual([]);
}

/** `path` as a reader without JavaScript gets it (close with `page.context().close()`). */
export async function openWithoutScript(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Opens `path`, waits until the network is idle, and checks no request left 127.0.0.1. */
export async function expectOnlyLocalRequests(
  page: Page,
  path: string,
  requested: readonly string[],
): Promise<void> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expectNoExternalRequests(requested);
}

/** indicators.csv of the data the e2e build used (`node scripts/build.ts --fixture`). */
export function publishedIndicators() {
  const csv = readFileSync(new URL('.build/published/indicators.csv', import.meta.url), 'utf8');
  const [header, ...lines] = csv.trimEnd().split('\n');
  expect(header).toBe('fiscal_year,pref_code,indicator,value,status');
  const published = new Map<string, { value: string; status: string }>();
  for (const line of lines) {
    const [fy, pref, indicator, value, status] = line.split(',');
    published.set(`${fy}|${pref}|${indicator}`, { value: value ?? '', status: status ?? '' });
  }
  const latest = String(Math.max(...lines.map((l) => Number(l.split(',')[0]))));
  return { published, latest };
}

/** A request for a WebAssembly engine: DuckDB's ships gzip-compressed in parts
 *  (`.wasm.gz.0`, `.wasm.gz.1`, …: src/lib/browser-data.ts). */
export const isWasm = (url: string): boolean =>
  /\.wasm(\.gz(\.\d+)?)?$/.test(new URL(url).pathname);
