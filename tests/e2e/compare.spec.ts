// /compare/ and /compare/<pref>/<fy>/: the choice is the URL (works without JavaScript),
// every indicator once in INDICATORS order as a dot-and-band figure marked up as
// indicators.csv says, groups in a fixed order (never by value), peers as published.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { t } from '../../src/i18n/index.ts';
import { INDICATOR_IDS } from '../../src/lib/indicators.ts';
import { vocab } from '../../src/lib/vocab.ts';
import {
  axeViolations,
  isWasm,
  openWithoutScript,
  recordRequests,
  publishedIndicators,
} from './support.ts';
import { followNavigation, pageWeight } from './page-load.ts';
import { expectPublished, markedFigures } from './figures.ts';

const { published, latest } = publishedIndicators();
const prefCodes = vocab.centres.map((c) => c.pref_code).sort();
const years = [...new Set([...published.keys()].map((k) => k.split('|')[0] ?? ''))].sort();
const KIB = 1024;
const GROUP_ORDER = [
  'この拠点',
  '同じ経済産業局の拠点',
  '相談件数が近い5拠点',
  'CO数が近い5拠点',
  '全国の拠点',
];

interface ReferenceRow {
  fiscal_year: number;
  indicator: string;
  group_type: string;
  pref_code: string | null;
  peers: string[];
}
const references = JSON.parse(
  readFileSync(new URL('.build/published/json/reference_values.json', import.meta.url), 'utf8'),
) as ReferenceRow[];

const requested = recordRequests();

test('every figure of all 47 compare pages matches indicators.csv, each indicator once', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const pref of prefCodes) {
    expect((await page.goto(`/compare/${pref}/`))?.status(), pref).toBe(200);
    const figures = await markedFigures(page);
    // Every indicator once, in the defined order, each a chart figure of this centre.
    expect(figures.map((f) => f.indicator)).toEqual(INDICATOR_IDS);
    for (const f of figures) {
      const where = `${pref}: ${f.indicator}`;
      expect([f.tag, f.fy, f.pref], where).toEqual(['figure', latest, pref]);
      expectPublished(published, f, where);
    }
  }
});

test('each chart keeps the groups in fixed order, with a summary and a table row', async ({
  page,
}) => {
  await page.goto('/compare/13/');
  const charts = page.locator('main figure[data-chart] svg[role="img"]');
  await expect(charts).toHaveCount(INDICATOR_IDS.length);
  for (const id of INDICATOR_IDS.slice(0, 6)) {
    const fig = page.locator(`figure[data-chart="${id}"]`);
    const ticks = await fig
      .locator('g[aria-label="y-axis tick label"] text')
      .evaluateAll((ts) => ts.map((t) => t.textContent));
    expect(ticks, id).toEqual(GROUP_ORDER);
    const summary = (await fig.locator('.chart-summary').textContent()) ?? '';
    // The summary names the groups in the same order (not sorted by their values).
    const positions = GROUP_ORDER.map((g) => summary.indexOf(`${g}は`));
    expect(
      positions.every((p) => p >= 0),
      summary,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // The table row shows the centre's figure as the chart's markup says.
    const status = await fig.getAttribute('data-status');
    const cell = page.locator(`#row-${id} td.value-cell .value`);
    if (status === 'ok') await expect(cell).not.toHaveText(/秘匿|算出不可/);
    else await expect(cell).toHaveText(status === 'na' ? '算出不可' : '秘匿');
    await fig.locator('figcaption a').click();
    await expect(page).toHaveURL(new RegExp(`#row-${id}$`));
  }
});

test('a past year keeps every figure, summary and table row, and leaves the charts to the latest', async ({
  page,
}) => {
  const past = years[0]!;
  expect(past).not.toBe(latest);
  await page.goto(`/compare/13/${past}/`);
  await expect(page.locator('main svg')).toHaveCount(0);
  const figures = await markedFigures(page);
  expect(figures.map((f) => f.indicator)).toEqual(INDICATOR_IDS);
  for (const f of figures) {
    expect([f.tag, f.fy, f.pref], f.indicator ?? '').toEqual(['figure', past, '13']);
    expectPublished(published, f, `13 ${past}: ${f.indicator}`);
    const fig = page.locator(`figure#chart-${f.indicator}`);
    await expect(fig.locator('.chart-summary')).toHaveText(/この拠点は.+全国の拠点は/);
    await expect(page.locator(`#row-${f.indicator}`)).toHaveCount(1);
  }
  const note = page.locator('main .charts-elsewhere a');
  await expect(note).toHaveAttribute('href', '/compare/13/#charts');
  await note.click();
  await expect(page).toHaveURL(/\/compare\/13\/#charts$/);
  await expect(page.locator('main figure[data-chart] svg[role="img"]')).toHaveCount(
    INDICATOR_IDS.length,
  );
});

test('the peer groups listed are the published ones', async ({ page }) => {
  await page.goto(`/compare/13/${years[0]}/`);
  for (const group of ['bureau', 'size_consultations', 'size_coordinators']) {
    const row = references.find(
      (r) => r.fiscal_year === Number(years[0]) && r.pref_code === '13' && r.group_type === group,
    );
    const codes =
      (await page.locator(`dd[data-peers="${group}"]`).getAttribute('data-codes')) ?? '';
    expect(codes.split(' ').filter(Boolean), group).toEqual([...(row?.peers ?? [])].sort());
  }
});

test('the fiscal-year switcher links to every year; the centre page links here', async ({
  page,
}) => {
  await page.goto('/centers/13/');
  await page.getByRole('link', { name: /参考値と並べて比べる/ }).click();
  // the latest year's comparison is at the centre's own address
  await expect(page).toHaveURL(/\/compare\/13\/$/);
  const switcher = page.getByRole('navigation', { name: '比較する年度' });
  await expect(switcher.getByRole('link')).toHaveCount(years.length);
  await switcher.getByRole('link', { name: new RegExp(`\\(${years[0]}\\)`) }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/13/${years[0]}/$`));
  const fys = await page
    .locator('[data-indicator]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-fy')))]);
  expect(fys).toEqual([years[0]]);
  await expect(page.locator('main')).not.toContainText(/\d+\s*位|\d+\s*拠点中/);
});

test('without JavaScript: the centres in JIS order link to their comparison', async ({
  browser,
}) => {
  const page = await openWithoutScript(browser, '/compare/');
  await expect(page.locator('#compare-form')).toBeHidden();
  const rows = page.locator('#compare-centres tbody tr');
  const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pref-code')));
  expect(codes).toEqual(prefCodes);
  await rows.nth(12).getByRole('link').click();
  await expect(page).toHaveURL(/\/compare\/13\/$/);
  await expect(page.locator('figure[data-indicator]')).toHaveCount(INDICATOR_IDS.length);
  await page.context().close();
});

test('with JavaScript: the form and ?pref=&fy= land on the chosen page', async ({ page }) => {
  await followNavigation(page, '参考値との比較', /\/compare\/$/);
  await page.getByLabel('拠点', { exact: true }).selectOption('27');
  await page.getByLabel('年度', { exact: true }).selectOption(years[0] ?? '');
  await page.getByRole('button', { name: '比較を表示' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`/compare/27/${years[0]}/$`));
  await page.goto(`/compare/?pref=04&fy=${latest}`);
  await expect(page).toHaveURL(/\/compare\/04\/$/);
});

for (const path of ['/compare/', '/compare/13/']) {
  test(`no accessibility violations on ${path} (axe, WCAG 2.2 AA)`, async ({ page }) => {
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a compare page weighs at most 150 KiB gzip, loads no wasm, asks nothing outside', async ({
  page,
}) => {
  const { gzip } = await pageWeight(page, '/compare/13/', 'compare page', requested);
  expect(requested.filter(isWasm)).toEqual([]);
  expect(gzip).toBeLessThanOrEqual(150 * KIB);
});

interface AgencyRow {
  fiscal_year: number;
  pref_code: string;
  relation: string;
  agency: string;
  consultations: number | null;
  status: string;
}
const agencyTable = JSON.parse(
  readFileSync(
    new URL('.build/published/json/consultations_by_agency.json', import.meta.url),
    'utf8',
  ),
) as AgencyRow[];

test('the centre page lists the agencies it refers to and works with, as published', async ({
  page,
}) => {
  let suppressed = 0;
  for (const pref of ['01', '13', '27', '47']) {
    await page.goto(`/centers/${pref}/`);
    const rows = page.locator('table.agencies tbody tr');
    const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-agency')));
    expect(codes).toEqual(vocab.agencies.map((a) => a.code));
    for (const agency of vocab.agencies) {
      const tr = page.locator(`table.agencies tr[data-agency="${agency.code}"]`);
      await expect(tr.locator('th')).toHaveText(agency.name);
      for (const relation of ['referred', 'joint']) {
        const published = agencyTable.find(
          (r) =>
            String(r.fiscal_year) === latest &&
            r.pref_code === pref &&
            r.relation === relation &&
            r.agency === agency.code,
        );
        const td = tr.locator(`td[data-relation="${relation}"]`);
        if (published?.status === 'suppressed') {
          suppressed += 1;
          // The reason is in the cell's text for keyboard and screen-reader users (a title
          // shows on hover only), hidden on screen where the paragraph above says it.
          const reason = t('compare.agencies.reason');
          await expect(td).toHaveAttribute('title', reason);
          await expect(td).toHaveText(`秘匿${t('centers.reason.inCell', { reason })}`);
          // The accessibility tree (what a screen reader reads) names the cell with it.
          expect(await td.ariaSnapshot()).toBe(
            `- cell "秘匿 ${t('centers.reason.inCell', { reason })}"`,
          );
        } else {
          const n = published?.consultations ?? 0;
          await expect(td).toHaveAttribute('data-value', String(n));
          await expect(td).toHaveText(`${n.toLocaleString('ja-JP')}件`);
        }
      }
    }
  }
  expect(suppressed).toBeGreaterThan(0);
});

test('hidden years in a trend table say why in text, not only on hover', async ({ page }) => {
  // Ten centre pages, every hidden cell's accessible name one by one: 28 s alone on this
  // machine, too close to the default 30 s.
  test.setTimeout(120_000);
  let seen = 0;
  for (const pref of prefCodes.slice(0, 10)) {
    await page.goto(`/centers/${pref}/`);
    for (const details of await page.locator('details.trend').all()) {
      const hidden = details.locator('td [data-status="suppressed"], td [data-status="na"]');
      const count = await hidden.count();
      if (count === 0) continue;
      const words = new Set(
        (await hidden.allTextContents()).map((w) => w.trim()), // 秘匿 / 算出不可
      );
      const reasons = await details.locator('.reasons li').allTextContents();
      for (const word of words) {
        expect(reasons.some((r) => r.startsWith(`${word}の理由：`))).toBe(true);
      }
      // Each hidden year's cell also carries its reason as text, not only as a title.
      await details.locator('summary').click();
      for (const el of await hidden.all()) {
        const title = (await el.getAttribute('title')) ?? '';
        expect(title).not.toBe('');
        expect(await el.locator('xpath=..').ariaSnapshot()).toBe(
          `- cell "${(await el.textContent())?.trim()} ${t('centers.reason.inCell', { reason: title })}"`,
        );
      }
      seen += count;
    }
  }
  expect(seen).toBeGreaterThan(0);
});

test('the home tile map shows the chosen indicator per CO, by keyboard, without JavaScript', async ({
  browser,
}) => {
  const page = await openWithoutScript(browser, '/');
  const visibleMaps = () =>
    page
      .locator('figure[data-map]')
      .evaluateAll((figs) =>
        figs.filter((f) => getComputedStyle(f).display !== 'none').map((f) => f.dataset['map']),
      );
  expect(await visibleMaps()).toEqual(['r6_consultations']);
  // Radios in INDICATORS order; arrow keys move the choice.
  const radios = page.getByRole('group', { name: '地図に示す指標' }).getByRole('radio');
  const ids = await radios.evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value));
  expect(ids).toEqual(INDICATOR_IDS.filter((id) => ids.includes(id)));
  expect(ids.length).toBeGreaterThan(4);
  await page.getByRole('radio', { name: '相談実績件数' }).focus();
  await page.keyboard.press('ArrowRight');
  const next = ids[ids.indexOf('r6_consultations') + 1];
  expect(await visibleMaps()).toEqual([next]);
  // Its summary and the table's column say the same published rates.
  const rates = JSON.parse(
    readFileSync(new URL('.build/published/json/rates.json', import.meta.url), 'utf8'),
  ) as { fiscal_year: number; pref_code: string; indicator: string; per_co: number | null }[];
  const cells = await page
    .locator(`#rates-table td[data-col="per_co:${next}"]`)
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')));
  expect(cells).toEqual(
    prefCodes.map((p) => {
      const r = rates.find(
        (x) => String(x.fiscal_year) === latest && x.pref_code === p && x.indicator === next,
      );
      return r?.per_co === null || r === undefined ? '' : String(r.per_co);
    }),
  );
  await page.context().close();
});

test('no accessibility violations on / with another map chosen (axe)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('radio', { name: '成果確認件数' }).check();
  expect(await axeViolations(page)).toEqual([]);
});
