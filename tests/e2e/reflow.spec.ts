// Reflow (WCAG 2.2 1.4.10, JIS X 8341-3): at 320 CSS px no page scrolls sideways as a
// whole. Wide data tables scroll inside their own container, which 1.4.10 allows.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoExternalRequests, recordRequests } from './support.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const first = (dir: string, prefix: string) =>
  readdirSync(join(dist, dir))
    .filter((n) => n.startsWith(prefix))
    .sort()[0];

// One page of every kind, with the longest labels the fixture has (centre 13: Tokyo).
const PAGES = [
  '/',
  '/centers/',
  '/centers/13/',
  '/compare/',
  '/compare/13/',
  '/coordinators/',
  `/coordinators/${first('coordinators', 'CO-')}/`,
  '/menus/',
  `/menus/${first('menus', 'M-')}/`,
  '/cases/',
  `/cases/${first('cases', 'cs-')}/`,
  '/search/',
  '/methodology/',
  '/explore/',
  '/workspace/',
  '/trends/',
  '/trends/fsa/',
  '/data/',
];
// English words are longer and break only at spaces: the English twin of every kind too.
PAGES.push(...PAGES.map((path) => `/en${path}`));

const requested = recordRequests();
test.use({ viewport: { width: 320, height: 800 } });

test('no page is wider than a 320 CSS px viewport', async ({ page }) => {
  const wide: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path} ${width}px`);
  }
  expect(wide).toEqual([]);
  expectNoExternalRequests(requested);
});
