import { describe, expect, it } from 'vitest';
import {
  parseSlice,
  quarterTotal,
  serialiseSlice,
  sliceQuarters,
  sliceState,
} from '../../../../src/lib/trends/slice-state.ts';

describe('/trends/ slice in the URL', () => {
  it('round-trips and keeps only its own filters and known themes', () => {
    const s = parseSlice('bureau=kanto&industry=M&theme=pricing&topic=finance&centre=99');
    expect(s.filters.bureau).toEqual(['kanto']);
    expect(s.filters.industry).toEqual(['M']);
    expect(s.filters.topic).toEqual([]); // not a /trends/ filter: the theme decides topics
    expect(s.filters.centre).toEqual([]);
    expect(s.theme).toBe('pricing');
    expect(serialiseSlice(s)).toBe('bureau=kanto&industry=M&theme=pricing');
    expect(parseSlice(serialiseSlice(s))).toEqual(s);
    expect(parseSlice('theme=nope').theme).toBeNull();
  });

  it('becomes a by-quarter drilldown with the theme’s topics', () => {
    const st = sliceState(parseSlice('centre=13&theme=pricing'));
    expect(st.dims).toEqual(['quarter']);
    expect(st.filters.centre).toEqual(['13']);
    expect(st.filters.topic).toEqual(['pricing', 'profitability']);
  });
});

describe('slice quarters', () => {
  const values = new Map<string, number | null>([
    ['2024-Q3', 10],
    ['2024-Q4', null],
    ['2025-Q3', 20],
    ['2025-Q4', 40],
  ]);
  const rows = sliceQuarters(values, ['2025-Q3', '2025-Q4']);
  const q4 = { from: '2026-01', to: '2026-03', fiscalYear: 2025, q: 4 };
  const q3 = { from: '2025-10', to: '2025-12', fiscalYear: 2025, q: 3 };

  it('pairs each quarter with the same quarter a year earlier; absent quarters are 0', () => {
    expect(rows[0]).toEqual({ quarter: '2025-Q3', value: 20, yearBefore: 10, change: 1 });
    expect(rows[1]!.yearBefore).toBeNull();
    expect(sliceQuarters(new Map(), ['2026-Q1'])[0]).toMatchObject({ value: 0, yearBefore: 0 });
  });

  it('gives a quarter’s value, or null when it is hidden', () => {
    expect(quarterTotal(rows, q4, 'value')).toBe(40);
    expect(quarterTotal(rows, q4, 'yearBefore')).toBeNull();
    expect(quarterTotal(rows, q3, 'yearBefore')).toBe(10);
  });
});
