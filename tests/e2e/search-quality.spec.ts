// Search quality: the Japanese query set against the real Pagefind index of the
// fixture build, in the browser. Recall counts every expected page among all results;
// transfer is what the search page downloads for a query after the first one.
import { expect, test } from '@playwright/test';
import { QUERIES } from './search-queries.ts';
import { expectNoExternalRequests, recordRequests } from './support.ts';

const requested = recordRequests();
const KB = 1000;

test('the Japanese query set finds at least 90% of what it must', async ({ page }) => {
  test.setTimeout(180_000);
  expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  await page.goto('/search/');
  let expectedTotal = 0;
  let foundTotal = 0;
  const misses: string[] = [];
  for (const query of QUERIES) {
    expect(query.expected.length, `${query.q}: nothing expected`).toBeGreaterThan(0);
    const urls = await page.evaluate(async (q) => {
      // A variable specifier: the bundle exists only in the built site.
      const bundle = '/pagefind/pagefind.js';
      const pf = await import(bundle);
      await pf.options({ baseUrl: '/' });
      const search = await pf.search(q);
      const data = await Promise.all(
        search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()),
      );
      return data.map((d) => d.url);
    }, query.q);
    const found = query.expected.filter((u) => urls.includes(u));
    expectedTotal += query.expected.length;
    foundTotal += found.length;
    const recall = found.length / query.expected.length;
    console.log(
      `recall ${(recall * 100).toFixed(0).padStart(3)}%  ${found.length}/${query.expected.length}  (${urls.length} results)  ${query.q}`,
    );
    if (recall < 1)
      misses.push(
        `${query.q}: ${query.expected
          .filter((u) => !urls.includes(u))
          .slice(0, 3)
          .join(' ')}`,
      );
  }
  const recall = foundTotal / expectedTotal;
  console.log(
    `overall recall ${(recall * 100).toFixed(1)}% (${foundTotal}/${expectedTotal}) over ${QUERIES.length} queries`,
  );
  if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
  expect(recall).toBeGreaterThanOrEqual(0.9);
  expectNoExternalRequests(requested);
});

test('after the first query, each search transfers under 150 KB', async ({ page }) => {
  test.setTimeout(120_000);
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'キーワードで探す' });
  const results = page.locator('[data-search-list] li');
  // The first query loads the Pagefind bundle and its wasm: not counted.
  await box.fill('事業承継');
  await box.press('Enter');
  await expect(results.first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const perQuery: number[] = [];
  for (const query of QUERIES.slice(1)) {
    bytes = 0;
    await box.fill(query.q);
    await box.press('Enter');
    await expect(page.locator('[data-facet-status]')).toContainText(`「${query.q}」`);
    await page.waitForLoadState('networkidle');
    perQuery.push(bytes);
  }
  const max = Math.max(...perQuery);
  const mean = perQuery.reduce((s, b) => s + b, 0) / perQuery.length;
  console.log(
    `per-query transfer after the first: mean ${(mean / KB).toFixed(1)} KB, max ${(max / KB).toFixed(1)} KB over ${perQuery.length} queries`,
  );
  expect(max).toBeLessThan(150 * KB);
  expectNoExternalRequests(requested);
});
