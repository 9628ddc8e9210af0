import { describe, expect, it } from 'vitest';
import { dotBandChart, dotBandSummary, type DotBandRow } from '../../../src/charts/dot-band.ts';
import { withLang } from '../../../src/i18n/server.ts';
import { assertSnapshot, externalUrls, parseSvg, yTickLabels } from '../../helpers/svg-snapshot.ts';

// Deliberately not in value order: the chart must keep this order.
const rows: DotBandRow[] = [
  { group: '当拠点', value: 0.42, kind: 'centre' },
  { group: '同規模の拠点', value: 0.71, q1: 0.55, q3: 0.8, kind: 'peer' },
  { group: '同じ経済産業局', value: null, kind: 'peer' },
  { group: '全国', value: 0.6, q1: 0.48, q3: 0.74, kind: 'nation' },
];
const options = { label: 'アンケート（自走化）', unit: '割合' };

describe('dotBandChart', () => {
  it('dotBandShares', () => {
    assertSnapshot('dotBandShares', dotBandChart(rows, options));
  });

  it('keeps the input order, not the value order', () => {
    expect(yTickLabels(dotBandChart(rows, options))).toEqual(rows.map((r) => r.group));
    const reversed = [...rows].reverse();
    expect(yTickLabels(dotBandChart(reversed, options))).toEqual(reversed.map((r) => r.group));
  });

  it('marks kinds by shape too, and says when a value is missing', () => {
    const svg = parseSvg(dotBandChart(rows, options));
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelectorAll('g[fill="white"] circle')).toHaveLength(1); // peer: hollow
    expect(svg.querySelector('g[aria-label="text"] text')?.textContent).toBe('データなし');
    expect(externalUrls(svg.outerHTML)).toEqual([]);
  });

  it('summarises every group in order', () => {
    expect(dotBandSummary(rows, options)).toBe(
      'アンケート（自走化）：当拠点は42.0%、同規模の拠点は71.0%（四分位範囲 55.0%〜80.0%）、同じ経済産業局はデータなし、全国は60.0%（四分位範囲 48.0%〜74.0%）。',
    );
  });

  it('says why a value is missing when told (秘匿, 算出不可), in the chart and the summary', () => {
    const hidden: DotBandRow[] = [
      { group: 'この拠点', value: null, kind: 'centre', missing: '秘匿' },
      { group: '全国の拠点', value: 0.6, q1: 0.5, q3: 0.7, kind: 'nation' },
    ];
    const svg = parseSvg(dotBandChart(hidden, options));
    expect(svg.querySelector('g[aria-label="text"] text')?.textContent).toBe('秘匿');
    expect(dotBandSummary(hidden, options)).toBe(
      'アンケート（自走化）：この拠点は秘匿、全国の拠点は60.0%（四分位範囲 50.0%〜70.0%）。',
    );
  });

  it('shows a year-on-year change (比) as a signed percentage, as the pages do', () => {
    const growth: DotBandRow[] = [
      { group: 'この拠点', value: 0.176, kind: 'centre' },
      { group: '全国の拠点', value: -0.05, q1: -0.1, q3: 0, kind: 'nation' },
    ];
    expect(dotBandSummary(growth, { label: '付加価値額の経年比較', unit: '比' })).toBe(
      '付加価値額の経年比較：この拠点は+17.6%、全国の拠点は-5.0%（四分位範囲 -10.0%〜0.0%）。',
    );
  });

  it('points at the summary the page shows instead of repeating it, when told its id', () => {
    const svg = parseSvg(dotBandChart(rows, { ...options, describedBy: 'chart-x-summary' }));
    expect(svg.getAttribute('aria-describedby')).toBe('chart-x-summary');
    expect(svg.querySelector('desc')).toBeNull();
    expect(svg.querySelector('title')?.textContent).toBe('アンケート（自走化）の比較');
    expect(svg.getAttribute('aria-label')).toBe('アンケート（自走化）の比較');
    // Without an id the chart carries its own text alternative.
    expect(parseSvg(dotBandChart(rows, options)).querySelector('desc')?.textContent).toBe(
      dotBandSummary(rows, options),
    );
  });

  it('writes values with English units on the English edition', () => {
    const counts: DotBandRow[] = [
      { group: 'This centre', value: 1150, kind: 'centre' },
      { group: 'Japan', value: 320, q1: 300, q3: 400, kind: 'nation' },
    ];
    withLang('en', () => {
      expect(dotBandSummary(counts, { label: 'Consultations', unit: '件' })).toBe(
        'Consultations: This centre: 1,150, Japan: 320 (interquartile range 300–400).',
      );
      const svg = dotBandChart(counts, { label: 'Businesses', unit: '者' });
      expect(svg).toContain('Businesses (businesses)');
      expect(svg).toContain('1,150 businesses');
      expect(svg).not.toMatch(/[\u3000-\u30ff\u3400-\u9fff\uff01-\uff5e]/);
    });
  });
});
