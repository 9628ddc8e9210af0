import { describe, expect, it } from 'vitest';
import {
  breakdownSentence,
  fiscalYearTrend,
  monthlySentence,
  quarterSum,
  shownTable,
  trendsView,
} from '../../../../src/lib/pages/trends.ts';
import type { MonthRow } from '../../../../src/lib/trends/national.ts';
import type { TrendsData } from '../../../../src/lib/trends/page-data.ts';

const month = (m: string, value: number | null): MonthRow => ({
  month: m,
  value,
  yearBefore: null,
  change: null,
});
const quarter = { from: '2026-01', to: '2026-03', fiscalYear: 2025, q: 4 };
const before = { from: '2025-01', to: '2025-03', fiscalYear: 2024, q: 4 };
const data = (over: Partial<TrendsData> = {}): TrendsData => ({
  quarter,
  before,
  fy: 2025,
  months: [
    month('2025-01', 100),
    month('2025-02', 100),
    month('2025-03', 100),
    month('2026-01', 110),
    month('2026-02', 120),
    month('2026-03', 130),
  ],
  totals: [
    { fiscal_year: 2024, consultations: 1000 },
    { fiscal_year: 2025, consultations: 1200 },
  ],
  themeRows: [],
  themeWithheld: { withheld: 0, generalised: 0 },
  breakdowns: [
    {
      dim: 'channel',
      rows: [
        { code: 'visit', prev: 10, cur: 15, change: 0.5 },
        { code: 'phone', prev: 10, cur: 8, change: -0.2 },
      ],
    },
  ],
  tables: [{ id: 'monthly', caption: 'm', headers: [], csvHeaders: [], rows: [] }],
  ...over,
});

describe('/trends/ view', () => {
  it('sums a quarter only when all three of its months are published', () => {
    const months = data().months;
    expect(quarterSum(months, quarter)).toBe(360);
    expect(quarterSum(months.slice(0, 5), quarter)).toBeNull();
    expect(quarterSum([...months.slice(0, 5), month('2026-03', null)], quarter)).toBeNull();
  });

  it('says the latest quarter against a year earlier, or that it cannot', () => {
    expect(monthlySentence(data())).toContain('360件で');
    expect(monthlySentence(data())).toContain('300件に比べて+20%です');
    const hidden = data({ months: data().months.slice(1) });
    expect(monthlySentence(hidden)).toContain('前年同期と比べられません');
  });

  it('says the latest fiscal year against the one before, and nothing without it', () => {
    expect(fiscalYearTrend(data()).sentence).toBe(
      '令和7年度 (2025)の相談件数は1,200件で、前年度に比べて+20%です。',
    );
    expect(
      fiscalYearTrend(data({ totals: [{ fiscal_year: 2025, consultations: 1 }] })).sentence,
    ).toBeUndefined();
  });

  it('names the largest rise and fall of a breakdown', () => {
    const rows = data().breakdowns[0]!.rows;
    expect(breakdownSentence('channel', rows)).toMatch(
      /最も増えたのは.*（\+50%）.*最も減ったのは.*（−20%）/,
    );
    expect(breakdownSentence('channel', [rows[0]!])).toMatch(/^前年度より減った区分はありません/);
    expect(breakdownSentence('channel', [rows[1]!])).toMatch(/^前年度より増えた区分はありません/);
    expect(
      breakdownSentence('channel', [{ code: 'visit', prev: null, cur: 3, change: null }]),
    ).toBe('前年度と比べて増減を示せる区分はありません。');
  });

  it('gives each breakdown its section id, and fails on a table it does not have', () => {
    const view = trendsView(data());
    expect(view.breakdowns.map((b) => b.id)).toEqual(['by-channel']);
    expect(view.recent).toHaveLength(6);
    expect(view.filterFields.map((f) => f.name)).toEqual([
      'bureau',
      'centre',
      'industry',
      'band',
      'channel',
      'theme',
    ]);
    expect(shownTable(data(), 'monthly').caption).toBe('m');
    expect(() => shownTable(data(), 'by-topic')).toThrow('trends: no table by-topic');
  });
});
