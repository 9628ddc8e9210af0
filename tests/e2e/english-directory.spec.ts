// The English directory (docs/i18n.md §5): /en/search/ searches the English index, so an
// English query finds English pages, specialists first; the English coordinator list
// filters as the Japanese one does, and the language switch keeps the reader's choice.
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/i18n/index.ts';
import { withLang } from '../../src/i18n/server.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { published } from './directory-data.ts';

const SUCCESSION = 'succession';
const HOKKAIDO = '01';
const english = <T>(f: () => T): T => withLang('en', f);
const topic = english(() => vocab.topics.find((x) => x.code === SUCCESSION)!.name);
const having = published.coordinators.filter((c) => c.specialties.includes(SUCCESSION));
const visibleIds = (page: Page) =>
  page
    .locator('[data-facet-item]:visible')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-co-id')));

test('English search: an English specialty finds English profiles, specialists first', async ({
  page,
}) => {
  await page.goto(`/en/search/?q=${encodeURIComponent(topic)}`);
  const links = page.locator('[data-search-list] li > a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => !href.startsWith('/en/'))).toEqual([]);
  const specialists = new Set(having.map((c) => `/en/coordinators/${c.co_id}/`));
  const first = hrefs.slice(0, Math.min(10, specialists.size));
  expect(first.filter((href) => !specialists.has(href))).toEqual([]);
  await expect(page.locator('[data-search-order]')).toContainText(topic);
  // The facts under a profile are the English index's English fields.
  await expect(page.locator('.result-facts').first()).toContainText(topic);
});

test('English coordinator list: quick selects filter as in Japanese; the switch keeps them', async ({
  page,
}) => {
  const expected = published.coordinators
    .filter((c) => (c.pref_code === HOKKAIDO || c.online) && c.specialties.includes(SUCCESSION))
    .map((c) => c.co_id);
  const labels = english(() => {
    const prefecture = vocab.centres.find((c) => c.pref_code === HOKKAIDO)!.prefecture;
    return {
      place: t('reach.quick.place'),
      prefOrOnline: t('reach.quick.prefOrOnline', { prefecture }),
      topic: t('reach.quick.topic'),
      status: t('dir.facets.status', {
        total: published.coordinators.length,
        shown: expected.length,
      }),
    };
  });
  await page.goto('/en/coordinators/');
  await page.getByLabel(labels.place, { exact: true }).selectOption({ label: labels.prefOrOnline });
  await page.getByLabel(labels.topic, { exact: true }).selectOption({ label: topic });
  const query = `?topic=${SUCCESSION}&pref=online&pref=${HOKKAIDO}`;
  await expect(page).toHaveURL(new RegExp(`/en/coordinators/\\${query}$`));
  await expect.poll(() => visibleIds(page)).toEqual(expected);
  await expect(page.locator('[data-facet-status]')).toHaveText(labels.status);

  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/coordinators/\\${query}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect.poll(() => visibleIds(page)).toEqual(expected);
});
