import { describe, expect, it } from 'vitest';
import { changeChart, monthlyChart } from '../../../src/charts/change.ts';
import { drilldownSpec } from '../../../src/charts/drilldown.ts';
import { renderPlot } from '../../../src/charts/render.ts';
import { assertSnapshot } from '../../helpers/svg-snapshot.ts';

describe('change charts (/trends/)', () => {
  it('draws bars of change in the given order, leaving hidden rows out', () => {
    const svg = changeChart(
      [
        { label: '価格転嫁・原価管理', change: 0.38 },
        { label: '事業承継', change: null },
        { label: '創業', change: -0.12 },
      ],
      'テーマ別の前年同期比',
      '前年同期比',
    );
    expect(svg).toContain('+38%');
    expect(svg).toContain('−12%');
    expect(svg).toContain('事業承継'); // its row stays on the axis, without a bar
    expect(svg.match(/<rect/g)?.length).toBe(2);
    assertSnapshot('change-themes', svg);
  });

  it('draws a month line with the year before dashed', () => {
    const svg = monthlyChart(
      [
        { month: '2025-01', value: 100, yearBefore: 80 },
        { month: '2025-02', value: 120, yearBefore: null },
        { month: '2025-03', value: 90, yearBefore: 95 },
      ],
      '月別',
      ['各月', '前年の同じ月'],
    );
    expect(svg).toContain('stroke-dasharray="4 3"');
    assertSnapshot('change-monthly', svg);
  });
});

describe('drilldown chart (/explore/)', () => {
  it('draws a grid for two dimensions with the values written in', () => {
    const spec = drilldownSpec(
      [
        { row: '東京都', col: '対面', value: 1200 },
        { row: '東京都', col: 'オンライン', value: 300 },
        { row: '沖縄県', col: '対面', value: 45 },
      ],
      {
        rowLabel: '拠点',
        colLabel: '相談の方法',
        valueLabel: '相談件数',
        rows: ['東京都', '沖縄県'],
        cols: ['対面', 'オンライン'],
      },
    );
    const svg = renderPlot(spec, { label: '拠点×相談の方法' });
    expect(svg).toContain('1,200');
    assertSnapshot('drilldown-grid', svg);
  });
});
