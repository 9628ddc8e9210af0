import { beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../../src/lib/indicators.ts';
import { centreIndicatorGroups } from '../../../../src/lib/pages/centre-dashboard.ts';
import { centreSummary } from '../../../../src/lib/pages/centre-summary.ts';
import {
  lastYearChange,
  targetView,
  yearChange,
} from '../../../../src/lib/pages/centre-targets.ts';
import { writePlanTables } from './plan-fixture.ts';
import { FY, FYS, PREF, usePublishedFixture } from './published-fixture.ts';

const indicator = (id: string) => INDICATORS.find((i) => i.id === id)!;

beforeAll(() => {
  writePlanTables(usePublishedFixture());
});

describe("a centre's figures against its own plan", () => {
  it('gives the target as filed and whether it was met, with the ratio for counts', () => {
    expect(targetView(indicator('r6_consultations'), FY, PREF)).toEqual({
      raw: '1100',
      text: '1,100件',
      met: 1,
      metText: '達成',
      ratioText: '達成率 101.3%',
      reason: undefined,
    });
    expect(targetView(indicator('r6_businesses'), FY, PREF)).toMatchObject({
      met: 0,
      metText: '未達',
    });
    expect(targetView(indicator('r6_sat_satisfied'), FY, PREF)).toMatchObject({
      raw: '0.5',
      text: '50.0%',
      met: 1,
      ratioText: undefined,
    });
    expect(targetView(indicator('r6_joint'), FY, PREF)).toBeUndefined();
  });

  it('never says met or not where the figure is suppressed, and says why', () => {
    const view = targetView(indicator('r8_resolved'), FY, PREF)!;
    expect(view.met).toBeNull();
    expect(view.metText).toBe('判定なし');
    expect(view.reason).toBe('実績が「秘匿」のため、達成は判定しません');
    expect(view.text).toBe('50件');
  });

  it("compares FY2024's ①–④ with the centre's own previous year, and nothing else", () => {
    expect(lastYearChange(indicator('r6_consultations'), FY, PREF)).toBe(
      '令和5年度 (2023)（1,014件）から +100件（+9.9%）',
    );
    expect(lastYearChange(indicator('r6_outcomes'), FY, PREF)).toBeUndefined();
    // The first published year has no previous year.
    expect(lastYearChange(indicator('r6_consultations'), 2023, PREF)).toBeUndefined();
    // Shares move by points; a hidden year is said to be incomparable, not guessed.
    expect(yearChange(indicator('r6_sat_satisfied'), FY, PREF)).toBe(
      '令和5年度 (2023)（50.0%）から +1.0ポイント',
    );
    expect(yearChange(indicator('r8_resolved'), FY, PREF)).toMatch(/とは比べられません/);
  });

  it('puts the target and the change on the dashboard rows', () => {
    const items = centreIndicatorGroups(PREF, FY, FYS).flatMap((g) =>
      g.roles.flatMap((r) => r.items),
    );
    const row = (id: string) => items.find((i) => i.indicator.id === id)!;
    expect(row('r6_consultations').target?.raw).toBe('1100');
    expect(row('r6_consultations').change).toMatch(/^令和5年度/);
    expect(row('r6_outcomes').change).toBeUndefined();
    expect(row('r6_joint').target).toBeUndefined();
  });
});

describe("the top of a centre's dashboard", () => {
  it("counts its targets, names those missed or not assessed, and gives the overview's headlines", () => {
    const summary = centreSummary(PREF, FY);
    expect(summary.counts).toEqual({ targets: 4, met: 2, unmet: 1, notAssessed: 1 });
    expect(summary.targetSentence).toBe(
      '実施計画の目標4件のうち、達成2件、未達1件、判定なし1件（実績が秘匿または算出不可）です。',
    );
    expect(summary.unmet.map((i) => i.id)).toEqual(['r6_businesses']);
    expect(summary.notAssessed.map((i) => i.id)).toEqual(['r8_resolved']);
    expect(summary.headlines.map((h) => [h.figure.indicator.id, h.target?.metText])).toEqual([
      ['r6_consultations', '達成'],
      ['r6_businesses', '未達'],
      ['r8_resolved', '判定なし'],
      ['r6_sat_satisfied', '達成'],
    ]);
    expect(summary.headlines[0]!.change).toMatch(/^令和5年度/);
  });

  it('shows its offices main first and its initiatives of that year only', () => {
    const summary = centreSummary(PREF, FY);
    expect(summary.offices.map((o) => o.office_id)).toEqual(['tokyo-main', 'tokyo-tama']);
    expect(summary.initiatives.map((i) => i.id)).toEqual(['ex-13-b', 'ex-13-c']);
    const other = centreSummary('01', FY);
    expect(other.offices).toEqual([]);
    expect(other.counts.targets).toBe(1);
  });

  it('says so when the plan has no published targets', () => {
    const summary = centreSummary('02', FY);
    expect(summary.targetSentence).toBe('この年度の実施計画の目標値は公表されていません。');
    expect(summary.headlines.every((h) => h.target === undefined)).toBe(true);
    expect(summary.initiatives).toEqual([]);
  });
});
