// /initiatives/, each initiative's page and the Atom feed, over the data the e2e build
// published (expectations derived from json/initiatives.json, never hard-coded). With no
// initiatives published, the list says so and the feed is valid and empty.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  FEED_ENTRIES,
  initiativeFacetValues,
  kindName,
  similarInitiatives,
  sortInitiatives,
  type InitiativeRow,
} from '../../src/lib/directory/initiatives.ts';
import { centreOf } from '../../src/lib/directory/labels.ts';
import type { InjectedPayloads } from '../helpers/payloads.ts';
import { axeViolations, expectNoExternalRequests, recordRequests } from './support.ts';

const buildDir = new URL('.build/', import.meta.url).pathname;
const publishedDir = process.env['E2E_PUBLISHED'] ?? join(buildDir, 'published');
const rows: InitiativeRow[] = sortInitiatives(
  JSON.parse(readFileSync(join(publishedDir, 'json', 'initiatives.json'), 'utf8')),
);
const payloadsFile = join(buildDir, 'payloads.json');
const injected: InjectedPayloads['initiatives'] = existsSync(payloadsFile)
  ? ((JSON.parse(readFileSync(payloadsFile, 'utf8')) as InjectedPayloads).initiatives ?? [])
  : [];
const requested = recordRequests();
const visibleItems = (page: Page) => page.locator('[data-facet-item]:not([hidden])');
const listedIds = (page: Page) =>
  visibleItems(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-initiative-id')));

async function readFeed(page: Page, xml: string) {
  return page.evaluate((x) => {
    const doc = new DOMParser().parseFromString(x, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      ids: [...doc.querySelectorAll('entry > id')].map((e) => e.textContent ?? ''),
    };
  }, xml);
}

test('the list shows every published initiative, newest year first, and links its feed of the newest', async ({
  page,
  request,
}) => {
  await page.goto('/initiatives/');
  await expect(page.locator('nav a[href="/initiatives/"]')).toHaveAttribute('aria-current', 'page');
  const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  // Absolute, from SITE, like the canonical link.
  expect(new URL((await feedLink.getAttribute('href')) ?? '').pathname).toBe(
    '/initiatives/feed.xml',
  );
  const response = await request.get('/initiatives/feed.xml');
  expect(response.ok()).toBe(true);
  const feed = await readFeed(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('feed');
  expect(feed.ids.map((u) => new URL(u).pathname)).toEqual(
    rows.slice(0, FEED_ENTRIES).map((r) => `/initiatives/${r.id}/`),
  );
  if (rows.length === 0) {
    await expect(page.locator('[data-initiatives-none]')).toBeVisible();
    await expect(page.locator('[data-facet-item]')).toHaveCount(0);
    return;
  }
  expect(await listedIds(page)).toEqual(rows.map((r) => r.id));
  expectNoExternalRequests(requested);
});

test('the list filters by kind, region, topic, stage and year, from the URL too', async ({
  page,
}) => {
  test.skip(rows.length === 0, 'no initiatives published');
  const r0 = rows[0]!;
  await page.goto('/initiatives/');
  await page.locator('details[data-facet="kind"] summary').click();
  await page.getByRole('checkbox', { name: new RegExp(`^${kindName(r0.kind)}`) }).check();
  await expect(page).toHaveURL(new RegExp(`\\?kind=${r0.kind}$`));
  await expect(visibleItems(page)).toHaveCount(rows.filter((r) => r.kind === r0.kind).length);

  const v = initiativeFacetValues(r0);
  const query = `bureau=${v['bureau']![0]}&stage=${r0.stage}&fy=${r0.fiscal_year}`;
  await page.goto(`/initiatives/?${query}`);
  const expected = rows.filter((r) => {
    const w = initiativeFacetValues(r);
    return (
      w['bureau']![0] === v['bureau']![0] &&
      r.stage === r0.stage &&
      r.fiscal_year === r0.fiscal_year
    );
  });
  expect(await listedIds(page)).toEqual(expected.map((r) => r.id));
  const withTopic = rows.find((r) => r.topics.length > 0);
  if (withTopic) {
    const topic = withTopic.topics[0]!;
    await page.goto(`/initiatives/?topic=${topic}`);
    await expect(visibleItems(page)).toHaveCount(
      rows.filter((r) => r.topics.includes(topic)).length,
    );
  }
});

test('each page shows its initiative, its centre and similar ones at other centres', async ({
  page,
}) => {
  test.skip(rows.length === 0, 'no initiatives published');
  for (const r of rows.slice(0, 4)) {
    await page.goto(`/initiatives/${r.id}/`);
    await expect(page.locator('h1')).toHaveText(r.title);
    await expect(page.locator('dl.profile a')).toHaveAttribute('href', `/centers/${r.pref_code}/`);
    await expect(page.locator('dl.profile a')).toHaveText(centreOf(r.pref_code).center_name);
    await expect(page.locator('[data-field="kind"]')).toHaveText(kindName(r.kind));
    if (r.outcome !== null)
      await expect(page.locator('[data-field="outcome"]')).toHaveText(r.outcome);
    const similar = await page
      .locator('[data-similar] li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-initiative-id')));
    const expected = similarInitiatives(r, rows);
    expect(similar).toEqual(expected.map((s) => s.id));
    for (const s of expected) expect(s.pref_code).not.toBe(r.pref_code);
  }
});

test('bodies are Markdown with raw HTML disabled: nothing in them runs or loads', async ({
  page,
}) => {
  test.skip(injected.length === 0, 'no initiative in the export to carry the payloads');
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const { id, title, payloads } of injected) {
    // The payloads went through the pipeline unchanged.
    const row = rows.find((r) => r.id === id);
    expect(row?.title).toBe(title);
    for (const p of payloads) expect(row?.body).toContain(p);
    await page.goto(`/initiatives/${id}/`);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('h1')).toHaveText(title);
    const body = page.locator('[data-field="body"]');
    await expect(body).toContainText('<script>window.__xss=1</script>');
    await expect(body.locator('script, img, iframe, style, [onclick], [onerror]')).toHaveCount(0);
    const hrefs = await body
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^(javascript|data|vbscript):/i.test(h.trim()))).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  }
  expect(dialogs).toEqual([]);
  expectNoExternalRequests(requested);
});

test('Pagefind finds an initiative by its title', async ({ page }) => {
  test.skip(rows.length === 0, 'no initiatives published');
  const r0 = rows.find((r) => !injected.some((i) => i.id === r.id)) ?? rows[0]!;
  await page.goto(`/initiatives/?q=${encodeURIComponent(r0.title)}`);
  const links = page.locator('[data-search-list] li a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(`/initiatives/${r0.id}/`);
  for (const h of hrefs) expect(h).toMatch(/^\/initiatives\/[a-z0-9-]+\/$/);

  // The site search offers initiatives as a kind of page of their own.
  await page.goto(`/search/?q=${encodeURIComponent(r0.title)}&type=initiative`);
  await expect(page.locator('[data-search-list] li a').first()).toBeVisible();
  const found = await page
    .locator('[data-search-list] li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(found).toContain(`/initiatives/${r0.id}/`);
  await expect(page.locator('[data-search-list] .result-type').first()).toHaveText(
    '拠点独自の取組',
  );
});

const axePages = () => ['/initiatives/', ...rows.slice(0, 2).map((r) => `/initiatives/${r.id}/`)];
for (const path of axePages()) {
  test(`no accessibility violations on ${path} (axe, WCAG 2.2 AA)`, async ({ page }) => {
    // The fixture's list has hundreds of entries: axe takes its time over them.
    test.setTimeout(120_000);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
  });
}
