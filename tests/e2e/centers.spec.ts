// /centers/ and /centers/<pref>/: every figure marked up as the published indicators.csv
// says, every indicator once, accessible, light, in JIS order and never ranked.
import { expect, test } from '@playwright/test';
import { t } from '../../src/i18n/index.ts';
import { INDICATOR_IDS } from '../../src/lib/indicators.ts';
import { REPORT_ORDER } from '../../src/lib/pages/report-roles.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { axeViolations, isWasm, recordRequests, publishedIndicators } from './support.ts';
import { followNavigation, pageWeight } from './page-load.ts';
import { expectPublished, markedFigures } from './figures.ts';

const { published, latest } = publishedIndicators();
const prefCodes = vocab.centres.map((c) => c.pref_code).sort();
const KIB = 1024;

const requested = recordRequests();

test('every figure of all 47 centre pages matches indicators.csv; each indicator once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const pref of prefCodes) {
    const response = await page.goto(`/centers/${pref}/`);
    expect(response?.status(), pref).toBe(200);
    const figures = await markedFigures(page);
    for (const f of figures) {
      const where = `${pref}: ${f.fy} ${f.pref} ${f.indicator}`;
      expect(f.pref, where).toBe(pref);
      expectPublished(published, f, where);
    }
    // The latest year's figures: every indicator exactly once, in the report's order.
    const current = figures.filter((f) => f.fy === latest).map((f) => f.indicator);
    expect(current, pref).toEqual(REPORT_ORDER);
  }
});

test('suppressed and n/a figures say so, with the reason in text and on hover', async ({
  page,
}) => {
  let seen = 0;
  for (const pref of prefCodes) {
    await page.goto(`/centers/${pref}/`);
    const hidden = page.locator(
      `td.value-cell [data-fy="${latest}"][data-status="suppressed"], td.value-cell [data-fy="${latest}"][data-status="na"]`,
    );
    for (const el of await hidden.all()) {
      const status = await el.getAttribute('data-status');
      await expect(el).toHaveText(status === 'na' ? '算出不可' : '秘匿');
      await expect(el).toHaveAttribute('title', /^理由：.+/);
      const title = await el.getAttribute('title');
      await expect(el.locator('xpath=..')).toContainText(title ?? '');
      seen += 1;
    }
    if (seen > 10) break;
  }
  expect(seen).toBeGreaterThan(0);
});

test('suppressed mix cells carry their reason as text, not only on hover', async ({ page }) => {
  const reason = t('centers.reason.mix.suppressed');
  let seen = 0;
  for (const pref of prefCodes) {
    await page.goto(`/centers/${pref}/`);
    for (const td of await page.locator('table.mix td[title]').all()) {
      await expect(td).toHaveAttribute('title', reason);
      // The accessibility tree (what a screen reader reads) has the reason in the cell.
      expect(await td.ariaSnapshot()).toBe(
        `- cell "秘匿 ${t('centers.reason.inCell', { reason })}"`,
      );
      seen += 1;
    }
    if (seen > 5) break;
  }
  expect(seen).toBeGreaterThan(0);
});

test('the header states operator, bureau and coordinators; no rank anywhere', async ({ page }) => {
  const centre = vocab.centres.find((c) => c.pref_code === '13');
  if (!centre) throw new Error('vocab: no centre 13');
  const bureau = vocab.bureaus.find((b) => b.code === centre.bureau);
  await page.goto('/centers/13/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(centre.center_name);
  const main = page.locator('main');
  await expect(main).toContainText(centre.operator);
  await expect(main).toContainText(bureau?.name ?? '???');
  await expect(main.locator('[data-col="coordinators"]')).toHaveText(/^\d[\d,]*人$/);
  // No ordinal position: neither 「3位」 nor 「47拠点中」.
  await expect(main).not.toContainText(/\d+\s*位|\d+\s*拠点中/);
});

test('the fiscal-year switcher links to every year page', async ({ page }) => {
  const years = [...new Set([...published.keys()].map((k) => k.split('|')[0]))].sort();
  await page.goto('/centers/13/');
  const switcher = page.getByRole('navigation', { name: '表示する年度' });
  await expect(switcher.getByRole('link')).toHaveCount(years.length);
  const first = years[0] ?? '';
  await switcher.getByRole('link', { name: new RegExp(`\\(${first}\\)`) }).click();
  await expect(page).toHaveURL(new RegExp(`/centers/13/${first}/$`));
  const figures = await markedFigures(page);
  const current = figures.filter((f) => f.fy === first).map((f) => f.indicator);
  expect(current).toEqual(REPORT_ORDER);
  // A past year's page does not repeat the series of every year: each row links to the
  // trend on the latest year's page, which opens it.
  expect(figures.every((f) => f.fy === first)).toBe(true);
  await expect(page.locator('details.trend')).toHaveCount(0);
  const trendLinks = page.locator('a.trend-link');
  await expect(trendLinks).toHaveCount(REPORT_ORDER.length);
  const firstTrend = `trend-${REPORT_ORDER[0]}`;
  await expect(trendLinks.first()).toHaveAttribute('href', `/centers/13/#${firstTrend}`);
  await trendLinks.first().click();
  await expect(page.locator(`#${firstTrend}`)).toHaveAttribute('open', '');
  await page.goto(`/centers/13/${first}/`);
  // The latest year is the centre's own page: its link goes there, and its dated address
  // only points there (no second copy of the page in dist/).
  const newest = switcher.getByRole('link', { name: new RegExp(`\\(${latest}\\)`) });
  await expect(newest).toHaveAttribute('href', '/centers/13/');
});

for (const section of ['centers', 'compare']) {
  test(`/${section}/13/<latest year>/ sends the reader to /${section}/13/ and is small`, async ({
    page,
  }) => {
    const response = await page.request.get(`/${section}/13/${latest}/`);
    const html = await response.text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${section}/13/">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html.length).toBeLessThan(20 * KIB);
    await page.goto(`/${section}/13/${latest}/`);
    await expect(page).toHaveURL(new RegExp(`/${section}/13/$`));
    await expect(page.locator('[data-indicator]').first()).toBeAttached();
  });
}

test('the centres list is in JIS order and linked from the navigation', async ({ page }) => {
  await followNavigation(page, '拠点別', /\/centers\/$/);
  const rows = page.locator('#center-list tbody tr');
  await expect(rows).toHaveCount(47);
  const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pref-code')));
  expect(codes).toEqual(prefCodes);
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/centers\/01\/$/);
});

for (const path of ['/centers/13/', '/centers/']) {
  test(`no accessibility violations on ${path} (axe, WCAG 2.2 AA)`, async ({ page }) => {
    await page.goto(path);
    // The trends are folded; check them open too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    const results = await axeViolations(page);
    expect(results).toEqual([]);
  });
}

test('every indicator has a trend chart with its text summary beside it', async ({ page }) => {
  await page.goto('/centers/13/');
  const charts = page.locator('main svg[role="img"]');
  await expect(charts).toHaveCount(INDICATOR_IDS.length);
  const ids = await page
    .locator('figure[data-chart]')
    .evaluateAll((figs) => figs.map((f) => f.getAttribute('data-chart')));
  expect(ids).toEqual(REPORT_ORDER);
  for (const svg of await charts.all()) {
    const fig = svg.locator('xpath=ancestor::figure[1]');
    await expect(fig.locator('figcaption.chart-summary')).toHaveText(/\S.+。$/);
    // The table of the series sits in the same cell.
    await expect(fig.locator('xpath=following-sibling::details[1]')).toHaveCount(1);
  }
});

test('a trend opens from the keyboard', async ({ page }) => {
  await page.goto('/centers/13/');
  const summary = page.locator('tr[data-row="r6_consultations"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('tr[data-row="r6_consultations"] details')).toHaveAttribute('open', '');
});

test('a centre page weighs at most 150 KiB gzip and loads no wasm', async ({ page }) => {
  const { gzip, files } = await pageWeight(page, '/centers/13/', 'centre page', requested);
  expect(requested.filter(isWasm)).toEqual([]);
  expect(files).toBeGreaterThan(0);
  expect(gzip).toBeLessThanOrEqual(150 * KIB);
});

test('published survey shares carry their 95% interval', async ({ page }) => {
  const shares = [...published.entries()].filter(([key, row]) => {
    const [fy, pref, indicator] = key.split('|');
    return fy === latest && pref !== '00' && indicator?.includes('_sat_') && row.status === 'ok';
  });
  expect(shares.length).toBeGreaterThan(0);
  for (const [key] of shares.slice(0, 5)) {
    const [, pref, indicator] = key.split('|');
    await page.goto(`/centers/${pref}/`);
    await expect(page.locator(`tr[data-row="${indicator}"] td.value-cell`)).toContainText(
      /95%信頼区間 \d+\.\d%〜\d+\.\d%（回答\d+件）/,
    );
  }
});

test('print hides the navigation and the year switcher, keeps the tables', async ({ page }) => {
  await page.goto('/centers/13/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '表示する年度' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'サイト内の主なページ' })).toBeHidden();
  await expect(page.locator('table.mix').first()).toBeVisible();
  await expect(page.locator('table.indicators').first()).toBeVisible();
});
