// /trends/ and the ministry briefs on the fixture build: built from the
// published data, the same counts as indicators.csv and as /explore/ computes in the
// browser, downloads equal to the tables shown, accessible, and no wasm.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from '@playwright/test';
import { MINISTRIES } from '../../src/lib/trends/slices.ts';
import {
  axeViolations,
  isWasm,
  expectNoExternalRequests,
  publishedIndicators,
  recordRequests,
} from './support.ts';

const requested = recordRequests();

test('the fiscal-year table equals the national r6_consultations of indicators.csv', async ({
  page,
}) => {
  const { published } = publishedIndicators();
  await page.goto('/trends/');
  const rows = page.locator('table[data-table="fiscal-years"] tbody tr');
  await expect(rows).not.toHaveCount(0);
  const csv = await (await page.request.get('/trends/csv/fiscal-years.csv')).text();
  const lines = csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('fiscal_year,consultations,change');
  expect(lines.length - 1).toBe(await rows.count());
  for (const line of lines.slice(1)) {
    const [fy, consultations] = line.split(',');
    expect(consultations).toBe(String(Number(published.get(`${fy}|00|r6_consultations`)!.value)));
  }
  expect(requested.filter(isWasm)).toEqual([]);
  expectNoExternalRequests(requested);
});

test('every download holds exactly the rows and values its table shows', async ({ page }) => {
  await page.goto('/trends/');
  const tables = page.locator('table[data-table]');
  const ids = await tables.evaluateAll((ts) => ts.map((t) => t.getAttribute('data-table')!));
  expect(ids.length).toBeGreaterThanOrEqual(9);
  for (const id of ids) {
    const shown = await page
      .locator(`table[data-table="${id}"] tbody tr`)
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-value')),
        ),
      );
    const href = await page.locator(`a[href$="/trends/csv/${id}.csv"]`).getAttribute('href');
    const csv = await (await page.request.get(href!)).text();
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n')
      .slice(1);
    expect(
      lines.map((l) => l.split(',').slice(1)),
      id,
    ).toEqual(shown);
    // The Parquet beside it: the same rows, values and nulls.
    const parquetHref = href!.replace('/csv/', '/parquet/').replace(/\.csv$/, '.parquet');
    const bytes = await (await page.request.get(parquetHref)).body();
    const file = join(mkdtempSync(join(tmpdir(), 'trends-e2e-')), `${id}.parquet`);
    writeFileSync(file, bytes);
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = (await conn.runAndReadAll(`SELECT * FROM read_parquet('${file}')`)).getRows();
    conn.closeSync();
    expect(
      rows.map((r) => r.slice(1).map((v) => (v === null ? '' : String(Number(v))))),
      `${id}.parquet`,
    ).toEqual(shown.map((r) => r.map((v) => (v === '' || v === null ? '' : String(Number(v))))));
  }
});

test('a theme’s quarter on /trends/ equals /explore/ computing it in the browser', async ({
  page,
}) => {
  await page.goto('/trends/');
  const themes = page.locator('table[data-table="themes"] tbody tr');
  // The first theme with a shown quarter count.
  const rows = await themes.evaluateAll((trs) =>
    trs.map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-value')),
    ),
  );
  const i = rows.findIndex((r) => r[1] !== '');
  expect(i).toBeGreaterThanOrEqual(0);
  const link = page.locator('#themes a[href*="/explore/"]').nth(i);
  const topics = new URL((await link.getAttribute('href'))!, page.url()).searchParams.get('topic');
  const header = await page.locator('table[data-table="themes"] thead th').nth(2).textContent();
  const m = /(\d{4})年(\d+)月〜(\d{4})年(\d+)月/.exec(header ?? '');
  expect(m).not.toBeNull();
  const ym = (y: string, mo: string) => `${y}-${mo.padStart(2, '0')}`;
  const from = ym(m![1]!, m![2]!);
  const to = ym(m![3]!, m![4]!);
  await page.goto(`/explore/?m=consultations&d=&from=${from}&to=${to}&topic=${topics}`);
  const result = page.locator('#explore-result');
  await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(result.locator('td[data-value]').first()).toHaveAttribute(
    'data-value',
    rows[i]![1]!,
  );
});

test('one printable brief per ministry that asked, each reachable from /trends/', async ({
  page,
}) => {
  await page.goto('/trends/');
  for (const m of MINISTRIES) {
    await page.goto('/trends/');
    await page.locator(`#ministries a[href$="/trends/${m.id}/"]`).click();
    await expect(page.locator('h1')).toContainText(m.name);
    await expect(page.locator('.brief-part')).toHaveCount(m.parts.length);
    // Every code of the slice is listed with its reason.
    const codes = m.parts.flatMap((p) => [...(p.topics ?? []), ...(p.industries ?? [])]);
    for (const c of codes) await expect(page.getByText(c.reason, { exact: true })).toBeVisible();
  }
  expect(requested.filter(isWasm)).toEqual([]);
});

test('axe finds nothing on /trends/ and on a ministry brief', async ({ page }) => {
  await page.goto('/trends/');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/trends/${MINISTRIES[0]!.id}/`);
  expect(await axeViolations(page)).toEqual([]);
});

test('a slice filtered in the browser: URL state, the quarter equals /explore/, no wasm and no data until asked', async ({
  page,
}) => {
  await page.goto('/trends/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter(isWasm)).toEqual([]);
  expect(requested.filter((u) => u.includes('/_data/'))).toEqual([]);

  await page.locator('#trends-filter select[name=bureau]').selectOption('kanto');
  await page.locator('#trends-filter button[type=submit]').press('Enter');
  const out = page.locator('#trends-filter-result');
  await expect(out).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const summary = page.locator('#trends-filter-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  expect(new URL(page.url()).search).toBe('?bureau=kanto');
  // The slice is counted in the drilldown's column store, without DuckDB's engine.
  expect(requested.some((u) => u.includes('/_data/explore.'))).toBe(true);
  expect(requested.filter(isWasm)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);

  // The same slice and quarter computed by /explore/.
  const cur = await summary.getAttribute('data-cur');
  expect(cur).not.toBe('');
  const quarter = JSON.parse((await page.locator('#trends-filter').getAttribute('data-quarter'))!);
  await page.reload();
  await expect(page.locator('#trends-filter select[name=bureau]')).toHaveValue('kanto');
  await expect(page.locator('#trends-filter-summary')).toHaveAttribute('data-cur', cur!, {
    timeout: 30_000,
  });
  await page.goto(
    `/explore/?m=consultations&d=&from=${quarter.fiscalYear}-Q${quarter.q}&to=${quarter.fiscalYear}-Q${quarter.q}&bureau=kanto`,
  );
  const result = page.locator('#explore-result');
  await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(result.locator('td[data-value]').first()).toHaveAttribute('data-value', cur!);
  expectNoExternalRequests(requested);
});
