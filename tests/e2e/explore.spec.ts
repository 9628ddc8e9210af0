// /explore/ on the fixture build (issue 6): DuckDB-WASM served by the site computes a
// centre's consultations for a fiscal year that, with the rows the page says disclosure
// control withheld, equal r6_consultations in indicators.csv.
import { expect, test, type Page } from '@playwright/test';
import {
  axeViolations,
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
  expect(requested.some((u) => u.endsWith('.wasm'))).toBe(true);
});
