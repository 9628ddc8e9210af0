// Targets and initiatives on the centre dashboards and the home page (report §3(1)②ii,
// §6⑧; indicators.md, "Targets"): every target of targets.csv beside its figure as
// data-target, met shown only where the figure is published, the year at a glance at the
// top, counts on the home page that add up to targets.csv, and no order of centres.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { REPORT_ORDER } from '../../src/lib/pages/report-roles.ts';
import { vocab } from '../../src/lib/vocab.ts';
import { axeViolations, publishedIndicators } from './support.ts';

const { latest } = publishedIndicators();

interface Target {
  fy: string;
  pref: string;
  indicator: string;
  target: string;
  status: string;
  met: string;
}
function publishedTargets(): Target[] {
  const csv = readFileSync(new URL('.build/published/targets.csv', import.meta.url), 'utf8');
  const [header, ...lines] = csv.trimEnd().split('\n');
  expect(header).toBe('fiscal_year,pref_code,indicator,target,value,status,ratio,met');
  return lines.map((line) => {
    const [fy, pref, indicator, target, , status, , met] = line.split(',');
    return {
      fy: fy!,
      pref: pref!,
      indicator: indicator!,
      target: target!,
      status: status!,
      met: met!,
    };
  });
}
const targets = publishedTargets();
const prefCodes = vocab.centres.map((c) => c.pref_code).sort();

test('every target of the latest year is beside its figure, met only where it is published', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let hidden = 0;
  for (const pref of prefCodes) {
    await page.goto(`/centers/${pref}/`);
    const own = targets.filter((t) => t.pref === pref && t.fy === latest);
    const marked = await page.locator('[data-target]').evaluateAll((els) =>
      els.map((el) => ({
        indicator: el.getAttribute('data-indicator'),
        fy: el.getAttribute('data-fy'),
        target: el.getAttribute('data-target'),
      })),
    );
    expect(marked.map((m) => m.indicator).sort(), pref).toEqual(own.map((t) => t.indicator).sort());
    for (const m of marked) {
      const row = own.find((t) => t.indicator === m.indicator)!;
      expect(m.fy, pref).toBe(latest);
      expect(Number(m.target), `${pref} ${m.indicator}`).toBe(Number(row.target));
    }
    for (const row of own) {
      const tr = page.locator(`tr[data-row="${row.indicator}"]`);
      const met = tr.locator('[data-met]');
      if (row.status === 'ok') {
        await expect(met, `${pref} ${row.indicator}`).toHaveAttribute('data-met', row.met);
        await expect(met).toHaveText(row.met === '1' ? /^達成/ : /^未達/);
      } else {
        hidden += 1;
        await expect(met, `${pref} ${row.indicator}`).toHaveCount(0);
        await expect(tr.locator('[data-col="not-assessed"]')).toContainText('判定しません');
      }
    }
  }
  // The sample has hidden figures with targets, so the withheld case was seen.
  expect(hidden).toBeGreaterThan(0);
});

test('the year at a glance comes first: targets met, headlines, offices and initiatives', async ({
  page,
}) => {
  await page.goto('/centers/13/');
  const summary = page.locator('[data-summary]');
  await expect(summary).toBeVisible();
  // Above the indicator tables, and the first section after the year switcher.
  const order = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.id));
  expect(order.indexOf('summary')).toBeLessThan(order.indexOf('indicators'));
  expect(order[0]).toBe('summary');
  const own = targets.filter((t) => t.pref === '13' && t.fy === latest);
  const met = own.filter((t) => t.met === '1').length;
  await expect(summary.locator('[data-col="target-counts"]')).toContainText(
    `目標${own.length}件のうち、達成${met}件`,
  );
  await expect(summary.locator('tr[data-summary-row]')).toHaveCount(4);
  // The missed targets are named, each once, linking to its row.
  await expect(summary.locator('[data-col="unmet"] a')).toHaveCount(
    own.filter((t) => t.met === '0').length,
  );
  // Offices from the published table, the main office first.
  const offices = JSON.parse(
    readFileSync(new URL('.build/published/json/offices.json', import.meta.url), 'utf8'),
  ) as { pref_code: string; office_id: string; main: boolean }[];
  const ownOffices = offices.filter((o) => o.pref_code === '13');
  await expect(summary.locator('[data-office]')).toHaveCount(ownOffices.length);
  await expect(summary.locator('[data-office]').first()).toHaveAttribute(
    'data-office',
    ownOffices.find((o) => o.main)!.office_id,
  );
  // Initiatives of that year, each linking to its own page.
  const initiatives = JSON.parse(
    readFileSync(new URL('.build/published/json/initiatives.json', import.meta.url), 'utf8'),
  ) as { id: string; pref_code: string; fiscal_year: number }[];
  const ownInitiatives = initiatives.filter(
    (i) => i.pref_code === '13' && String(i.fiscal_year) === latest,
  );
  const links = summary.locator('[data-initiative] a');
  await expect(links).toHaveCount(ownInitiatives.length);
  for (const i of ownInitiatives)
    await expect(summary.locator(`[data-initiative="${i.id}"] a`)).toHaveAttribute(
      'href',
      `/initiatives/${i.id}/`,
    );
  expect(await axeViolations(page)).toEqual([]);
});

test('indicators are numbered and grouped by role as the report does, never ranked', async ({
  page,
}) => {
  await page.goto('/centers/13/');
  const rows = await page
    .locator('table.indicators tr[data-row]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
  expect(rows).toEqual(REPORT_ORDER);
  const roles = await page
    .locator('table.indicators tbody[data-role] th[scope="rowgroup"]')
    .allTextContents();
  expect(roles.slice(3, 8).map((r) => r.trim().slice(0, 6))).toEqual([
    'ワンストップ',
    'コーディネー',
    '高度な経営ア',
    '支援人材の支',
    '経済的なイン',
  ]);
  await expect(page.locator('tr[data-row="r8_employees"] > th')).toContainText('⑧');
  // FY2024's ①–④ carry the change against the centre's own previous year.
  for (const id of ['r6_businesses', 'r6_consultations', 'r6_referrals', 'r6_joint'])
    await expect(page.locator(`tr[data-row="${id}"] [data-col="change"]`)).toHaveCount(1);
  await expect(page.locator('tr[data-row="r6_outcomes"] [data-col="change"]')).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/順位[0-9０-９]|第[0-9０-９]+位|ランキング/);
});

test('the home page counts targets met per indicator and year, and initiatives by kind', async ({
  page,
}) => {
  await page.goto('/');
  const section = page.locator('section[aria-labelledby="plans"]');
  await expect(section.locator('figure[data-chart="achievement"] svg')).toHaveCount(1);
  await expect(section.locator('.chart-summary')).toContainText(`(${latest})：目標`);
  const table = section.locator(`table[data-achievement="${latest}"]`);
  const ofYear = targets.filter((t) => t.fy === latest);
  const shown = await table
    .locator('tr[data-indicator-row]')
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-indicator-row')));
  // Report order, not an order by achievement.
  expect(shown).toEqual(REPORT_ORDER.filter((id) => ofYear.some((t) => t.indicator === id)));
  for (const id of shown.slice(0, 5)) {
    const rows = ofYear.filter((t) => t.indicator === id);
    const cell = (col: string) =>
      table.locator(`tr[data-indicator-row="${id}"] [data-col="${col}"]`);
    await expect(cell('targets')).toHaveText(String(rows.length));
    await expect(cell('met')).toHaveText(String(rows.filter((t) => t.met === '1').length));
    await expect(cell('notAssessed')).toHaveText(String(rows.filter((t) => t.met === '').length));
  }
  // The latest FY open, the earlier ones folded.
  const fys = new Set(targets.map((t) => t.fy));
  await expect(section.locator('details.earlier table[data-achievement]')).toHaveCount(
    fys.size - 1,
  );
  await expect(table.locator('xpath=ancestor::details')).toHaveCount(0);
  await expect(section.locator('table[data-initiative-kinds] tbody tr')).not.toHaveCount(0);
  // The nation's trend tables say whose value they hold.
  await expect(page.locator('details.trend th').filter({ hasText: 'この拠点の値' })).toHaveCount(0);
  await expect(
    page.locator('details.trend th').filter({ hasText: '全国の値' }).first(),
  ).toBeAttached();
  expect(await axeViolations(page)).toEqual([]);
});
