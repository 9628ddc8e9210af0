// The English edition's prototype page type (docs/i18n.md): /en/methodology/ beside
// /methodology/, linked both ways by hreflang and by the language switch.
import { expect, test } from '@playwright/test';
import { INDICATORS } from '../../src/lib/indicators.ts';
import { axeViolations, expectOnlyLocalRequests, recordRequests } from './support.ts';

const requested = recordRequests();
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

async function alternates(page: import('@playwright/test').Page) {
  return page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((ls) =>
      ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]),
    );
}

test('the English methodology page is in English, with lang="en"', async ({ page }) => {
  const response = await page.goto('/en/methodology/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'How to read the data and how it is calculated',
  );
  await expect(page).toHaveTitle(
    'How to read the data and how it is calculated | Yorozu Support Centers Open Data Portal',
  );
  await expect(page.locator('#fiscal-year').locator('..')).toContainText('FY2024');
  // Every indicator is there in English; no Japanese script in the main content.
  const names = await page.locator('[data-indicator] h4').allTextContents();
  expect(names).toHaveLength(INDICATORS.length);
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main.match(japanese)).toBeNull();
  // Page types not in English yet are linked in Japanese, and say so.
  await expect(
    page
      .getByRole('navigation', { name: 'Main pages of the site' })
      .getByRole('link', { name: 'Open data' }),
  ).toHaveAttribute('hreflang', 'ja');
  expect(await axeViolations(page)).toEqual([]);
  await expectOnlyLocalRequests(page, '/en/methodology/', requested);
});

test('both editions name each other with hreflang and x-default', async ({ page }) => {
  const expected = [
    ['ja', '/methodology/'],
    ['en', '/en/methodology/'],
    ['x-default', '/methodology/'],
  ];
  await page.goto('/methodology/');
  expect(await alternates(page)).toEqual(expected);
  await page.goto('/en/methodology/');
  expect(await alternates(page)).toEqual(expected);
  // Each edition's canonical is itself.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical ?? '').pathname).toBe('/en/methodology/');
});

test('the language switch keeps the visitor on the same page, both ways', async ({ page }) => {
  await page.goto('/methodology/');
  const toEnglish = page.locator('a[hreflang="en"][lang="en"]');
  await expect(toEnglish).toHaveText('English');
  await toEnglish.click();
  await expect(page).toHaveURL(/\/en\/methodology\/$/);
  const toJapanese = page.locator('a[hreflang="ja"][lang="ja"]');
  await expect(toJapanese).toHaveText('日本語');
  await toJapanese.click();
  await expect(page).toHaveURL(/\/methodology\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});

test('a page not yet in English has no hreflang and no switch', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  await expect(page.locator('a[lang="en"]')).toHaveCount(0);
});
