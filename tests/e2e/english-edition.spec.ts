// The English edition (docs/i18n.md): every page type has an English twin under /en/, in
// English but for people's own words (marked lang="ja"), linked to its Japanese twin by
// hreflang both ways and by the language switch, with links that stay in the edition.
import { existsSync, readdirSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { INDICATOR_NAMES_EN } from '../../src/i18n/en/indicators.ts';
import { INDICATORS } from '../../src/lib/indicators.ts';
import { englishLeaks } from '../helpers/english-leaks.ts';
import { caseUrl, coUrl, menuUrl, published } from './directory-data.ts';
import {
  axeViolations,
  expectOnlyLocalRequests,
  publishedIndicators,
  recordRequests,
} from './support.ts';

const requested = recordRequests();

// One page of each type, chosen from what the e2e build published (never hard-coded ids).
const dist = new URL('../../dist/', import.meta.url).pathname;
// A folder that is a page (trends/ also holds csv/ and parquet/ downloads).
const firstFolder = (dir: string) =>
  readdirSync(`${dist}${dir}`, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(`${dist}${dir}/${e.name}/index.html`))
    .map((e) => e.name)
    .sort()[0];
const { latest } = publishedIndicators();
const olderYear = readdirSync(`${dist}centers/01`, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== latest)
  .map((e) => e.name)
  .sort()[0];
const consenting = published.coordinators[0]!;

const PAGES: readonly (readonly [type: string, path: string])[] = [
  ['home', '/'],
  ['centre list', '/centers/'],
  ['centre dashboard', '/centers/01/'],
  ['centre, an earlier year', `/centers/01/${olderYear}/`],
  ['compare', '/compare/'],
  ['compare, a centre', '/compare/13/'],
  ['compare, an earlier year', `/compare/13/${olderYear}/`],
  ['coordinators', '/coordinators/'],
  ['coordinator profile', coUrl(consenting.co_id)],
  ['menus', '/menus/'],
  ['menu', menuUrl(published.menus[0]!.menu_id)],
  ['cases', '/cases/'],
  ['case', caseUrl(published.cases[0]!.id)],
  ['initiatives', '/initiatives/'],
  ['initiative', `/initiatives/${firstFolder('initiatives')}/`],
  ['trends', '/trends/'],
  ['ministry trends', `/trends/${firstFolder('trends')}/`],
  ['explore', '/explore/'],
  ['workspace', '/workspace/'],
  ['data', '/data/'],
  ['methodology', '/methodology/'],
  ['search', '/search/'],
];

const english = (path: string) => `/en${path}`;

async function document(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return { html, document: parseHTML(html).document };
}

const alternatesOf = (doc: Document) =>
  // The page's twins; not its feed (an alternate with a type, shared by both editions).
  Array.from(doc.querySelectorAll('link[rel="alternate"][hreflang]:not([type])')).map((l) => [
    l.getAttribute('hreflang'),
    new URL(l.getAttribute('href') ?? '').pathname,
  ]);

for (const [type, path] of PAGES) {
  test(`${type}: the English twin of ${path} is in English and linked both ways`, async ({
    request,
  }) => {
    const ja = await document(request, path);
    const en = await document(request, english(path));
    expect(en.document.documentElement.getAttribute('lang')).toBe('en');
    expect(ja.document.documentElement.getAttribute('lang')).toBe('ja');
    // Nothing Japanese outside lang="ja": UI, code lists, indicator and centre names.
    expect(englishLeaks(en.html), english(path)).toEqual([]);
    // hreflang both ways plus x-default, identical on both editions.
    const expected = [
      ['ja', path],
      ['en', english(path)],
      ['x-default', path],
    ];
    expect(alternatesOf(ja.document)).toEqual(expected);
    expect(alternatesOf(en.document)).toEqual(expected);
    const canonical = en.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(english(path));
    // The switch leads to the same page in the other language.
    expect(ja.document.querySelector('a[hreflang="en"][lang="en"]')?.getAttribute('href')).toBe(
      english(path),
    );
    expect(en.document.querySelector('a[hreflang="ja"][lang="ja"]')?.getAttribute('href')).toBe(
      path,
    );
    // Links to pages stay in the English edition; files (downloads, feeds) are shared.
    const strays = Array.from(en.document.querySelectorAll('a[href^="/"]:not([hreflang])'))
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => {
        const pathname = new URL(href, 'http://x').pathname;
        return pathname.endsWith('/') && !pathname.startsWith('/en/');
      });
    expect(strays, english(path)).toEqual([]);
  });
}

test('the English home, dashboard, profile and search pass axe and load nothing from elsewhere', async ({
  page,
}) => {
  for (const path of ['/', '/centers/01/', coUrl(consenting.co_id), '/search/']) {
    await expectOnlyLocalRequests(page, english(path), requested);
    expect(await axeViolations(page), english(path)).toEqual([]);
  }
});

test('the English methodology names every indicator in English', async ({ page }) => {
  await page.goto('/en/methodology/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'How to read the data and how it is calculated',
  );
  await expect(page).toHaveTitle(
    'How to read the data and how it is calculated | Yorozu Support Centers Open Data Portal',
  );
  const names = await page.locator('[data-indicator] h4').allTextContents();
  expect(names).toEqual(INDICATORS.map((i) => INDICATOR_NAMES_EN[i.id]));
});

test('the language switch keeps the visitor on the same page', async ({ page }) => {
  await page.goto('/centers/01/');
  await page.locator('a[hreflang="en"][lang="en"]').click();
  await expect(page).toHaveURL(/\/en\/centers\/01\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('a[hreflang="ja"][lang="ja"]').click();
  await expect(page).toHaveURL(/\/centers\/01\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('the 404 page offers the English edition', async ({ request }) => {
  const response = await request.get('/en/no-such-page/');
  expect(response.status()).toBe(404);
  const doc = parseHTML(await response.text()).document;
  expect(doc.querySelector('[lang="en"] a[href="/en/"]')).not.toBeNull();
});
