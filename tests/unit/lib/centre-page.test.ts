import { describe, expect, it } from 'vitest';
import {
  centrePage,
  centrePaths,
  centreYearHref,
  centreYearPaths,
} from '../../../src/lib/centre-page.ts';
import { vocab } from '../../../src/lib/vocab.ts';

const centre = vocab.centres.find((c) => c.pref_code === '13')!;

describe('centrePage', () => {
  it('gives the centre code, the published years and the year in 和暦', () => {
    const years = [2023, 2024];
    expect(centrePage({ centre, fy: 2024 }, years, 'centre page')).toEqual({
      pref: '13',
      years,
      fyLabel: '令和6年度 (2024)',
    });
  });

  it('refuses a year that is not published, naming the page', () => {
    expect(() => centrePage({ centre, fy: 2025 }, [2023, 2024], 'compare page')).toThrow(
      'compare page: no published fiscal year 2025',
    );
  });
});

describe('centrePaths / centreYearPaths', () => {
  const centres = vocab.centres.slice(0, 2);
  it('one route per centre, keyed by its code', () => {
    expect(centrePaths(centres)).toEqual(
      centres.map((centre) => ({ params: { pref: centre.pref_code }, props: { centre } })),
    );
  });
  it('one route per centre and published year, the year as text in the URL', () => {
    const paths = centreYearPaths(centres, [2023, 2024]);
    expect(paths.map((p) => `${p.params.pref}/${p.params.fy}`)).toEqual([
      `${centres[0]!.pref_code}/2023`,
      `${centres[0]!.pref_code}/2024`,
      `${centres[1]!.pref_code}/2023`,
      `${centres[1]!.pref_code}/2024`,
    ]);
    expect(paths[1]!.props).toEqual({ centre: centres[0], fy: 2024 });
  });
});

describe('centreYearHref', () => {
  it("gives the latest year the centre's own address, every other year its dated one", () => {
    expect(centreYearHref('centers', '13', 2025, 2025)).toBe('/centers/13/');
    expect(centreYearHref('compare', '13', 2025, 2025)).toBe('/compare/13/');
    expect(centreYearHref('centers', '01', 2014, 2025)).toBe('/centers/01/2014/');
    expect(centreYearHref('compare', '47', 2024, 2025, '/portal/')).toBe(
      '/portal/compare/47/2024/',
    );
  });
});
