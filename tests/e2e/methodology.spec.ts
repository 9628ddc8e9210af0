import { expect, test } from '@playwright/test';
import { INDICATOR_IDS, INDICATORS } from '../../src/lib/indicators.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { axeViolations, expectOnlyLocalRequests, recordRequests } from './support.ts';

const PATH = '/methodology/';

const requested = recordRequests();

test('methodology page renders with its sections in order and a table of contents', async ({
  page,
}) => {
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('データの見方と算出方法');
  const sections = [
    ['fiscal-year', '年度の数え方'],
    ['indicators', '評価指標'],
    ['comparison', '比較の考え方（順位づけをしない）'],
    ['disclosure', '秘匿処理（ディスクロージャー・コントロール）'],
    ['data-flow', 'データの流れ'],
    ['open-questions', '未解決の論点'],
  ];
  const h2 = page.locator('main section > h2');
  expect(await h2.evaluateAll((hs) => hs.map((h) => [h.id, h.textContent?.trim()]))).toEqual(
    sections,
  );
  // The table of contents links to every section, in the same order.
  const toc = page.getByRole('navigation', { name: 'このページの目次' });
  const hrefs = await toc
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(sections.map(([id]) => `#${id}`));
  await expect(page.locator('#fiscal-year').locator('..')).toContainText('令和6年度 (2024)');
  await expect(page.locator('#data-flow').locator('..').locator('a[href="/data/"]')).toHaveCount(1);
});

test('every indicator id is listed once, in INDICATORS order, with its name', async ({ page }) => {
  await page.goto(PATH);
  const ids = await page
    .locator('section:has(> h2#indicators) code')
    .evaluateAll((codes) => codes.map((c) => c.textContent?.trim()));
  expect(ids).toEqual([...INDICATOR_IDS]);
  for (const indicator of INDICATORS) {
    const entry = page.locator(`[data-indicator="${indicator.id}"]`);
    await expect(entry).toHaveCount(1);
    await expect(entry.getByRole('heading', { level: 4 })).toHaveText(indicator.name);
  }
});

test('the topics excluded from r8_resolved are listed by their Japanese names', async ({
  page,
}) => {
  await page.goto(PATH);
  const excluded = vocab.topics.filter((topic) => topic.excluded_from_resolved === '1');
  expect(excluded.length).toBeGreaterThan(0);
  const items = page.locator('#excluded-topics li');
  expect(await items.allTextContents()).toEqual(excluded.map((topic) => topic.name));
});

test('no accessibility violations (axe, WCAG 2.2 AA)', async ({ page }) => {
  await page.goto(PATH);
  expect(await axeViolations(page)).toEqual([]);
});

test('no request leaves 127.0.0.1', ({ page }) => expectOnlyLocalRequests(page, PATH, requested));
