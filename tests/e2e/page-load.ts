// How a test reaches a page (from the main navigation) and what loading one costs.
import { gzipSync } from 'node:zlib';
import { expect, type Page } from '@playwright/test';
import { expectNoExternalRequests } from './support.ts';

/** Goes to / and follows the main navigation's link `name`, which must land on `url`. */
export async function followNavigation(page: Page, name: string, url: RegExp): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'サイト内の主なページ' })
    .getByRole('link', { name })
    .click();
  await expect(page).toHaveURL(url);
}

/**
 * Loads `path` and weighs what the browser fetched for it to show the page (document,
 * stylesheets, scripts), gzipped; logs it as `<label> weight`. Nothing may come from
 * outside 127.0.0.1 (`requested` is recordRequests()'s list).
 */
export async function pageWeight(
  page: Page,
  path: string,
  label: string,
  requested: readonly string[],
): Promise<{ gzip: number; files: number }> {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (response) => {
    if (['document', 'stylesheet', 'script'].includes(response.request().resourceType())) {
      bodies.set(response.url(), await response.body());
    }
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expectNoExternalRequests(requested);
  const gzip = [...bodies.values()].reduce((sum, body) => sum + gzipSync(body).length, 0);
  console.log(`${label} weight: ${(gzip / 1024).toFixed(1)} KiB gzip, ${bodies.size} files`);
  return { gzip, files: bodies.size };
}
