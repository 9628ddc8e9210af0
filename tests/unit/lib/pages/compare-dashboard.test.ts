import { beforeAll, describe, expect, it } from 'vitest';
import { withLang } from '../../../../src/i18n/server.ts';
import { INDICATOR_IDS } from '../../../../src/lib/indicators.ts';
import { compareIndicatorGroups } from '../../../../src/lib/pages/compare-dashboard.ts';
import { FY, FYS, PREF, usePublishedFixture } from './published-fixture.ts';

const items = (fy: number) => compareIndicatorGroups(PREF, fy, FYS).flatMap((group) => group.items);

beforeAll(() => {
  usePublishedFixture();
});

describe('a compare page', () => {
  it('draws each chart on the latest year, pointing at its shown summary', () => {
    const latest = items(FY);
    expect(latest.map((i) => i.indicator.id)).toEqual(INDICATOR_IDS);
    for (const item of latest) {
      expect(item.svg, item.indicator.id).toContain('<svg');
      expect(item.svg).toContain(`aria-describedby="${item.summaryId}"`);
    }
  });

  it('keeps a past year every figure, summary and table row, without the charts', () => {
    const past = items(FYS[0]!);
    const latest = items(FY);
    expect(past.map((i) => i.indicator.id)).toEqual(INDICATOR_IDS);
    expect(past.every((i) => i.svg === undefined)).toBe(true);
    expect(past.every((i) => i.own.fy === FYS[0])).toBe(true);
    expect(past.map((i) => i.summaryId)).toEqual(latest.map((i) => i.summaryId));
    const consultations = past.find((i) => i.indicator.id === 'r6_consultations')!;
    // The past year's own summary and reference cells, not the latest year's.
    expect(consultations.summary).toContain(consultations.own.text);
    expect(consultations.cells[3]).toBe('1,000件（900件〜1,100件）');
    expect(withLang('en', () => items(FYS[0]!)).every((i) => i.svg === undefined)).toBe(true);
  });
});
