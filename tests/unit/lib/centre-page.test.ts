import { describe, expect, it } from 'vitest';
import {
  centrePage,
  centrePaths,
  centreYearHref,
  centreYearPaths,
} from '../../../src/lib/centre-page.ts';
import { vocab } from '../../../src/lib/vocab.ts';

const center = vocab.centers.find((c) => c.pref_code === '13')!;

describe('centrePage', () => {
  it('gives the centre code, the published years and the year in 和暦', () => {
    const years = [2023, 2024];
    expect(centrePage({ center, fy: 2024 }, years, 'centre page')).toEqual({
      pref: '13',
      years,
      fyLabel: '令和6年度 (2024)',
    });
  });

  it('refuses a year that is not published, naming the page', () => {
    expect(() => centrePage({ center, fy: 2025 }, [2023, 2024], 'compare page')).toThrow(
      'compare page: no published fiscal year 2025',
    );
  });
});

describe('centrePaths / centreYearPaths', () => {
  const centers = vocab.centers.slice(0, 2);
  it('one route per centre, keyed by its code', () => {
    expect(centrePaths(centers)).toEqual(
      centers.map((center) => ({ params: { pref: center.pref_code }, props: { center } })),
    );
  });
  it('one route per centre and published year, the year as text in the URL', () => {
    const paths = centreYearPaths(centers, [2023, 2024]);
    expect(paths.map((p) => `${p.params.pref}/${p.params.fy}`)).toEqual([
      `${centers[0]!.pref_code}/2023`,
      `${centers[0]!.pref_code}/2024`,
      `${centers[1]!.pref_code}/2023`,
      `${centers[1]!.pref_code}/2024`,
    ]);
    expect(paths[1]!.props).toEqual({ center: centers[0], fy: 2024 });
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
