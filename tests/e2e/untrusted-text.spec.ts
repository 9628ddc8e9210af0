// Untrusted text (disclosure.md): the payloads scripts/build.ts --fixture injected into the
// export (tests/helpers/inject-payloads.ts) went through the pipeline into the site. Nothing
// may execute, load or become markup; bios and descriptions show the payload literally.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { InjectedPayloads } from '../helpers/payloads.ts';
import { menuUrl, published } from './directory-data.ts';
import { expectNoExternalRequests, recordRequests } from './support.ts';

const injected: InjectedPayloads = JSON.parse(
  readFileSync(new URL('.build/payloads.json', import.meta.url), 'utf8'),
);
const requested = recordRequests();

/** Collects dialogs and reads window.__xss; fails on either. */
async function expectInert(page: Page, dialogs: string[], scope = 'main'): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  // Only the site's own bundled module script may be there.
  const main = page.locator(scope);
  await expect(
    main.locator(
      'script:not([type="module"][src^="/_astro/"]), img, svg:not([role="img"]), iframe, style, [onclick], [onerror], [onload]',
    ),
  ).toHaveCount(0);
  const hrefs = await main
    .locator('a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^(javascript|data|vbscript):/i.test(h.trim()))).toEqual([]);
}

function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test('the payloads reached the published data unchanged', () => {
  expect(injected.coordinators.length).toBeGreaterThanOrEqual(8);
  for (const { co_id, bio } of injected.coordinators) {
    expect(published.coordinators.find((c) => c.co_id === co_id)?.bio).toBe(bio);
  }
  for (const { menu_id, description } of injected.menus) {
    expect(published.menus.find((m) => m.menu_id === menu_id)?.description).toBe(description);
  }
  for (const { id, payloads } of injected.cases) {
    const body = published.cases.find((c) => c.id === id)?.body ?? '';
    for (const p of payloads) expect(body).toContain(p);
  }
});

test('bios are shown literally and nothing in them runs', async ({ page }) => {
  const dialogs = watchDialogs(page);
  for (const { co_id, bio } of injected.coordinators) {
    await page.goto(`/coordinators/${co_id}/`);
    await expect(page.locator('[data-field="bio"]')).toHaveText(bio);
    await expectInert(page, dialogs);
  }
  expectNoExternalRequests(requested);
});

test('menu descriptions are shown literally and nothing in them runs', async ({ page }) => {
  const dialogs = watchDialogs(page);
  for (const { menu_id, description } of injected.menus) {
    await page.goto(menuUrl(menu_id));
    // The paragraph keeps the description's line break (white-space: pre-wrap).
    expect(await page.locator('[data-field="description"]').textContent()).toBe(description);
    await expectInert(page, dialogs);
  }
  // Lists and the centre page carry the same rows.
  await page.goto('/menus/');
  await expectInert(page, dialogs);
  // The centre page's charts are SVG: look at its directory section only.
  await page.goto(`/centers/${injected.menus[0]!.menu_id.slice(2, 4)}/`);
  await expectInert(page, dialogs, 'section.center-directory');
});

test('case bodies: raw HTML is text, dangerous links and images are not made', async ({ page }) => {
  const dialogs = watchDialogs(page);
  for (const { id, payloads } of injected.cases) {
    await page.goto(`/cases/${id}/`);
    const body = page.locator('[data-field="body"]');
    const text = (await body.textContent()) ?? '';
    // Raw HTML appears as the characters typed.
    for (const p of payloads.filter((p) => p.includes('<') && !p.startsWith('<javascript'))) {
      expect(text).toContain(p.replace(/^本文の途中の /, '').replace(/ インライン HTML$/, ''));
    }
    expect(text).toContain('javascript:window.__xss=1');
    await expectInert(page, dialogs);
  }
});

test('search excerpts of a payload bio stay text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  // The <img onerror> bio: its excerpt holds the payload's characters around the hit.
  expect(injected.coordinators[1]!.bio).toContain('onerror');
  await page.goto('/search/?q=onerror');
  const results = page.locator('[data-search-list] li');
  await expect(results.first()).toBeVisible();
  await expect(results.filter({ hasText: 'onerror' }).first()).toBeVisible();
  await expectInert(page, dialogs);
  await expect(page.locator('[data-search-list] img, [data-search-list] script')).toHaveCount(0);
});

test('the Atom feed carries case bodies escaped', async ({ request }) => {
  const xml = await (await request.get('/cases/feed.xml')).text();
  expect(xml).not.toContain('<script');
  expect(xml).not.toContain('<img');
  expect(xml).toContain('&#38;lt;script&#38;gt;');
});
