// The site as a public host serves it: the suite's server applies public/_headers,
// so one page of every kind must work under the CSP with no console error and no policy
// violation, and name its canonical address. Plus the files crawlers and browsers ask for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseHTML } from 'linkedom';

const DIST = new URL('../../dist/', import.meta.url);

/** Paths of every page kind; {list} entries are resolved from the first link on that list. */
const PAGES = [
  '/',
  '/centers/',
  '/centers/13/',
  '/compare/13/',
  '/coordinators/',
  '{list}/coordinators/',
  '/menus/',
  '{list}/menus/',
  '/cases/',
  '{list}/cases/',
  '/initiatives/',
  '{list}/initiatives/',
  '/trends/',
  '/explore/',
  '/data/',
  '/methodology/',
  '/search/',
  '/no-such-page/',
];

/** Console errors, uncaught exceptions and CSP violations of one page, as they happen. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return problems;
}

// Injected by the test runner, so it runs whatever the page's CSP says.
const recordViolations = () => {
  const seen: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = seen;
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`),
  );
};

async function firstLinkOn(page: Page, list: string): Promise<string> {
  await page.goto(list);
  const href = await page
    .locator(`main a[href^="${list}"]`)
    .evaluateAll((as) =>
      as.map((a) => a.getAttribute('href') ?? '').find((h) => /^\/[^/]+\/[^/?#]+\/$/.test(h)),
    );
  expect(href, `a detail link on ${list}`).toBeTruthy();
  return href!;
}

for (const entry of PAGES) {
  test(`${entry} works under the CSP with no console error`, async ({ page }) => {
    const path = entry.startsWith('{list}') ? await firstLinkOn(page, entry.slice(6)) : entry;
    const missing = path === '/no-such-page/';
    await page.addInitScript(recordViolations);
    const problems = watch(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(missing ? 404 : 200);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).not.toContain("'unsafe-eval'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');

    if (path === '/explore/') {
      // DuckDB-WASM, its worker and the query must all run under the policy.
      await expect(page.locator('#explore-result')).toHaveAttribute('aria-busy', 'false', {
        timeout: 30_000,
      });
    }
    if (path === '/search/') {
      // Pagefind's WebAssembly and fragments load only on a query.
      const box = page.getByRole('searchbox', { name: 'キーワードで探す' });
      await box.fill('事業承継');
      await box.press('Enter');
      await expect(page.locator('[data-search-list] li').first()).toBeVisible();
    }
    await page.waitForLoadState('networkidle');

    const canonical = page.locator('link[rel="canonical"]');
    if (missing) {
      // A 404 has no address of its own to name; it asks not to be indexed instead.
      await expect(canonical).toHaveCount(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    } else {
      const href = await canonical.getAttribute('href');
      expect(href).toMatch(/^https?:\/\//);
      expect(new URL(href!).pathname).toBe(path);
    }
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations).toEqual([]);
    // Chromium reports the 404 document itself as a failed load; nothing else may fail.
    const expected = missing ? [/^console error: Failed to load resource: .* 404/] : [];
    expect(problems.filter((p) => !expected.some((re) => re.test(p)))).toEqual([]);
  });
}

test('a missing address answers 404 with the 404 page', async ({ page, request }) => {
  const response = await page.goto('/centers/99/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
  // Its styles load from the site root even at this depth.
  expect(
    await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display),
  ).not.toBe('inline');
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/x-icon');
});

test('robots.txt points at the sitemap, which lists pages but not the 404 page', async ({
  request,
}) => {
  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  const sitemapLine = /^Sitemap: (https?:\/\/\S+)$/m.exec(text);
  expect(sitemapLine).not.toBeNull();
  const sitemapIndex = new URL(sitemapLine![1]!);
  expect(sitemapIndex.pathname).toBe('/sitemap-index.xml');

  const index = await request.get('/sitemap-index.xml');
  expect(index.status()).toBe(200);
  const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemaps.length).toBeGreaterThan(0);
  const locs: string[] = [];
  for (const sitemap of sitemaps) {
    // Same origin as robots.txt's line: both come from the one SITE setting.
    expect(new URL(sitemap).origin).toBe(sitemapIndex.origin);
    const body = await (await request.get(new URL(sitemap).pathname)).text();
    locs.push(...[...body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  expect(locs).toEqual(expect.arrayContaining(['/', '/centers/13/', '/explore/', '/data/']));
  expect(locs.filter((l) => l.includes('404'))).toEqual([]);
});

test('no built page carries inline script or inline event handlers (the CSP forbids them)', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(100);
  const offenders: string[] = [];
  // Parsed, not matched as text: people's words may hold '<script>' inside an attribute
  // value (a page's description), where it is text.
  for (const file of pages) {
    const { document } = parseHTML(readFileSync(join(DIST.pathname, file), 'utf8'));
    for (const script of document.querySelectorAll('script')) {
      const data = /^application\/(ld\+)?json$/i.test(script.getAttribute('type') ?? '');
      if (!data && !script.hasAttribute('src')) offenders.push(`${file}: inline <script>`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (/^on/i.test(name)) offenders.push(`${file}: <${element.localName} ${name}>`);
        if (/^(href|src)$/i.test(name) && /^\s*javascript:/i.test(value)) {
          offenders.push(`${file}: javascript: URL in <${element.localName} ${name}>`);
        }
      }
    }
  }
  expect(offenders).toEqual([]);
});
