// The charts' text summaries say the published numbers: on every centre page the trend
// summary's latest-year value (or status) and national median equal indicators.csv and
// reference_values for that centre and FY, and on every compare page the dot-and-band
// summary's centre value and national median do. Read back from the text independently of
// the code that wrote it, within the rounding the text shows.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { INDICATORS } from '../../src/lib/indicators.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { publishedIndicators } from './support.ts';

const { published, latest } = publishedIndicators();
const prefCodes = vocab.centres.map((c) => c.pref_code).sort();
const national = new Map(
  (
    JSON.parse(
      readFileSync(new URL('.build/published/json/reference_values.json', import.meta.url), 'utf8'),
    ) as { fiscal_year: number; indicator: string; group_type: string; median: number | null }[]
  )
    .filter((r) => r.group_type === 'national')
    .map((r) => [`${r.fiscal_year}|${r.indicator}`, r.median]),
);
const STATUS_WORDS: Record<string, string> = { suppressed: '秘匿', na: '算出不可' };

/** '1,234件' → 1234 ± 0.5; '45.6%' → 0.456 ± 0.0005; '+5.0%' → 0.05 ± 0.0005. */
function readValue(text: string): { value: number; tolerance: number } {
  const m = /^([+-]?[\d,]+(?:\.(\d+))?)(%|件|者|千円\/人|千円|人|回)$/.exec(text.trim());
  if (!m) throw new Error(`not a shown value: ${text}`);
  const scale = m[3] === '%' ? 0.01 : 1;
  const decimals = m[2]?.length ?? 0;
  return {
    value: Number(m[1]!.replace(/,/g, '')) * scale,
    tolerance: 0.5 * 10 ** -decimals * scale + 1e-9,
  };
}

function expectShown(shown: string, status: string, value: string, where: string): void {
  if (status !== 'ok') {
    expect(shown, where).toBe(STATUS_WORDS[status]);
    return;
  }
  const read = readValue(shown);
  expect(
    Math.abs(read.value - Number(value)),
    `${where}: ${shown} vs ${value}`,
  ).toBeLessThanOrEqual(read.tolerance);
}

async function summaries(page: Page, selector: string): Promise<Map<string, string>> {
  const pairs = await page
    .locator(selector)
    .evaluateAll((figs) =>
      figs.map((f) => [
        f.getAttribute('data-chart') ?? '',
        f.querySelector('.chart-summary')?.textContent ?? '',
      ]),
    );
  return new Map(pairs as [string, string][]);
}

/**
 * For every centre's page at `url(pref)`, each indicator's summary (charts matched by
 * `selector`) with the published latest value and the national median, checked by `check`.
 */
async function checkEverySummary(
  page: Page,
  url: (pref: string) => string,
  selector: string,
  check: (s: {
    text: string;
    where: string;
    row: { value: string; status: string };
    median: number | null | undefined;
  }) => void,
): Promise<number> {
  let checked = 0;
  for (const pref of prefCodes) {
    await page.goto(url(pref));
    const texts = await summaries(page, selector);
    for (const indicator of INDICATORS) {
      const text = texts.get(indicator.id) ?? '';
      const row = published.get(`${latest}|${pref}|${indicator.id}`)!;
      const median = national.get(`${latest}|${indicator.id}`);
      check({ text, where: `${pref} ${indicator.id}: ${text}`, row, median });
      checked += 1;
    }
  }
  return checked;
}

test('trend summaries on every centre page say the published latest value and median', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const checked = await checkEverySummary(
    page,
    (pref) => `/centers/${pref}/`,
    'td figure[data-chart]',
    ({ text, where, row, median }) => {
      const own = /の当拠点は([^。]+)。/.exec(text);
      expect(own, where).not.toBeNull();
      expectShown(own![1]!, row.status, row.value, where);
      const said = /全国中央値は([^（。]+)/.exec(text);
      if (median === null || median === undefined) expect(said, where).toBeNull();
      else expectShown(said![1]!, 'ok', String(median), where);
    },
  );
  expect(checked).toBe(prefCodes.length * INDICATORS.length);
});

test('dot-and-band summaries on every compare page say the published values', async ({ page }) => {
  test.setTimeout(120_000);
  await checkEverySummary(
    page,
    (pref) => `/compare/${pref}/`,
    'figure[data-chart]',
    ({ text, where, row, median }) => {
      const own = /この拠点は([^、（。]+)/.exec(text);
      expectShown(own![1]!, row.status, row.value, where);
      const said = /全国の拠点は([^、（。]+)/.exec(text);
      if (median === null || median === undefined) expect(said![1], where).toBe('該当なし');
      else expectShown(said![1]!, 'ok', String(median), where);
    },
  );
});

// The fixture (seed 7) has no missing rate in its latest FY, so there this checks the counts;
// tests/unit/charts/tile-map.test.ts checks the wording of a missing one.
test('the home tile maps call a missing rate by the word its table cell uses', async ({ page }) => {
  await page.goto('/');
  const maps = await page.locator('figure[data-chart="tile-map"]').evaluateAll((figs) =>
    figs.map((f) => ({
      id: f.getAttribute('data-map') ?? '',
      summary: f.querySelector('.chart-summary')?.textContent ?? '',
      tiles: [...f.querySelectorAll('a rect[aria-label]')].map((r) => r.getAttribute('aria-label')),
    })),
  );
  expect(maps.length).toBeGreaterThan(0);
  for (const map of maps) {
    const cells = await page
      .locator(`#rates-table td[data-col="per_co:${map.id}"]`)
      .evaluateAll((tds) =>
        tds.map((td) => ({
          pref: td.closest('tr')?.querySelector('th')?.textContent?.trim() ?? '',
          value: td.getAttribute('data-value'),
          text: td.textContent?.trim() ?? '',
        })),
      );
    expect(cells, map.id).toHaveLength(47);
    const missing = cells.filter((c) => c.value === '');
    const where = `${map.id}: ${map.summary}`;
    if (missing.length < 47)
      expect(map.summary, where).toContain(`${47 - missing.length}都道府県の値は`);
    if (missing.length === 0) expect(map.summary, where).not.toContain('都道府県は');
    for (const cell of missing) {
      if (missing.length < 47)
        expect(map.summary, where).toContain(`${missing.length}都道府県は${cell.text}`);
      else expect(map.summary, where).toContain(`全都道府県で${cell.text}`);
      expect(map.tiles, where).toContain(`${cell.pref}：${cell.text}`);
    }
  }
});
