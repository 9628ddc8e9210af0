// /explore/ when a question or a query runs long. The builder's Cancel stops the wait and the
// download it waits for. In the SQL box, Cancel stops a runaway query within seconds
// (DuckDB's interrupt, or a new engine when the query is stuck in one step) and the box
// answers the next query; an answer longer than the cap is cut at exactly the cap and says so,
// and DuckDB's own memory stops at a limit the visitor cannot raise.
import { expect, test, type Page } from '@playwright/test';
import { SQL_BOX_CAP } from '../../src/client/row-cap.ts';
import { axeViolations, expectNoExternalRequests, recordRequests } from './support.ts';

const requested = recordRequests();

async function openBox(page: Page) {
  await page.goto('/explore/?m=consultations&d=');
  await expect(page.locator('#explore-result')).toHaveAttribute('aria-busy', 'false', {
    timeout: 30_000,
  });
  const box = {
    out: page.locator('#explore-sql-result'),
    status: page.locator('#explore-sql-status'),
    cancel: page.getByRole('button', { name: '実行をキャンセル', exact: true }),
    run: async (sql: string) => {
      await page.locator('#explore-sql-text').fill(sql);
      await page.locator('#explore-sql-run').click();
    },
  };
  await expect(box.cancel).toBeDisabled();
  // The engine and database load once; the runaway queries below then run at once.
  await box.run('SELECT 1 AS one');
  await expect(box.out.locator('td')).toHaveText('1', { timeout: 60_000 });
  await expect(box.out).toHaveAttribute('aria-busy', 'false');
  return box;
}

/** Runs `sql`, checks it is still running after `seconds`, and cancels it from the keyboard. */
async function runAndCancel(page: Page, box: Awaited<ReturnType<typeof openBox>>, sql: string) {
  await box.run(sql);
  await expect(box.cancel).toBeEnabled();
  await expect(box.out).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#explore-sql-elapsed')).toContainText('実行中', { timeout: 5_000 });
  await page.waitForTimeout(3_000);
  await expect(box.out).toHaveAttribute('aria-busy', 'true'); // still running
  await box.cancel.focus();
  const clicked = Date.now();
  await page.keyboard.press('Enter');
  await expect(box.status).toContainText('キャンセルしました', { timeout: 10_000 });
  const took = Date.now() - clicked;
  await expect(box.out).toHaveAttribute('aria-busy', 'false');
  await expect(box.cancel).toBeDisabled();
  await expect(page.locator('#explore-sql-run')).toBeFocused();
  return took;
}

test('a runaway query is cancelled within seconds and the next query runs', async ({ page }) => {
  test.setTimeout(120_000);
  const box = await openBox(page);
  const took = await runAndCancel(page, box, 'SELECT count(*) AS n FROM range(1000000000000)');
  expect(took).toBeLessThan(5_000);
  // DuckDB stopped it itself: the engine was not restarted.
  await expect(box.status).toHaveText('キャンセルしました。');
  expect(await axeViolations(page)).toEqual([]);
  await box.run('SELECT 6 * 7 AS answer');
  await expect(box.out.locator('td')).toHaveText('42', { timeout: 10_000 });
  await expect(box.status).toContainText('1行');
  expectNoExternalRequests(requested);
});

test('a query stuck in one step is stopped by a new engine, and the box still answers', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const box = await openBox(page);
  // A cross product whose filter never matches: each step pairs one batch with a million
  // rows, seconds of work DuckDB cannot interrupt.
  const took = await runAndCancel(
    page,
    box,
    'SELECT count(*) AS n FROM range(1000000) a(x), range(1000000) b(y) WHERE x + y < 0',
  );
  expect(took).toBeLessThan(8_000);
  await expect(box.status).toContainText('再起動');
  await box.run('SELECT count(*) AS n FROM microdata');
  await expect(box.out.locator('td')).not.toHaveText('', { timeout: 60_000 });
  expect(Number(await box.out.locator('td').textContent())).toBeGreaterThan(0);
  // Still read-only and closed to the network after the restart.
  await box.run(`SELECT * FROM read_csv('http://example.com/x.csv')`);
  await expect(box.out.getByRole('alert')).toBeVisible({ timeout: 10_000 });
  await box.run('CREATE TABLE t AS SELECT 1');
  await expect(box.out.getByRole('alert')).toContainText('read-only');
  expectNoExternalRequests(requested);
});

test('an answer longer than the cap shows exactly the cap and says how to narrow it; memory is capped', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const box = await openBox(page);
  await box.run(`SELECT x FROM range(${SQL_BOX_CAP.rows * 100}) t(x)`);
  await expect(page.locator('#explore-sql-cut')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#explore-sql-cut')).toContainText('LIMIT');
  await expect(box.out.locator('tbody tr')).toHaveCount(SQL_BOX_CAP.rows);
  await expect(box.out.locator('tbody tr').last()).toHaveText(String(SQL_BOX_CAP.rows - 1));
  await expect(box.status).toContainText('読み込みを止めました');

  // Exactly the cap long is not cut.
  await box.run(`SELECT x FROM range(${SQL_BOX_CAP.rows}) t(x)`);
  await expect(box.status).toContainText(`${SQL_BOX_CAP.rows}行を表示`, { timeout: 30_000 });
  await expect(page.locator('#explore-sql-cut')).toHaveCount(0);
  await expect(box.out.locator('tbody tr')).toHaveCount(SQL_BOX_CAP.rows);

  // DuckDB's own memory stops at its limit with an error, and the visitor cannot raise it.
  await box.run('SELECT length(list(x)) AS n FROM range(600000000) t(x)');
  await expect(box.out.getByRole('alert')).toContainText('Out of Memory', { timeout: 60_000 });
  await box.run(`SET memory_limit = '3GB'`);
  await expect(box.out.getByRole('alert')).toContainText('lock', { timeout: 10_000 });
  await box.run(`SELECT current_setting('memory_limit') AS m`);
  await expect(box.out.locator('td')).toHaveText(/^9\d\d\.\d MiB$/, { timeout: 10_000 });

  // Wide rows stop at the byte budget, well before the row cap.
  await box.run(`SELECT repeat('x', 20000) AS wide FROM range(5000)`);
  await expect(page.locator('#explore-sql-cut')).toBeVisible({ timeout: 30_000 });
  const shown = await box.out.locator('tbody tr').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(SQL_BOX_CAP.bytes / 20000 + 1);
});

test('a question waiting for its data is cancelled, its download stopped, and asked again', async ({
  page,
}) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let downloads = 0;
  await page.route('**/_data/explore.*', async (route) => {
    downloads++;
    await held;
    await route.continue().catch(() => undefined); // the page may have aborted it meanwhile
  });
  await page.goto('/explore/');
  const out = page.locator('#explore-result');
  await expect(out).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const cancel = page.getByRole('button', { name: '集計をキャンセル', exact: true });
  await expect(cancel).toBeDisabled();

  await page.locator('select[name=d1]').selectOption('topic');
  await page.locator('#explore-run').click();
  await expect(cancel).toBeEnabled();
  await expect(out).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('#explore-status')).toContainText('読み込んでいます');
  const before = downloads;
  expect(before).toBeGreaterThan(0);
  await cancel.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#explore-status')).toHaveText('集計をキャンセルしました。');
  await expect(page.locator('#explore-cancelled')).toBeVisible();
  await expect(out).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('#explore-error')).toBeHidden();
  await expect(cancel).toBeDisabled();
  await expect(page.locator('#explore-run')).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  release();
  await page.locator('#explore-run').click();
  await expect(out).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(out.locator('tbody tr')).not.toHaveCount(0);
  await expect(page.locator('#explore-error')).toBeHidden();
  // The cancelled download was dropped, not kept: asking again downloads anew.
  expect(downloads).toBeGreaterThan(before);
  expectNoExternalRequests(requested);
});
