// Reaching a coordinator (format README, "offices.csv"; report §3(3)②ii): the directory asks
// "this prefecture or online" in one step, so a partner agency's question takes three
// choices, and every centre page and profile says how to consult. Checked against the
// published data of the fixture build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { JsonRow } from '../../src/schemas/published/index.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { published } from './directory-data.ts';
import { axeViolations, expectNoExternalRequests, recordRequests } from './support.ts';

const requested = recordRequests();
const { coordinators } = published;
const offices: JsonRow<'offices'>[] = JSON.parse(
  readFileSync(
    join(new URL('.build/published/', import.meta.url).pathname, 'json', 'offices.json'),
    'utf8',
  ),
);
const code = (list: readonly { code: string; name: string }[], name: string) =>
  list.find((e) => e.name === name)!.code;
const SUCCESSION = code(vocab.topics, '事業承継');
const SME_CONSULTANT = code(vocab.qualifications, '中小企業診断士');
const HOKKAIDO = '01';
const visibleIds = (page: Page) =>
  page
    .locator('[data-facet-item]:visible')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-co-id')));

test('"北海道 or online, 事業承継, 中小企業診断士" takes three choices and finds exactly them', async ({
  page,
}) => {
  const expected = coordinators
    .filter(
      (c) =>
        (c.pref_code === HOKKAIDO || c.online) &&
        c.specialties.includes(SUCCESSION) &&
        c.qualifications.includes(SME_CONSULTANT),
    )
    .map((c) => c.co_id);
  // The fixture makes the question worth asking: "or online" finds people "in 北海道" alone does not.
  const inHokkaido = coordinators.filter(
    (c) =>
      c.pref_code === HOKKAIDO &&
      c.specialties.includes(SUCCESSION) &&
      c.qualifications.includes(SME_CONSULTANT),
  );
  expect(expected.length).toBeGreaterThan(inHokkaido.length);

  await page.goto('/coordinators/');
  let actions = 0;
  const choose = async (label: string, option: string) => {
    await page.getByLabel(label, { exact: true }).selectOption({ label: option });
    actions++;
  };
  await choose('場所', '北海道またはオンライン相談可');
  await choose('得意分野', '事業承継');
  await choose('保有資格', '中小企業診断士');
  expect(actions).toBeLessThanOrEqual(3);

  await expect(page).toHaveURL(
    new RegExp(
      `/coordinators/\\?topic=${SUCCESSION}&qualification=${SME_CONSULTANT}&pref=online&pref=${HOKKAIDO}$`,
    ),
  );
  await expect.poll(() => visibleIds(page)).toEqual(expected);
  await expect(page.locator('[data-facet-status]')).toHaveText(
    `${coordinators.length}件中${expected.length}件を表示しています。`,
  );
  // Counts stay honest: each is what adding that value would show.
  const others = coordinators.filter(
    (c) => c.specialties.includes(SUCCESSION) && c.qualifications.includes(SME_CONSULTANT),
  );
  await expect(page.locator('[data-count-key="pref"][data-count-value="online"]')).toHaveText(
    `${others.filter((c) => c.online).length}件`,
  );
  await expect(page.locator(`[data-count-key="pref"][data-count-value="${HOKKAIDO}"]`)).toHaveText(
    `${inHokkaido.length}件`,
  );

  // The same state comes back from the URL, the selects showing it.
  await page.reload();
  await expect.poll(() => visibleIds(page)).toEqual(expected);
  await expect(page.getByLabel('場所', { exact: true })).toHaveValue(`${HOKKAIDO} online`);
  await expect(page.getByRole('checkbox', { name: /^北海道/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^オンライン相談可の人/ })).toBeChecked();
  expectNoExternalRequests(requested);
});

test('a choice no quick option makes shows as "several chosen"; clearing resets the selects', async ({
  page,
}) => {
  const prefs = [...new Set(coordinators.map((c) => c.pref_code))].slice(0, 2);
  await page.goto(`/coordinators/?pref=${prefs[0]}&pref=${prefs[1]}`);
  const place = page.getByLabel('場所', { exact: true });
  await expect(place).toHaveValue('custom');
  await expect
    .poll(async () => (await visibleIds(page)).length)
    .toBe(coordinators.filter((c) => prefs.includes(c.pref_code)).length);
  await page.getByRole('button', { name: '条件をすべて外す' }).click();
  await expect(place).toHaveValue('');
  await expect.poll(async () => (await visibleIds(page)).length).toBe(coordinators.length);
});

test('no accessibility violations on the directory with the place choice made (axe)', async ({
  page,
}) => {
  await page.goto(`/coordinators/?pref=${HOKKAIDO}&pref=online&topic=${SUCCESSION}`);
  await page.waitForLoadState('networkidle');
  expect(await axeViolations(page)).toEqual([]);
});

const officesOf = (pref: string) =>
  offices
    .filter((o) => o.pref_code === pref)
    .sort((a, b) => Number(b.main) - Number(a.main))
    .map((o) => o.office_id);

test('every centre page says how to consult: its offices, main first, with tel: and https links', async ({
  page,
}) => {
  const withOffices = [...new Set(offices.map((o) => o.pref_code))];
  expect(withOffices.length).toBeGreaterThan(0);
  for (const pref of withOffices.slice(0, 3)) {
    await page.goto(`/centers/${pref}/`);
    const section = page.locator('section#consult');
    await expect(section.getByRole('heading', { level: 2, name: '相談のしかた' })).toBeVisible();
    const ids = await section
      .locator('[data-office]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-office')));
    expect(ids).toEqual(officesOf(pref));
    for (const o of offices.filter((x) => x.pref_code === pref)) {
      const item = section.locator(`[data-office="${o.office_id}"]`);
      await expect(item.locator('address [data-field="address"]')).toHaveText(o.address);
      if (o.phone) {
        await expect(item.locator('a[data-field="phone"]')).toHaveAttribute(
          'href',
          `tel:${o.phone.replace(/[()\s]+/g, '-')}`,
        );
      }
      if (o.booking_url) {
        await expect(item.locator('a[data-field="booking"]')).toHaveAttribute(
          'href',
          o.booking_url,
        );
      }
      if (o.hours) await expect(item.locator('[data-field="hours"]')).toHaveText(o.hours);
    }
    const hrefs = await section
      .locator('a[href^="http"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => h.startsWith('https://'))).toBe(true);
    // The year at a glance points to it.
    await expect(page.locator('[data-summary] a[href="#consult"]')).toHaveCount(1);
  }
});

test('a coordinator who takes online consultations: other prefectures may book, and where', async ({
  page,
}) => {
  const remote = coordinators.find(
    (c) => c.online && offices.some((o) => o.pref_code === c.pref_code),
  )!;
  await page.goto(`/coordinators/${remote.co_id}/`);
  const section = page.locator('section#consult');
  await expect(section.locator('[data-remote]')).toContainText(
    '以外の都道府県の事業者も予約できます',
  );
  const own = offices.filter((o) => o.pref_code === remote.pref_code);
  const booking = own.find((o) => o.online && o.booking_url) ?? own.find((o) => o.booking_url);
  if (booking) {
    await expect(section.locator('[data-route="booking"] a')).toHaveAttribute(
      'href',
      booking.booking_url,
    );
  }
  await expect(section.locator('[data-office]').first()).toHaveAttribute(
    'data-office',
    officesOf(remote.pref_code)[0]!,
  );
  await expect(section.locator('a[data-link="centre-consult"]')).toHaveAttribute(
    'href',
    `/centers/${remote.pref_code}/#consult`,
  );
  expect(await axeViolations(page)).toEqual([]);

  const local = coordinators.find((c) => !c.online)!;
  await page.goto(`/coordinators/${local.co_id}/`);
  await expect(page.locator('section#consult [data-local]')).toBeVisible();
  await expect(page.locator('section#consult [data-remote]')).toHaveCount(0);
});
