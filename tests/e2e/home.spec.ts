// /: the national overview. Every figure marked up as the published indicators.csv says,
// every indicator once for the nation, the 47 centres in JIS order (map and table), every
// chart with its text summary, accessible, light and with no request leaving 127.0.0.1.
import { expect, test } from '@playwright/test';
import { INDICATOR_IDS } from '../../src/lib/indicators.ts';
import { REPORT_ORDER } from '../../src/lib/pages/report-roles.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { axeViolations, recordRequests, publishedIndicators } from './support.ts';
import { pageWeight } from './page-load.ts';
import { expectPublished, markedFigures } from './figures.ts';

const { published, latest } = publishedIndicators();
const prefCodes = vocab.centres.map((c) => c.pref_code).sort();
const KIB = 1024;

const requested = recordRequests();

test('every figure matches indicators.csv; each indicator once for the nation', async ({
  page,
}) => {
  await page.goto('/');
  const figures = await markedFigures(page);
  expect(figures.length).toBeGreaterThan(INDICATOR_IDS.length);
  for (const f of figures) expectPublished(published, f, `${f.fy} ${f.pref} ${f.indicator}`);
  const nation = figures.filter((f) => f.pref === '00' && f.fy === latest);
  expect(nation.map((f) => f.indicator)).toEqual(REPORT_ORDER);
  // Earlier years of the nation are there too (the trends), never the latest twice.
  expect(figures.some((f) => f.pref === '00' && f.fy !== latest)).toBe(true);
});

test('the tile map links the 47 centres in JIS order; its table is in JIS order', async ({
  page,
}) => {
  await page.goto('/');
  const map = page.locator('figure[data-map="r6_consultations"] svg[role="group"]');
  await expect(map).toHaveCount(1);
  const hrefs = await map
    .locator('a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')));
  expect(hrefs).toEqual(prefCodes.map((p) => `/centers/${p}/`));
  const rows = page.locator('#centers-table tbody tr');
  await expect(rows).toHaveCount(47);
  const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pref-code')));
  expect(codes).toEqual(prefCodes);
  for (const tr of (await rows.all()).slice(0, 3)) {
    await expect(tr.locator('[data-col="per_co"]')).toHaveText(/^(\d[\d,]*(\.\d+)?件|算出不可)$/);
  }
  await map.locator('a').first().click();
  await expect(page).toHaveURL(/\/centers\/01\/$/);
});

test('every chart has a text summary beside it and a way to the numbers', async ({ page }) => {
  await page.goto('/');
  const charts = page.locator('main svg[role]');
  // 4 headline trends, one tile map per indicator with rates per CO, and the targets met.
  expect(await charts.count()).toBe(
    4 +
      (await page.locator('figure[data-map]').count()) +
      (await page.locator('figure[data-chart="achievement"]').count()),
  );
  for (const svg of await charts.all()) {
    const fig = svg.locator('xpath=ancestor::figure[1]');
    await expect(fig.locator('.chart-summary')).toHaveText(/\S.+。$/);
    await expect(fig.locator('figcaption a')).toHaveCount(1);
  }
  // The link of a headline chart opens the table of its series.
  await page.locator('figure[data-chart="r6_consultations"] figcaption a').click();
  await expect(page.locator('#trend-r6_consultations')).toHaveAttribute('open', '');
});

test('the consultation mix has the topic groups, industry, band and channel', async ({ page }) => {
  await page.goto('/');
  for (const mix of ['topic', 'industry', 'employees_band', 'channel']) {
    await expect(page.locator(`table.mix[data-mix="${mix}"]`)).toHaveCount(1);
  }
  const groups = [...new Set(vocab.topics.map((t) => t.group))];
  const rows = page.locator('table.mix[data-mix="topic"] tbody tr[data-category]');
  const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-category')));
  expect(codes.filter((c) => c !== '')).toEqual(groups);
});

test('links to the downloads of the same tables', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('section[aria-labelledby="downloads"] a');
  await expect(links).toHaveCount(6);
  await links.first().click();
  await expect(page).toHaveURL(/\/data\/#table-indicators$/);
  await expect(page.locator('#table-indicators')).toBeVisible();
});

test('no accessibility violations on / (axe, WCAG 2.2 AA), trends open too', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  const results = await axeViolations(page);
  expect(results).toEqual([]);
});

test('the home page weighs at most 150 KiB gzip and makes no external request', async ({
  page,
}) => {
  const { gzip, files } = await pageWeight(page, '/', 'home page', requested);
  expect(files).toBeGreaterThan(0);
  expect(gzip).toBeLessThanOrEqual(150 * KIB);
});
