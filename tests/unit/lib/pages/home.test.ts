import { beforeAll, describe, expect, it } from 'vitest';
import { withLang } from '../../../../src/i18n/server.ts';
import { INDICATORS } from '../../../../src/lib/indicators.ts';
import {
  centreRows,
  headlineCharts,
  nationIndicatorGroups,
  nationMixes,
  trendId,
} from '../../../../src/lib/pages/home.ts';
import { REPORT_ORDER } from '../../../../src/lib/pages/report-roles.ts';
import { FY, usePublishedFixture } from './published-fixture.ts';

beforeAll(() => {
  usePublishedFixture();
});

describe('the national overview', () => {
  it('lists every indicator of the nation once in the report order, grouped by role', () => {
    const groups = nationIndicatorGroups(FY);
    expect(groups.map((g) => g.framework)).toEqual(['r6', 'r8', 'funnel']);
    const items = groups.flatMap((g) => g.roles.flatMap((r) => r.items));
    expect(items.map((i) => i.indicator.id)).toEqual(REPORT_ORDER);
    expect([...REPORT_ORDER].sort()).toEqual(INDICATORS.map((i) => i.id).sort());
    const consultations = items.find((i) => i.indicator.id === 'r6_consultations')!;
    expect(consultations.current).toMatchObject({ pref: '00', fy: FY, status: 'ok' });
    expect(consultations.trend.map((f) => f.fy)).toEqual([2023, 2024]);
    expect(consultations.trendId).toBe('trend-r6_consultations');
    // The rate per coordinator is a note of the count it divides, and of no other row.
    expect(consultations.notes).toEqual(['コーディネーター1人あたり 12.5件']);
    expect(items.find((i) => i.indicator.id === 'r6_businesses')!.notes).toEqual([]);
  });

  it('draws the four headline trends, each linking to its row', () => {
    const charts = headlineCharts(FY);
    expect(charts.map((c) => c.indicator.id)).toEqual([
      'r6_consultations',
      'r6_businesses',
      'r8_resolved',
      'r6_sat_satisfied',
    ]);
    for (const chart of charts) {
      expect(chart.svg).toContain('<svg');
      expect(chart.summary).not.toBe('');
    }
    expect(trendId('r8_resolved')).toBe('trend-r8_resolved');
  });

  it('sums topics by group, and shows "not recorded" only when the nation has some', () => {
    const [topics, ...others] = nationMixes(FY);
    expect(topics!.dimension).toBe('topic');
    const sales = topics!.rows.find((r) => r.code === 'sales')!;
    expect(sales.detail).toContain('販路開拓・マーケティング、');
    withLang('en', () => {
      const [en] = nationMixes(FY);
      const detail = en!.rows.find((r) => r.code === 'sales')!.detail!;
      expect(detail).toContain(', ');
      expect(detail).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff]/);
    });
    expect(sales.cells.map((c) => [c.count, c.shareText])).toEqual([['80件', '40.0%']]);
    expect(topics!.rows.some((r) => r.code === '')).toBe(false);
    expect(topics!.total.map((c) => c.count)).toEqual(['200件']);
    expect(others.map((m) => m.dimension)).toEqual(['industry', 'employees_band', 'channel']);
  });

  it('lists the 47 centres in JIS order with their consultations and rate per coordinator', () => {
    const rows = centreRows(FY);
    expect(rows).toHaveLength(47);
    expect(rows.map((r) => r.centre.pref_code)).toEqual(
      [...rows.map((r) => r.centre.pref_code)].sort(),
    );
    const tokyo = rows.find((r) => r.centre.pref_code === '13')!;
    expect(tokyo.perCoText).toBe('3.25件');
    expect(tokyo.bureau).toBe('関東経済産業局');
    // Published as null (nobody in post) and not published at all read the same.
    expect(rows.find((r) => r.centre.pref_code === '01')!.perCoText).toBe('算出不可');
    expect(rows.find((r) => r.centre.pref_code === '02')!.perCo).toBeNull();
  });
});
