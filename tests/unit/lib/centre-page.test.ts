import { describe, expect, it } from 'vitest';
import { centrePage } from '../../../src/lib/centre-page.ts';
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
