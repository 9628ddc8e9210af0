// The published reference values /workspace/ shows beside a centre's own figures: the
// national median and quartiles for every centre, and only that centre's peer medians.
import { describe, expect, it } from 'vitest';
import { centreReference } from '../../../../src/lib/workspace/reference.ts';

const row = (
  fiscal_year: number,
  indicator: string,
  group_type: 'national' | 'bureau' | 'size_consultations' | 'size_coordinators',
  pref_code: string,
  median: number | null,
  q1: number | null = null,
  q3: number | null = null,
) => ({ fiscal_year, indicator, group_type, pref_code, median, q1, q3 });

describe('centreReference', () => {
  const rows = [
    row(2024, 'r6_consultations', 'national', '00', 500, 300, 800),
    row(2024, 'r6_consultations', 'bureau', '13', 650),
    row(2024, 'r6_consultations', 'bureau', '14', 999),
    row(2024, 'r6_consultations', 'size_consultations', '13', 700),
    row(2024, 'r6_consultations', 'size_coordinators', '13', null),
    row(2023, 'r6_sat_insight', 'national', '00', 0.6, 0.5, 0.7),
  ];

  it('gives the national values and the own peer medians, by year and indicator', () => {
    expect(centreReference('13', rows)).toEqual({
      pref_code: '13',
      years: {
        '2024': {
          r6_consultations: {
            median: 500,
            q1: 300,
            q3: 800,
            peers: { bureau: 650, size_consultations: 700, size_coordinators: null },
          },
        },
        '2023': {
          r6_sat_insight: {
            median: 0.6,
            q1: 0.5,
            q3: 0.7,
            peers: { bureau: null, size_consultations: null, size_coordinators: null },
          },
        },
      },
    });
  });

  it("never carries another centre's peer values", () => {
    const other = centreReference('47', rows);
    expect(other.years['2024']!['r6_consultations']!.peers).toEqual({
      bureau: null,
      size_consultations: null,
      size_coordinators: null,
    });
    expect(other.years['2024']!['r6_consultations']!.median).toBe(500);
  });
});
