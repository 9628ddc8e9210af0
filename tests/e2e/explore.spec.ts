// /explore/ on the fixture build: DuckDB-WASM served by the site computes a
// centre's consultations for a fiscal year that, with the rows the page says disclosure
// control withheld, equal r6_consultations in indicators.csv.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { vocab } from '../../src/lib/vocab.ts';
import {
  axeViolations,
  isWasm,
  expectNoExternalRequests,
  publishedIndicators,
  recordRequests,
} from './support.ts';

const requested = recordRequests();

async function resultFor(page: Page, query: string) {
  await page.goto(`/explore/?${query}`);
  const result = page.locator('#explore-result');
  await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.locator('#explore-error')).toBeHidden();
  return result;
}

test('a centre and fiscal year, plus the withheld rows the page states, equal r6_consultations', async ({
  page,
}) => {
  const { published, latest } = publishedIndicators();
  for (const pref of ['13', '47']) {
    const result = await resultFor(page, `m=consultations&d=&fy=${latest}&centre=${pref}`);
    const value = Number(await result.locator('td[data-value]').first().getAttribute('data-value'));
    const note = page.locator('#explore-withheld');
    await expect(note).toHaveAttribute('data-exact', 'true');
    const withheld = Number(await note.getAttribute('data-withheld'));
    const r6 = published.get(`${latest}|${pref}|r6_consultations`);
    expect(r6?.status).toBe('ok');
    expect(value).toBeGreaterThan(0);
    expect(value + withheld).toBe(Number(r6!.value));
  }
  expectNoExternalRequests(requested);
  // The builder counts in the column store; only the SQL box needs DuckDB's engine.
  expect(requested.some((u) => u.includes('/_data/explore.'))).toBe(true);
  expect(requested.filter(isWasm)).toEqual([]);
});

test('cells the aggregate tables suppress, and any count of 1 or 2, are hidden', async ({
  page,
}) => {
  const { latest } = publishedIndicators();
  const byTopic = JSON.parse(
    readFileSync(
      new URL('.build/published/json/consultations_by_topic.json', import.meta.url),
      'utf8',
    ),
  ) as { fiscal_year: number; pref_code: string; topic: string; status: string }[];
  const suppressed = byTopic.filter(
    (r) =>
      String(r.fiscal_year) === latest &&
      r.pref_code === '13' &&
      r.status !== 'ok' &&
      r.topic !== '*',
  );
  expect(suppressed.length).toBeGreaterThan(0); // else this test proves nothing on this fixture
  const result = await resultFor(page, `m=consultations,referrals&d=topic&fy=${latest}&centre=13`);
  for (const r of suppressed) {
    const name = vocab.topics.find((t) => t.code === r.topic)!.name;
    const row = result.locator('tbody tr', {
      has: page.getByRole('rowheader', { name, exact: true }),
    });
    if ((await row.count()) === 0) continue; // withheld from the microdata altogether
    await expect(row.locator('td').first()).toHaveText('秘匿');
  }
  const values = await result
    .locator('td[data-value]')
    .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value')).filter((v) => v !== ''));
  expect(values.length).toBeGreaterThan(0);
  for (const v of values) expect(['1', '2']).not.toContain(v);
});

test('the URL state round-trips through the form, and back/forward restore views', async ({
  page,
}) => {
  const { latest } = publishedIndicators();
  const query = `m=consultations,resolved&d=topic_group,channel&fy=${latest}&centre=13&phase=2`;
  const result = await resultFor(page, query);
  await expect(result).toHaveAttribute('data-state', query);
  await expect(page.locator('select[name=d1]')).toHaveValue('topic_group');
  await expect(page.locator('select[name=d2]')).toHaveValue('channel');
  await expect(page.locator('input[name=m][value=resolved]')).toBeChecked();
  await expect(page.locator('input[name=centre][value="13"]')).toBeChecked();
  // Submitting the form unchanged gives the same URL.
  await page.locator('#explore-run').click();
  await expect(result).toHaveAttribute('aria-busy', 'false');
  expect(new URL(page.url()).search).toBe(`?${query}`);
  // A new view, then back to the first.
  await page.locator('select[name=d2]').selectOption('');
  await page.locator('#explore-run').click();
  await expect(result).toHaveAttribute('data-state', query.replace(',channel', ''));
  await page.goBack();
  await expect(result).toHaveAttribute('data-state', query);
  await expect(page.locator('select[name=d2]')).toHaveValue('channel');
});

test('keyboard only: open a filter, tick a centre, run, download the CSV', async ({ page }) => {
  const { latest } = publishedIndicators();
  const result = await resultFor(page, `m=consultations&d=fy`);
  const centres = page.locator('details[data-filter=centre] summary');
  await centres.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details[data-filter=centre]')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.locator('input[name=centre][value="01"]')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('input[name=centre][value="01"]')).toBeChecked();
  await page.locator('#explore-run').focus();
  await page.keyboard.press('Enter');
  await expect(result).toHaveAttribute('data-state', 'm=consultations&d=fy&centre=01');
  await expect(result.locator('tbody tr')).not.toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.locator('#explore-csv').focus();
  await page.keyboard.press('Enter');
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('\ufefffy,fy_name,consultations,status');
  expect(csv).toContain(`${latest},`);
});

test('axe finds nothing on a view with a chart, a table and the SQL box', async ({ page }) => {
  const { latest } = publishedIndicators();
  await resultFor(page, `m=consultations,outcomes&d=centre,channel&fy=${latest}`);
  await expect(page.locator('#explore-result figure')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await resultFor(page, `m=consultations&d=topic`);
  expect(await axeViolations(page)).toEqual([]);
});

test('the SQL box reads, cannot write and cannot fetch from elsewhere', async ({ page }) => {
  await resultFor(page, 'm=consultations&d=');
  const box = page.locator('#explore-sql-text');
  const out = page.locator('#explore-sql-result');
  const run = async (sql: string) => {
    await box.fill(sql);
    await page.locator('#explore-sql-form button[type=submit]').click();
  };
  await run('SELECT count(*) AS n FROM microdata');
  await expect(out.locator('td')).toHaveCount(1);
  const microdataRows = Number(await out.locator('td').textContent());
  const disclosed = publishedDisclosure().reduce((sum, r) => sum + r.rows_published, 0);
  expect(microdataRows).toBe(disclosed);
  await run('CREATE TABLE microdata_copy AS SELECT * FROM microdata');
  await expect(out.getByRole('alert')).toContainText('read-only');
  await run(`SELECT * FROM read_csv('http://example.com/x.csv')`);
  await expect(out.getByRole('alert')).toBeVisible();
  expectNoExternalRequests(requested);
  expect(requested.some(isWasm)).toBe(true);
});

test('a database that cannot be loaded is said clearly', async ({ page }) => {
  await page.route('**/_data/explore.*', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/explore/?m=consultations&d=topic');
  await expect(page.locator('#explore-error')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#explore-error')).toContainText('データベースを読み込めませんでした');
});

function publishedDisclosure(): { rows_published: number }[] {
  return JSON.parse(
    readFileSync(
      new URL('.build/published/json/microdata_disclosure.json', import.meta.url),
      'utf8',
    ),
  );
}
