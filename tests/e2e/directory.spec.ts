// /coordinators/, profiles, /menus/, /cases/, the centre page's menus and the Atom feed
// (format README: coordinators, support_menus, cases), checked against the published data of the fixture build.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { vocab } from '../../src/lib/vocab.ts';
import { exportedCoordinators, menuUrl, published } from './directory-data.ts';
import {
  axeViolations,
  expectNoExternalRequests,
  openWithoutScript,
  recordRequests,
} from './support.ts';

const requested = recordRequests();
const dist = new URL('../../dist/', import.meta.url).pathname;
const { coordinators, menus, cases, figures } = published;
const topicName = new Map(vocab.topics.map((t) => [t.code, t.name]));
const qualificationName = new Map(vocab.qualifications.map((q) => [q.code, q.name]));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
/** A built file as text; Pagefind's own files are gzip inside. */
function text(file: string): string {
  const raw = readFileSync(file);
  return /\.pf_(fragment|index|filter|meta)$/.test(file)
    ? gunzipSync(raw).toString('utf8')
    : raw.toString('utf8');
}
const visibleItems = (page: Page) => page.locator('[data-facet-item]:visible');

test('exactly one profile per consenting coordinator; the others appear nowhere', () => {
  const exported = exportedCoordinators();
  const consenting = new Set(
    exported.filter((c) => c['publish_consent'] === '1').map((c) => c['co_id']!),
  );
  const others = exported.filter((c) => c['publish_consent'] !== '1');
  expect(others.length).toBeGreaterThan(0);
  expect(new Set(coordinators.map((c) => c.co_id))).toEqual(consenting);
  const profiles = readdirSync(join(dist, 'coordinators')).filter((n) =>
    statSync(join(dist, 'coordinators', n)).isDirectory(),
  );
  expect(profiles.sort()).toEqual([...consenting].sort());
  // Their ids, and their names where no consenting coordinator shares the name.
  const consentingNames = new Set(coordinators.map((c) => c.display_name));
  const secrets = others.flatMap((c) => [
    c['co_id']!,
    ...(c['display_name'] && !consentingNames.has(c['display_name']) ? [c['display_name']] : []),
  ]);
  const built = files(dist);
  expect(built.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
  for (const file of built) {
    const body = text(file);
    expect(
      secrets.filter((s) => body.includes(s)),
      file,
    ).toEqual([]);
  }
});

test('without JavaScript /coordinators/ is the full list, in JIS order', async ({ browser }) => {
  const page = await openWithoutScript(browser, '/coordinators/');
  await expect(page.locator('[data-facet-panel]')).toBeHidden();
  const ids = await visibleItems(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-co-id')),
  );
  expect(ids).toEqual(coordinators.map((c) => c.co_id));
  const prefs = coordinators.map((c) => c.pref_code);
  expect(prefs).toEqual([...prefs].sort());
  await page.context().close();
});

test('facets filter the list, count, live in the URL and come back from it', async ({ page }) => {
  await page.goto('/coordinators/');
  const status = page.locator('[data-facet-status]');
  await expect(status).toContainText(`${coordinators.length}件中${coordinators.length}件`);
  // "Online, from any prefecture" first, then prefecture options in JIS code order.
  const prefValues = await page
    .locator('details[data-facet="pref"] input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(prefValues).toEqual([
    'online',
    ...[...new Set(coordinators.map((c) => c.pref_code))].sort(),
  ]);

  const topic = 'sales_channel';
  const withTopic = coordinators.filter((c) => c.specialties.includes(topic));
  await page.locator('details[data-facet="topic"] summary').click();
  await page.getByRole('checkbox', { name: new RegExp(`^${topicName.get(topic)}`) }).check();
  await expect(page).toHaveURL(/\?topic=sales_channel$/);
  await expect(visibleItems(page)).toHaveCount(withTopic.length);
  // Each online count is what adding it would show.
  const online = withTopic.filter((c) => c.online).length;
  await expect(page.locator('[data-count-key="online"][data-count-value="yes"]')).toHaveText(
    `${online}件`,
  );
  await page.locator('details[data-facet="online"] summary').click();
  await page.getByRole('checkbox', { name: /他の都道府県からのオンライン相談に対応/ }).check();
  await expect(page).toHaveURL(/\?topic=sales_channel&online=yes$/);
  await expect(visibleItems(page)).toHaveCount(online);
  await expect(status).toContainText(`${coordinators.length}件中${online}件`);

  await page.reload();
  await expect(visibleItems(page)).toHaveCount(online);
  await expect(
    page.getByRole('checkbox', { name: /他の都道府県からのオンライン相談に対応/ }),
  ).toBeChecked();

  await page.getByRole('button', { name: '条件をすべて外す' }).click();
  await expect(visibleItems(page)).toHaveCount(coordinators.length);
  // Facets alone never load the search index.
  expect(requested.filter((u) => new URL(u).pathname.startsWith('/pagefind/'))).toEqual([]);
  expectNoExternalRequests(requested);
});

test('prefecture, bureau, qualification, language from the URL', async ({ page }) => {
  const c0 = coordinators.find((c) => c.languages.some((l) => l !== 'ja')) ?? coordinators[0]!;
  const lang = c0.languages.find((l) => l !== 'ja') ?? 'ja';
  const bureau = vocab.centres.find((c) => c.pref_code === c0.pref_code)!.bureau;
  const inBureau = new Set(
    vocab.centres.filter((c) => c.bureau === bureau).map((c) => c.pref_code),
  );
  const expected = coordinators.filter(
    (c) => inBureau.has(c.pref_code) && c.languages.includes(lang),
  );
  await page.goto(`/coordinators/?bureau=${bureau}&language=${lang}`);
  const ids = await visibleItems(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-co-id')),
  );
  expect(ids).toEqual(expected.map((c) => c.co_id));

  const q = c0.qualifications[0];
  if (q) {
    const expectedQ = coordinators.filter(
      (c) => c.pref_code === c0.pref_code && c.qualifications.includes(q),
    );
    await page.goto(`/coordinators/?qualification=${q}&pref=${c0.pref_code}`);
    await expect(visibleItems(page)).toHaveCount(expectedQ.length);
  }
});

test('a facet works from the keyboard', async ({ page }) => {
  await page.goto('/coordinators/');
  const summary = page.locator('details[data-facet="pref"] summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  // The first box is "online, from any prefecture", then the prefectures.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const first = coordinators[0]!.pref_code;
  await expect(page).toHaveURL(new RegExp(`\\?pref=${first}$`));
  await expect(visibleItems(page)).toHaveCount(
    coordinators.filter((c) => c.pref_code === first).length,
  );
});

test('a text query searches coordinators only, with the facets', async ({ page }) => {
  await page.goto('/coordinators/?q=' + encodeURIComponent('診断士'));
  const links = page.locator('[data-search-list] li a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const h of hrefs) expect(h).toMatch(/^\/coordinators\/CO-[\w-]+\/$/);
  await expect(page.locator('[data-facet-list]')).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'キーワードで探す' })).toHaveValue('診断士');
});

test('a text query and a facet together: only that prefecture, all it must find', async ({
  page,
}) => {
  const qual = 'sme_consultant';
  const pref = coordinators.find((c) => c.qualifications.includes(qual))!.pref_code;
  const must = coordinators
    .filter((c) => c.pref_code === pref && c.qualifications.includes(qual))
    .map((c) => `/coordinators/${c.co_id}/`);
  await page.goto(`/coordinators/?q=${encodeURIComponent('中小企業診断士')}&pref=${pref}`);
  const links = page.locator('[data-search-list] li a');
  await expect(links.first()).toBeVisible();
  await expect(page.locator('[data-search-more]')).toBeHidden();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const inPref = new Set(
    coordinators.filter((c) => c.pref_code === pref).map((c) => `/coordinators/${c.co_id}/`),
  );
  expect(hrefs.filter((h) => !inPref.has(h ?? ''))).toEqual([]);
  expect(must.filter((u) => !hrefs.includes(u))).toEqual([]);
  await expect(page.locator('[data-search-list] .result-type').first()).toHaveText(
    'コーディネーター',
  );
  await expect(
    page.getByRole('checkbox', {
      name: new RegExp(`^${vocab.centres.find((c) => c.pref_code === pref)!.prefecture}`),
    }),
  ).toBeChecked();
});

test('a profile shows what the published row says, and figures only where allowed', async ({
  page,
}) => {
  const withFigures = new Set(figures.map((f) => f.co_id));
  const sample = [
    ...coordinators.slice(0, 3),
    ...coordinators.filter((c) => withFigures.has(c.co_id)).slice(0, 3),
  ];
  for (const c of sample) {
    await page.goto(`/coordinators/${c.co_id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(c.display_name);
    await expect(page.locator('[data-field="bio"]')).toHaveText(c.bio);
    await expect(page.locator('[data-field="specialties"]')).toHaveText(
      c.specialties.map((s) => topicName.get(s)).join('、'),
    );
    if (c.qualifications.length > 0) {
      await expect(page.locator('[data-field="qualifications"]')).toHaveText(
        c.qualifications.map((q) => qualificationName.get(q)).join('、'),
      );
    }
    const runs = menus.filter((m) => m.co_ids.includes(c.co_id));
    await expect(page.locator('section:has(#menus) li')).toHaveCount(runs.length);
    const worked = cases.filter((k) => k.co_ids.includes(c.co_id));
    await expect(page.locator('section:has(#cases) li')).toHaveCount(worked.length);
    for (const f of figures.filter((r) => r.co_id === c.co_id)) {
      const row = page.locator(`tr[data-fy="${f.fiscal_year}"]`);
      if (f.consultations_status === 'na' && f.survey_status === 'na') continue;
      const cell = row.locator('td').first();
      if (f.consultations_status === 'ok') {
        await expect(cell).toHaveText(f.consultations!.toLocaleString('ja-JP'));
      } else {
        // No number, only the reason.
        await expect(cell).toHaveAttribute('data-status', f.consultations_status);
        await expect(cell).toHaveText(
          f.consultations_status === 'suppressed' ? '非公表（10件未満または逆算防止）' : '該当なし',
        );
      }
    }
  }
});

test('/menus/ filters by format and centre; a menu page lists its coordinators', async ({
  page,
}) => {
  const m0 = menus.find((m) => m.co_ids.length > 0) ?? menus[0]!;
  await page.goto(`/menus/?format=${m0.format}&pref=${m0.pref_code}`);
  const expected = menus.filter((m) => m.format === m0.format && m.pref_code === m0.pref_code);
  const ids = await visibleItems(page).evaluateAll((els) =>
    els.map((e) => e.getAttribute('data-menu-id')),
  );
  expect(ids).toEqual(expected.map((m) => m.menu_id));
  await page.goto(menuUrl(m0.menu_id));
  await expect(page.locator('[data-field="description"]')).toHaveText(m0.description);
  const hrefs = await page
    .locator('section:has(#cos) li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(m0.co_ids.map((id) => `/coordinators/${id}/`));
});

test('/cases/ filters by topic, industry and band; a case links its coordinators', async ({
  page,
}) => {
  const k0 = cases.find((k) => k.industry && k.employees_band && k.co_ids.length > 0) ?? cases[0]!;
  await page.goto(
    `/cases/?industry=${k0.industry}&band=${k0.employees_band}&topic=${k0.topics[0]}`,
  );
  const expected = cases.filter(
    (k) =>
      k.industry === k0.industry &&
      k.employees_band === k0.employees_band &&
      k.topics.includes(k0.topics[0]!),
  );
  await expect(visibleItems(page)).toHaveCount(expected.length);
  await page.goto(`/cases/${k0.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(k0.title);
  const hrefs = await page
    .locator('section:has(#cos) li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(k0.co_ids.map((id) => `/coordinators/${id}/`));
  // The Markdown headings became HTML headings.
  await expect(page.locator('[data-field="body"] h3').first()).toBeVisible();
});

test('the Atom feed has one entry per case, newest first', async ({ page, request }) => {
  const response = await request.get('/cases/feed.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  await page.goto('/cases/');
  const parsed = await page.evaluate((x) => {
    const doc = new DOMParser().parseFromString(x, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      ids: [...doc.querySelectorAll('entry > id')].map((e) => e.textContent ?? ''),
      published: [...doc.querySelectorAll('entry > published')].map((e) => e.textContent ?? ''),
    };
  }, xml);
  expect(parsed.error).toBeNull();
  expect(parsed.ids.length).toBe(cases.length);
  expect(parsed.published).toEqual([...parsed.published].sort().reverse());
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
});

test('the centre page lists its menus and links its coordinators and cases', async ({ page }) => {
  const pref = menus[0]!.pref_code;
  await page.goto(`/centers/${pref}/`);
  const ids = await page
    .locator('[data-centre-menus] [data-menu-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-menu-id')));
  expect(ids).toEqual(menus.filter((m) => m.pref_code === pref).map((m) => m.menu_id));
  await page.locator('a[data-link="coordinators"]').click();
  await expect(page).toHaveURL(new RegExp(`/coordinators/\\?pref=${pref}$`));
  await expect(visibleItems(page)).toHaveCount(
    coordinators.filter((c) => c.pref_code === pref).length,
  );
});

const axePages = () => [
  '/coordinators/',
  '/coordinators/?topic=succession&online=yes',
  `/coordinators/${coordinators[0]!.co_id}/`,
  '/menus/',
  menuUrl(menus[0]!.menu_id),
  '/cases/',
  `/cases/${cases[0]!.id}/`,
  '/search/?q=' + encodeURIComponent('事業承継'),
];
for (const path of axePages()) {
  test(`no accessibility violations on ${path} (axe, WCAG 2.2 AA)`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
  });
}
