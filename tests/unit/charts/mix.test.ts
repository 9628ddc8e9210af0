import { describe, expect, it } from 'vitest';
import { mixChart, mixSummary, type MixRow } from '../../../src/charts/mix.ts';
import { assertSnapshot, externalUrls, parseSvg, yTickLabels } from '../../helpers/svg-snapshot.ts';

// Code-list order, not value order.
const rows: MixRow[] = [
  { category: '創業', centre: 0.12, nation: 0.1 },
  { category: '売上拡大', centre: 0.41, nation: 0.35 },
  { category: '経営改善', centre: 0.18, nation: 0.22 },
  { category: '事業承継', centre: null, nation: 0.05 },
  { category: 'その他', centre: 0.29, nation: 0.28 },
];
const options = { label: '相談分野' };

describe('mixChart', () => {
  it('mixTopics', () => {
    assertSnapshot('mixTopics', mixChart(rows, options));
  });

  it('keeps the input order, not the value order', () => {
    expect(yTickLabels(mixChart(rows, options))).toEqual(rows.map((r) => r.category));
    const shuffled = [rows[3]!, rows[0]!, rows[4]!, rows[2]!, rows[1]!];
    expect(yTickLabels(mixChart(shuffled, options))).toEqual(shuffled.map((r) => r.category));
  });

  it('draws a bar per known centre share and a tick per national share', () => {
    const svg = parseSvg(mixChart(rows, options));
    expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
    expect(svg.querySelectorAll('g[aria-label="tick"][stroke="#000000"] line')).toHaveLength(5);
    expect(externalUrls(svg.outerHTML)).toEqual([]);
  });

  it('summarises each category against the nation', () => {
    expect(mixSummary(rows, options)).toBe(
      '相談分野の当拠点の構成比：創業 12.0%（全国 10.0%）、売上拡大 41.0%（全国 35.0%）、経営改善 18.0%（全国 22.0%）、事業承継 データなし（全国 5.0%）、その他 29.0%（全国 28.0%）。',
    );
  });
});
