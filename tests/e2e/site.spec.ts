import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SiteManifestSchema } from '../../src/schemas/manifest.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { axeViolations, expectOnlyLocalRequests, recordRequests } from './support.ts';

// The manifest of the data this build used (`node scripts/build.ts --fixture`).
const manifest = SiteManifestSchema.parse(
  JSON.parse(readFileSync(new URL('.build/published/manifest.json', import.meta.url), 'utf8')),
);
const ja = new Intl.NumberFormat('ja-JP');

const requested = recordRequests();

test('home page renders with title and data vintage', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle('よろず支援拠点 公開ポータル');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全国の概要');
  const [year, month] = manifest.data_vintage.split('-').map(Number);
  await expect(page.locator('footer')).toContainText(`(${year}年${month}月)`);
});

test('synthetic data notice is shown (the fixture is the synthetic sample)', async ({ page }) => {
  // The sample generator marks its export, and the pipeline carries that into the manifest.
  expect(manifest.synthetic).toBe(true);
  await page.goto('/');
  const notice = page.getByRole('note');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('合成サンプルデータ');
});

test('input file table shows the manifest row counts', async ({ page }) => {
  await page.goto('/');
  const rows = page.locator('#files-table tbody tr');
  await expect(rows).toHaveCount(manifest.files.length);
  for (const f of manifest.files) {
    const row = page.locator('#files-table tbody tr', {
      has: page.getByRole('rowheader', { name: f.file, exact: true }),
    });
    await expect(row.locator('[data-col="rows_accepted"]')).toHaveText(ja.format(f.rows_accepted));
    await expect(row.locator('code.sha')).toHaveText(f.sha256);
    if (f.encoding) await expect(row).toContainText(f.encoding);
  }
});

test('all 47 centres are listed in JIS code order', async ({ page }) => {
  await page.goto('/');
  const rows = page.locator('#centers-table tbody tr');
  await expect(rows).toHaveCount(47);
  const codes = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pref-code')));
  expect(codes).toEqual(vocab.centres.map((c) => c.pref_code).sort());
  await expect(rows.first()).toContainText('北海道よろず支援拠点');
  await expect(rows.last()).toContainText('沖縄県');
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('no accessibility violations (axe, WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/');
  expect(await axeViolations(page)).toEqual([]);
});

test('no request leaves 127.0.0.1', ({ page }) => expectOnlyLocalRequests(page, '/', requested));
