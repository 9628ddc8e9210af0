import { beforeAll, describe, expect, it } from 'vitest';
import { withLang } from '../../../../src/i18n/server.ts';
import { INDICATORS } from '../../../../src/lib/indicators.ts';
import {
  centreIndicatorGroups,
  centreMixes,
  intervalNotes,
  referenceCells,
} from '../../../../src/lib/pages/centre-dashboard.ts';
import { REPORT_ORDER } from '../../../../src/lib/pages/report-roles.ts';
import { FY, FYS, PREF, usePublishedFixture } from './published-fixture.ts';

const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
const indicator = (id: string) => INDICATORS.find((i) => i.id === id)!;

beforeAll(() => {
  usePublishedFixture();
});

describe('a centre dashboard', () => {
  it('notes a survey share with its 95% interval, and a count with its rate per coordinator', () => {
    expect(intervalNotes(indicator('r6_sat_insight'), FY, PREF)).toEqual([
      '95%信頼区間 35.0%〜65.0%（回答40件）',
    ]);
    expect(intervalNotes(indicator('r6_sat_knowhow'), FY, PREF)).toEqual([]);
    expect(intervalNotes(indicator('r6_consultations'), FY, PREF)).toEqual([]);
    const items = centreIndicatorGroups(PREF, FY, FYS).flatMap((g) =>
      g.roles.flatMap((r) => r.items),
    );
    expect(items.map((i) => i.indicator.id)).toEqual(REPORT_ORDER);
    expect(items.find((i) => i.indicator.id === 'r6_consultations')!.notes).toEqual([
      'コーディネーター1人あたり 3.25件',
    ]);
  });

  it('gives the national median with its IQR, the peer medians alone, and 該当なし where none', () => {
    expect(referenceCells(indicator('r6_consultations'), FY, PREF).map((r) => r.text)).toEqual([
      '1,100件（1,000件〜1,200件）',
      '1,200件',
      '該当なし',
      '該当なし',
    ]);
  });

  it('shows a suppressed figure with its reason, and a trend chart against the nation', () => {
    const items = centreIndicatorGroups(PREF, FY, FYS).flatMap((g) =>
      g.roles.flatMap((r) => r.items),
    );
    const resolved = items.find((i) => i.indicator.id === 'r8_resolved')!;
    expect(resolved.current).toMatchObject({ status: 'suppressed', text: '秘匿', raw: '' });
    expect(resolved.current.reason).toBeTruthy();
    expect(resolved.trend.map((f) => f.status)).toEqual(['ok', 'suppressed']);
    expect(resolved.chart!.svg).toContain('<svg');
    expect(resolved.trendCaption).toContain('課題解決件数');
  });

  it('sets the centre mix beside the nation, with "not recorded" when either has some', () => {
    const [topics, industries] = centreMixes(PREF, FY);
    const row = (code: string) => topics!.rows.find((r) => r.code === code)!;
    expect(row('sales_channel').cells.map((c) => c.count)).toEqual(['10件', '50件']);
    // A suppressed category is never added or shown as a number.
    expect(row('product_dev').cells.map((c) => c.status)).toEqual(['suppressed', 'ok']);
    expect(topics!.total.map((c) => c.count)).toEqual(['40件', '200件']);
    expect(topics!.rows.some((r) => r.code === '')).toBe(false);
    // The centre has consultations without an industry, the nation none: both show the row.
    const unrecorded = industries!.rows.at(-1)!;
    expect(unrecorded.code).toBe('');
    expect(unrecorded.name).toBe('記録なし');
    expect(unrecorded.cells.map((c) => c.count)).toEqual(['4件', '0件']);
  });

  it('puts the trends (chart and series) on the latest year only; a past year links there', () => {
    const items = (fy: number) =>
      centreIndicatorGroups(PREF, fy, FYS).flatMap((g) => g.roles.flatMap((r) => r.items));
    const latest = items(FY);
    expect(latest.every((i) => i.chart !== undefined && i.trendLink === undefined)).toBe(true);
    expect(latest.map((i) => i.trendId)).toEqual(REPORT_ORDER.map((id) => `trend-${id}`));
    const past = items(FYS[0]!);
    expect(past.every((i) => i.chart === undefined && i.trendId === undefined)).toBe(true);
    expect(past.map((i) => i.trendLink)).toEqual(
      REPORT_ORDER.map((id) => `/centers/${PREF}/#trend-${id}`),
    );
    // The past year's own figure is still there, marked up in the value column.
    expect(past.every((i) => i.current.fy === FYS[0])).toBe(true);
    // On the English edition the link stays in the English edition.
    const english = withLang('en', () => items(FYS[0]!));
    expect(english[0]!.trendLink).toBe(`/en/centers/${PREF}/#trend-${REPORT_ORDER[0]}`);
  });

  it('says units and statuses in the language of the page, the Japanese unchanged', () => {
    const resolved = (fy: number) =>
      centreIndicatorGroups(PREF, fy, FYS)
        .flatMap((g) => g.roles.flatMap((r) => r.items))
        .find((i) => i.indicator.id === 'r8_resolved')!;
    expect(resolved(FY).chart!.summary).toContain('秘匿');
    const english = withLang('en', () => resolved(FY));
    expect(english.current.text).toBe('Suppressed');
    expect(english.chart!.summary).toContain('Suppressed');
    expect(english.chart!.summary + english.chart!.svg).not.toMatch(JAPANESE);
    expect(
      withLang('en', () => referenceCells(indicator('r6_consultations'), FY, PREF))[0]!.text,
    ).toBe('1,100 (1,000–1,200)');
  });
});
