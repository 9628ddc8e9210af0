// /workspace/ over the real fixture build: the contract's example export chosen through the
// file input, in UTF-8, UTF-8 with BOM and Shift_JIS, gives the pipeline's indicators for
// each of its centres; a malformed export is answered at its line and nothing is computed;
// nothing is sent or stored; the page is accessible.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE } from '../helpers/export.ts';
import { englishLeaks } from '../helpers/english-leaks.ts';
import { encodeShiftJis } from '../helpers/sjis.ts';
import { axeViolations, recordRequests } from './support.ts';

const requested = recordRequests();

/** The pipeline's indicators.csv for the example (golden: tests/fixtures/example). */
const expected = readFileSync(join(EXAMPLE, '../expected_indicators.csv'), 'utf8')
  .trimEnd()
  .split('\n');

type Encode = (text: string) => Uint8Array;
/** Each encoding, and how the page names it for coordinators.csv (the example's other
 *  files are ASCII, so in Shift_JIS they are also valid UTF-8 and named so, as the pipeline does). */
const ENCODINGS: [string, Encode, string][] = [
  ['UTF-8', (s) => new TextEncoder().encode(s), 'UTF-8'],
  [
    'UTF-8 with BOM and CRLF',
    (s) => new TextEncoder().encode(`\ufeff${s.replace(/\n/g, '\r\n')}`),
    'UTF-8（BOM付き）',
  ],
  ['Shift_JIS', (s) => encodeShiftJis(s), 'Shift_JIS'],
];

/** The example's CSV files, as a file input gives them. */
function exampleFiles(encode: Encode, edit: (name: string, text: string) => string = (_, s) => s) {
  return readdirSync(EXAMPLE)
    .filter((name) => name.endsWith('.csv') && statSync(join(EXAMPLE, name)).isFile())
    .map((name) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(encode(edit(name, readFileSync(join(EXAMPLE, name), 'utf8')))),
    }));
}

async function open(page: Page) {
  await page.goto('/workspace/');
  // The engine is ready before files are chosen (it loads with the page).
  await expect(page.locator('#workspace')).toHaveAttribute('data-state', 'ready');
}

/** Chooses the example export (UTF-8) and waits until its figures are on the page. */
async function chooseExample(page: Page) {
  await page
    .locator('#workspace-files')
    .setInputFiles(exampleFiles((s) => new TextEncoder().encode(s)));
  await expect(page.locator('#workspace')).toHaveAttribute('data-state', 'done', {
    timeout: 30_000,
  });
}

/** Every own figure of `pref` on the page, as indicators.csv lines. */
async function shownLines(page: Page, pref: string): Promise<string[]> {
  const cells = await page
    .locator(`#workspace-result [data-indicator][data-pref="${pref}"]`)
    .evaluateAll((nodes) =>
      nodes.map((n) => {
        const d = (n as HTMLElement).dataset;
        return `${d['fy']},${d['pref']},${d['indicator']},${d['value']},${d['status']}`;
      }),
    );
  return cells.sort();
}
const expectedFor = (pref: string) => expected.filter((l) => l.split(',')[1] === pref).sort();

for (const [encoding, encode, label] of ENCODINGS) {
  test(`the example export in ${encoding} gives the pipeline's indicators`, async ({ page }) => {
    await open(page);
    await page.locator('input[type="file"]').first().setInputFiles(exampleFiles(encode));
    const result = page.locator('#workspace-result');
    await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expect(page.locator('#workspace-errors')).toBeHidden();
    // Two centres in the example: the first is shown, the other chosen.
    await expect(page.locator('#workspace-centre')).toBeVisible();
    expect(await shownLines(page, '13')).toEqual(expectedFor('13'));
    await expect(
      result.locator('table').last().locator('tr', { hasText: 'coordinators.csv' }),
    ).toContainText(label);
    await page.locator('#workspace-centre-select').selectOption('47');
    await expect(result.locator('[data-pref="47"]').first()).toBeAttached();
    expect(await shownLines(page, '47')).toEqual(expectedFor('47'));
    // Published values carry no data-indicator: one marked figure per (year, indicator).
    expect(await result.locator('[data-indicator]').count()).toBe(expectedFor('47').length);
  });
}

test('a malformed export is answered at its line, and nothing is computed', async ({ page }) => {
  await open(page);
  const files = exampleFiles(
    (s) => new TextEncoder().encode(s),
    (name, text) => {
      if (name !== 'consultations.csv') return text;
      const lines = text.split('\n');
      const header = lines[0]!.split(',');
      const cells = lines[2]!.split(',');
      cells[header.indexOf('minutes')] = '九十';
      lines[2] = cells.join(',');
      return lines.join('\n');
    },
  );
  await page.locator('#workspace-files').setInputFiles(files);
  const errors = page.locator('#workspace-errors');
  await expect(errors).toBeVisible({ timeout: 30_000 });
  await expect(errors.locator('li').first()).toHaveText(/^consultations\.csv:3: minutes: /);
  await expect(page.locator('#workspace-result [data-indicator]')).toHaveCount(0);
  await expect(page.locator('#workspace-actions')).toBeHidden();
});

test('nothing leaves the browser: only GETs of the site’s own files, nothing stored', async ({
  page,
}) => {
  const sent: { method: string; url: string }[] = [];
  page.on('request', (r) => sent.push({ method: r.method(), url: r.url() }));
  await open(page);
  await page.waitForLoadState('networkidle');
  const before = sent.length;
  const beforeAll = requested.length;
  await page.locator('#workspace-files').setInputFiles(exampleFiles((s) => encodeShiftJis(s)));
  await expect(page.locator('#workspace-result [data-indicator]').first()).toBeAttached({
    timeout: 30_000,
  });
  await page.locator('#workspace-centre-select').selectOption('47');
  await expect(page.locator('#workspace-result [data-pref="47"]').first()).toBeAttached();
  // The CSV is made here: a download of a blob: address, not a request.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#workspace-download').click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\n');
  expect(csv).toEqual([expected[0], ...expected.slice(1).filter((l) => l.split(',')[1] === '47')]);
  await page.waitForLoadState('networkidle');
  const after = sent.slice(before).filter((r) => !r.url.startsWith('blob:'));
  for (const r of after) {
    expect(r.method, r.url).toBe('GET');
    const url = new URL(r.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.search, r.url).toBe('');
  }
  expect(after.map((r) => new URL(r.url).pathname)).toEqual(
    expect.arrayContaining(['/workspace/reference/13.json', '/workspace/reference/47.json']),
  );
  expect(requested.slice(beforeAll).every((u) => new URL(u).hostname === '127.0.0.1')).toBe(true);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  expect(stored).toEqual({ local: 0, session: 0, idb: 0, caches: 0 });
});

test('the page, with a result, has no WCAG 2.2 AA violations', async ({ page }) => {
  await open(page);
  await chooseExample(page);
  expect(await axeViolations(page)).toEqual([]);
});

test('files dropped on the drop zone are read like chosen ones', async ({ page }) => {
  await open(page);
  const files = exampleFiles((s) => new TextEncoder().encode(s)).map((f) => ({
    name: f.name,
    text: f.buffer.toString('utf8'),
  }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    return dt;
  }, files);
  await page.locator('#workspace-drop').dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('#workspace-result [data-indicator]').first()).toBeAttached({
    timeout: 30_000,
  });
  expect(await shownLines(page, '13')).toEqual(expectedFor('13'));
});

test('the print view shows the result without the controls', async ({ page }) => {
  await open(page);
  await chooseExample(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#workspace-result table').first()).toBeVisible();
  for (const id of ['#workspace-files', '#workspace-actions', '#workspace-centre', 'nav'])
    await expect(page.locator(id).first()).toBeHidden();
  // A4 portrait with 12 mm margins: 186 mm of paper, at 96 CSS px to the inch.
  await page.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1000 });
  const overflow = await page
    .locator('#workspace-result table')
    .evaluateAll((tables) =>
      tables
        .filter((t) => t.scrollWidth > t.parentElement!.clientWidth)
        .map((t) => `${t.className} ${t.scrollWidth} > ${t.parentElement!.clientWidth}`),
    );
  expect(overflow).toEqual([]);
});

test('the English page writes its result in English', async ({ page }) => {
  await page.goto('/en/workspace/');
  await expect(page.locator('#workspace')).toHaveAttribute('data-state', 'ready');
  await chooseExample(page);
  expect(await shownLines(page, '13')).toEqual(expectedFor('13'));
  expect(englishLeaks(await page.content())).toEqual([]);
});

test('a read can be cancelled, and the next export is read', async ({ page }) => {
  await open(page);
  // The example's consultations many times over (new ids), so the read takes a while.
  const files = exampleFiles(
    (s) => new TextEncoder().encode(s),
    (name, text) => {
      if (name !== 'consultations.csv') return text;
      const [header, ...rows] = text.trimEnd().split('\n');
      const out = [header];
      for (let i = 0; i < 400; i++)
        for (const row of rows) out.push(row.replace(/^[^,]+/, (id) => `${id}R${i}`));
      return out.join('\n') + '\n';
    },
  );
  await page.locator('#workspace-files').setInputFiles(files);
  await page.locator('#workspace-cancel').click();
  await expect(page.locator('#workspace')).toHaveAttribute('data-state', 'cancelled', {
    timeout: 10_000,
  });
  await expect(page.locator('#workspace-result')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('#workspace-result [data-indicator]')).toHaveCount(0);
  await expect(page.locator('#workspace-cancel')).toBeDisabled();
  await chooseExample(page);
  expect(await shownLines(page, '13')).toEqual(expectedFor('13'));
});

test('with a result, the page reflows at 320 CSS px (tables scroll in their own box)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page);
  await chooseExample(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
