import { describe, expect, it } from 'vitest';
import { trendChart, trendSummary, type TrendRow } from '../../../src/charts/trend.ts';
import { withLang } from '../../../src/i18n/server.ts';
import { assertSnapshot, externalUrls, parseSvg } from '../../helpers/svg-snapshot.ts';

const rows: TrendRow[] = [
  { fiscal_year: 2020, value: 120, status: 'ok' },
  { fiscal_year: 2021, value: 150, status: 'ok' },
  { fiscal_year: 2022, value: null, status: 'suppressed' },
  { fiscal_year: 2023, value: 170, status: 'ok' },
  { fiscal_year: 2024, value: 190, status: 'ok' },
];
const reference = [2020, 2021, 2022, 2023, 2024].map((fiscal_year, i) => ({
  fiscal_year,
  median: 130 + i * 5,
  q1: 100 + i * 4,
  q3: 160 + i * 6,
}));
const options = { label: '相談実績件数', unit: '件', reference, highlightYear: 2024 };

const shareRows: TrendRow[] = [
  { fiscal_year: 2022, value: 0.62, status: 'ok' },
  { fiscal_year: 2023, value: null, status: 'na' },
  { fiscal_year: 2024, value: null, status: 'suppressed' },
];
const shareOptions = {
  label: '顧客満足度(5) 大変満足・満足',
  unit: '割合',
  reference: [
    { fiscal_year: 2022, median: 0.7, q1: 0.6, q3: 0.8 },
    { fiscal_year: 2023, median: 0.71, q1: null, q3: null },
    { fiscal_year: 2024, median: 0.72, q1: 0.62, q3: 0.81 },
  ],
};

describe('trendChart', () => {
  it('trendCounts', () => {
    assertSnapshot('trendCounts', trendChart(rows, options));
  });

  it('trendShareHidden', () => {
    assertSnapshot('trendShareHidden', trendChart(shareRows, shareOptions));
  });

  it('is deterministic and loads nothing', () => {
    const svg = trendChart(rows, options);
    expect(trendChart(rows, options)).toBe(svg);
    expect(externalUrls(svg)).toEqual([]);
    expect(svg).not.toMatch(/plot-[0-9a-f]{6}/);
  });

  it('has an accessible name and a text alternative', () => {
    const svg = parseSvg(trendChart(rows, options));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('相談実績件数の推移');
    expect(svg.querySelector('title')?.textContent).toBe('相談実績件数の推移');
    expect(svg.querySelector('desc')?.textContent).toBe(trendSummary(rows, options));
  });

  it('leaves a gap at a suppressed year, with a hollow marker', () => {
    const svg = parseSvg(trendChart(rows, options));
    const centreLine = [...svg.querySelectorAll('g[stroke="#1f5fa8"] path')];
    expect(centreLine).toHaveLength(1);
    // Two segments (2020–21, 2023–24): the path moves twice.
    expect(centreLine[0]!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    const hollow = svg.querySelectorAll('g[fill="white"] circle');
    expect([...hollow].map((c) => c.querySelector('title')?.textContent)).toEqual([
      '2022年度 秘匿',
    ]);
  });

  it('uses whole fiscal years on the x axis', () => {
    const svg = parseSvg(trendChart(rows, options));
    const ticks = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')];
    expect(ticks.map((t) => t.textContent)).toEqual(['2020', '2021', '2022', '2023', '2024']);
  });

  it('summarises the latest value and the reference', () => {
    expect(trendSummary(rows, options)).toBe(
      '相談実績件数：令和6年度 (2024)の当拠点は190件。全国中央値は150件（四分位範囲 116件〜184件）。令和4年度 (2022)は秘匿。',
    );
    expect(trendSummary(shareRows, shareOptions)).toBe(
      '顧客満足度(5) 大変満足・満足：令和6年度 (2024)の当拠点は秘匿。値のある直近の年度は令和4年度 (2022)で62.0%。全国中央値は72.0%（四分位範囲 62.0%〜81.0%）。令和5年度 (2023)は算出不可。',
    );
    expect(trendSummary([], options)).toBe('相談実績件数：データがありません。');
  });
});

describe('trendChart on the English edition', () => {
  it('says units, statuses and separators in English; the Japanese stays as it was', () => {
    const ja = trendSummary(rows, options);
    const en = withLang('en', () => ({
      svg: trendChart(rows, options),
      summary: trendSummary(rows, { ...options, label: 'Consultations' }),
    }));
    expect(ja).toContain('190件');
    expect(en.summary).toContain('190');
    expect(en.summary).toContain('Suppressed');
    expect(en.summary).not.toMatch(/[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]/);
    // The label passed in is the caller's; everything the chart adds is English.
    expect(en.svg.replaceAll(options.label, '')).not.toMatch(
      /[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]/,
    );
    expect(en.svg).toContain('(number)');
  });
});
