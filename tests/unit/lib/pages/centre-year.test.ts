import { beforeAll, describe, expect, it } from 'vitest';
import { allCentreYearPaths, latestYearPointer } from '../../../../src/lib/pages/centre-year.ts';
import { tileMapCss, tileMaps } from '../../../../src/lib/pages/tile-maps.ts';
import { centresInJisOrder } from '../../../../src/lib/pages/centres.ts';
import { vocab } from '../../../../src/lib/vocab.ts';
import { FY, usePublishedFixture } from './published-fixture.ts';

beforeAll(() => {
  usePublishedFixture();
});

describe('the dated pages of a centre', () => {
  it('has one route per centre and published year', () => {
    const paths = allCentreYearPaths();
    expect(paths).toHaveLength(vocab.centres.length * 2);
    expect(paths.map((p) => p.params.fy)).toContain('2023');
  });

  it('points the latest year at the centre’s own address, and renders the others', () => {
    const tokyo = vocab.centres.find((c) => c.pref_code === '13')!;
    expect(latestYearPointer('compare', { centre: tokyo, fy: FY }, '/')).toEqual({
      title: expect.stringContaining('令和6年度'),
      to: '/compare/13/',
    });
    expect(latestYearPointer('centers', { centre: tokyo, fy: FY }, '/base/')?.to).toBe(
      '/base/centers/13/',
    );
    expect(latestYearPointer('centers', { centre: tokyo, fy: 2023 }, '/')).toBeUndefined();
  });
});

describe('the tile maps', () => {
  it('draws a map only for indicators with published rates', () => {
    const maps = tileMaps(FY, centresInJisOrder(), '/');
    expect(maps.map((m) => m.indicator.id)).toEqual(['r6_consultations']);
    expect(maps[0]!.rows.find((r) => r.pref_code === '01')!.value).toBeNull();
  });

  it('shows the initial map first, and fails when it has no rates', () => {
    const css = tileMapCss(['r6_consultations', 'r6_referrals'], 'r6_consultations');
    expect(css).toContain(
      '.tile-map[data-map]:not([data-map="r6_consultations"]) { display: none; }',
    );
    expect(css).toContain('#map-choice-r6_referrals:checked');
    expect(() => tileMapCss(['r6_referrals'], 'r6_consultations')).toThrow(
      'tile map: no rates of r6_consultations',
    );
  });
});
