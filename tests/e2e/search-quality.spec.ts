// Search quality: the Japanese query set against the real Pagefind index of the
// fixture build, in the browser. Recall counts every expected page among all results;
// transfer is what the search page downloads for a query after the first one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { vocab } from '../../src/lib/vocab.ts';
import type { InitiativeRow } from '../../src/lib/directory/initiatives.ts';
import { caseUrl, coUrl, menuUrl, published } from './directory-data.ts';
import { QUERIES, SPECIALTY_QUERIES } from './search-queries.ts';
import { expectNoExternalRequests, recordRequests } from './support.ts';

const requested = recordRequests();
const KB = 1000;

test('the Japanese query set finds at least 90% of what it must', async ({ page }) => {
  test.setTimeout(180_000);
  expect(QUERIES.length).toBeGreaterThanOrEqual(30);
  await page.goto('/search/');
  let expectedTotal = 0;
  let foundTotal = 0;
  const misses: string[] = [];
  for (const query of QUERIES) {
    expect(query.expected.length, `${query.q}: nothing expected`).toBeGreaterThan(0);
    const urls = await page.evaluate(async (q) => {
      // A variable specifier: the bundle exists only in the built site.
      const bundle = '/pagefind/pagefind.js';
      const pf = await import(bundle);
      await pf.options({ baseUrl: '/' });
      const search = await pf.search(q);
      const data = await Promise.all(
        search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()),
      );
      return data.map((d) => d.url);
    }, query.q);
    const found = query.expected.filter((u) => urls.includes(u));
    expectedTotal += query.expected.length;
    foundTotal += found.length;
    const recall = found.length / query.expected.length;
    console.log(
      `recall ${(recall * 100).toFixed(0).padStart(3)}%  ${found.length}/${query.expected.length}  (${urls.length} results)  ${query.q}`,
    );
    if (recall < 1)
      misses.push(
        `${query.q}: ${query.expected
          .filter((u) => !urls.includes(u))
          .slice(0, 3)
          .join(' ')}`,
      );
  }
  const recall = foundTotal / expectedTotal;
  console.log(
    `overall recall ${(recall * 100).toFixed(1)}% (${foundTotal}/${expectedTotal}) over ${QUERIES.length} queries`,
  );
  if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
  expect(recall).toBeGreaterThanOrEqual(0.9);
  expectNoExternalRequests(requested);
});

test('after the first query, each search transfers under 150 KB', async ({ page }) => {
  test.setTimeout(120_000);
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'キーワードで探す' });
  const results = page.locator('[data-search-list] li');
  // The first query loads the Pagefind bundle and its wasm: not counted.
  await box.fill('事業承継');
  await box.press('Enter');
  await expect(results.first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const perQuery: number[] = [];
  for (const query of QUERIES.slice(1)) {
    bytes = 0;
    await box.fill(query.q);
    await box.press('Enter');
    await expect(page.locator('[data-facet-status]')).toContainText(`「${query.q}」`);
    await page.waitForLoadState('networkidle');
    perQuery.push(bytes);
  }
  const max = Math.max(...perQuery);
  const mean = perQuery.reduce((s, b) => s + b, 0) / perQuery.length;
  console.log(
    `per-query transfer after the first: mean ${(mean / KB).toFixed(1)} KB, max ${(max / KB).toFixed(1)} KB over ${perQuery.length} queries`,
  );
  expect(max).toBeLessThan(150 * KB);
  expectNoExternalRequests(requested);
});

// What a partner agency needs from the site search: coordinators first for a specialty, the
// kind of page as a filter, the facts of a coordinator in the result, excerpts from what
// people wrote.
const publishedDir =
  process.env['E2E_PUBLISHED'] ?? new URL('.build/published/', import.meta.url).pathname;
const initiatives: InitiativeRow[] = JSON.parse(
  readFileSync(join(publishedDir, 'json', 'initiatives.json'), 'utf8'),
);
const resultLinks = (page: Page) => page.locator('[data-search-list] li > a');
const hrefsOf = (page: Page) =>
  resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
const co = (url: string) => published.coordinators.find((c) => coUrl(c.co_id) === url);

test('a specialty query lists the coordinators with that specialty first', async ({ page }) => {
  test.setTimeout(180_000);
  let share = 0;
  for (const { q, topic } of SPECIALTY_QUERIES) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(resultLinks(page).first()).toBeVisible();
    const top = (await hrefsOf(page)).slice(0, 10);
    const having = published.coordinators.filter((c) => c.specialties.includes(topic)).length;
    const first = top.slice(0, Math.min(10, having));
    expect(
      first.filter((u) => !co(u)?.specialties.includes(topic)),
      q,
    ).toEqual([]);
    if (having > 0) await expect(page.locator('[data-search-order]')).toBeVisible();
    const coordinators = top.filter((u) => u.startsWith('/coordinators/')).length;
    share += coordinators / top.length / SPECIALTY_QUERIES.length;
    console.log(`${q}: ${coordinators}/${top.length} coordinators among the first 10`);
  }
  console.log(`mean share of coordinators among the first 10: ${(share * 100).toFixed(0)}%`);

  // A specialty and a place: that prefecture's coordinators with the specialty first.
  const local = published.coordinators.filter((c) => c.specialties.includes('succession'));
  const pref = vocab.centres.find((x) => local.some((c) => c.pref_code === x.pref_code))!;
  const want = local.filter((c) => c.pref_code === pref.pref_code).map((c) => coUrl(c.co_id));
  await page.goto(`/search/?q=${encodeURIComponent(`事業承継 ${pref.prefecture}`)}`);
  await expect(resultLinks(page).first()).toBeVisible();
  const hrefs = await hrefsOf(page);
  expect(hrefs.slice(0, want.length).sort()).toEqual([...want].sort());
});

test('the kind of page is a filter: it narrows, counts, and lives in the URL', async ({ page }) => {
  const q = '事業承継';
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  await expect(resultLinks(page).first()).toBeVisible();
  const all = await page.locator('[data-search-status]').textContent();
  const coCount = page.locator('[data-type-count="coordinator"]');
  const expected = Number((await coCount.textContent())?.replace(/\D/g, ''));
  expect(expected).toBeGreaterThan(0);

  const types = page.getByRole('group', { name: /探す対象/ });
  await types.getByRole('checkbox', { name: /^コーディネーター/ }).check();
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(q)}&type=coordinator$`));
  await expect(page.locator('[data-search-status]')).not.toHaveText(all ?? '');
  await expect(page.locator('[data-search-status]')).toContainText(`${expected}件`);
  // The other kinds keep the query's counts, so a reader sees what widening would add.
  await expect(coCount).toHaveText(`${expected}件`);
  const hrefs = await hrefsOf(page);
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/coordinators\/CO-[\w-]+\/$/);

  // A centre is a kind of its own, found by its name.
  const centre = vocab.centres[0]!;
  await page.goto(`/search/?q=${encodeURIComponent(centre.center_name)}&type=centre`);
  await expect(page.getByRole('checkbox', { name: /^支援拠点/ })).toBeChecked();
  await expect(resultLinks(page).first()).toHaveAttribute('href', `/centers/${centre.pref_code}/`);
  await expect(page.locator('[data-search-list] .result-type').first()).toHaveText('支援拠点');
});

test('a coordinator result says centre, specialties, qualifications and online', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('中小企業診断士')}&type=coordinator`);
  await expect(resultLinks(page).first()).toBeVisible();
  const first = page.locator('[data-search-list] li').first();
  const c = co((await first.locator('> a').getAttribute('href')) ?? '')!;
  const centre = vocab.centres.find((x) => x.pref_code === c.pref_code)!;
  const facts = first.locator('.result-facts');
  await expect(facts).toContainText(centre.center_name);
  await expect(facts).toContainText('保有資格：');
  await expect(facts).toContainText('中小企業診断士');
  await expect(facts).toContainText('得意分野：');
  for (const code of c.specialties)
    await expect(facts).toContainText(vocab.topics.find((x) => x.code === code)!.name);
  await expect(facts).toContainText(
    c.online ? 'オンライン相談に対応' : 'オンライン相談には対応していません',
  );
});

test('excerpts come from what people wrote, not from field labels', async ({ page }) => {
  test.setTimeout(180_000);
  // The profile's field labels (dt), distinctive enough that a bio rarely says them.
  const LABELS = [
    '所属拠点',
    '役割',
    '保有資格',
    '得意分野',
    '詳しい業種',
    '対応言語',
    '着任',
    '検索用の語',
    '対象の相談内容',
    '連携した支援機関',
    '公表日',
  ];
  const written = (url: string): string => {
    const c = co(url);
    if (c) return c.bio;
    const m = published.menus.find((x) => menuUrl(x.menu_id) === url);
    if (m) return `${m.title} ${m.description}`;
    const k = published.cases.find((x) => caseUrl(x.id) === url);
    if (k) return `${k.title} ${k.outcome} ${k.body}`;
    const i = initiatives.find((x) => `/initiatives/${x.id}/` === url);
    return i ? `${i.title} ${i.body}` : '';
  };
  let checked = 0;
  for (const q of ['事業承継', '中小企業診断士', '北海道', '補助金', 'ネットショップ']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(resultLinks(page).first()).toBeVisible();
    const rows = await page
      .locator('[data-search-list] li')
      .evaluateAll((lis) =>
        lis.map((li) => [
          li.querySelector('a')?.getAttribute('href') ?? '',
          li.querySelector('.result-excerpt')?.textContent ?? '',
        ]),
      );
    for (const [url, excerpt] of rows) {
      const said = written(url!);
      const labels = LABELS.filter((l) => excerpt!.includes(l) && !said.includes(l));
      expect(labels, `${q}: ${url} «${excerpt}»`).toEqual([]);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(50);
});
