// /explore/ on the public web: the default view answers from the page itself, and the next
// view opened in the same tab takes the drilldown data from the browser's cache (hashed,
// immutable file names; parts small enough for a private window's cache). No request is
// routed here: Playwright's routing would switch the HTTP cache off.
import { expect, test, type Page } from '@playwright/test';

async function open(page: Page, query: string) {
  await page.goto(`/explore/${query}`);
  await expect(page.locator('#explore-result')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  await expect(page.locator('#explore-error')).toBeHidden();
  await expect(page.locator('#explore-result tbody tr')).not.toHaveCount(0);
}

/** The drilldown data's requests of the current document: bytes over the network each. */
const dataTransfers = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.startsWith('/_data/'))
      .map((e) => (e as PerformanceResourceTiming).transferSize),
  );

test('the default view needs no drilldown data, and the next view reads it from the cache', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await open(page, '');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/_data/'))).toEqual([]);
  expect(await page.locator('#explore-result').textContent()).toContain('公開時に');

  await open(page, '?m=consultations&d=topic&centre=13');
  const first = await dataTransfers(page);
  expect(first.length).toBeGreaterThan(0);
  expect(first.every((bytes) => bytes > 0)).toBe(true);

  await open(page, '?m=consultations&d=quarter&centre=27');
  const next = await dataTransfers(page);
  expect(next.length).toBe(first.length);
  expect(next).toEqual(next.map(() => 0));
});
