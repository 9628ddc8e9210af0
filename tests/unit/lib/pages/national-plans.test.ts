import { beforeAll, describe, expect, it } from 'vitest';
import { withLang } from '../../../../src/i18n/server.ts';
import {
  achievementFigure,
  initiativeKindCounts,
  nationalAchievement,
} from '../../../../src/lib/pages/national-plans.ts';
import { writePlanTables } from './plan-fixture.ts';
import { usePublishedFixture } from './published-fixture.ts';

beforeAll(() => {
  writePlanTables(usePublishedFixture());
});

describe('the national view of the plans', () => {
  it('counts targets met, not met and not assessed per FY and indicator, in report order', () => {
    const years = nationalAchievement();
    expect(years.map((y) => y.fy)).toEqual([2023, 2024]);
    const fy2024 = years[1]!;
    expect(fy2024.total).toEqual({ targets: 5, met: 2, unmet: 2, notAssessed: 1 });
    expect(fy2024.indicators.map((i) => [i.indicator.id, i.counts])).toEqual([
      ['r6_businesses', { targets: 1, met: 0, unmet: 1, notAssessed: 0 }],
      ['r6_consultations', { targets: 2, met: 1, unmet: 1, notAssessed: 0 }],
      ['r6_sat_satisfied', { targets: 1, met: 1, unmet: 0, notAssessed: 0 }],
      ['r8_resolved', { targets: 1, met: 0, unmet: 0, notAssessed: 1 }],
    ]);
    expect(fy2024.summary).toBe('令和6年度 (2024)：目標5件のうち達成2件、未達2件、判定なし1件');
  });

  it('draws the totals with a text summary of every year', () => {
    const figure = achievementFigure(nationalAchievement());
    expect(figure.svg).toContain('<svg');
    expect(figure.summary).toContain('令和5年度 (2023)：目標1件のうち達成1件');
    expect(figure.summary).toContain('令和6年度 (2024)：目標5件');
  });

  it('counts the initiatives by kind in the code list order and by FY', () => {
    const counts = initiativeKindCounts();
    expect(counts.years).toEqual([2023, 2024]);
    expect(counts.rows[0]).toMatchObject({ code: 'business_meeting', counts: [0, 1] });
    expect(counts.rows[1]).toMatchObject({ code: 'seminar', counts: [1, 2] });
    expect(counts.totals).toEqual([1, 3]);
  });

  it('names the kinds in the language of the page', () => {
    expect(initiativeKindCounts().rows[0]!.name).toBe('商談会・展示会');
    expect(withLang('en', () => initiativeKindCounts().rows[0]!.name)).toBe(
      'Business meetings and trade fairs',
    );
  });
});
