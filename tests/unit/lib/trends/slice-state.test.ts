import { describe, expect, it } from 'vitest';
import {
  parseSlice,
  quarterTotal,
  serialiseSlice,
  sliceMonths,
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

  it('becomes a by-month drilldown with the theme’s topics', () => {
    const st = sliceState(parseSlice('centre=13&theme=pricing'));
    expect(st.dims).toEqual(['month']);
    expect(st.filters.centre).toEqual(['13']);
    expect(st.filters.topic).toEqual(['pricing', 'profitability']);
  });
});

describe('slice months', () => {
  const values = new Map<string, number | null>([
    ['2025-01', 10],
    ['2025-02', null],
    ['2025-03', 12],
    ['2026-01', 20],
    ['2026-02', 5],
    ['2026-03', 15],
  ]);
  const rows = sliceMonths(values, ['2026-01', '2026-02', '2026-03']);
  const q = { from: '2026-01', to: '2026-03', fiscalYear: 2025, q: 4 };

  it('pairs each month with the same month a year earlier; absent months are 0', () => {
    expect(rows[0]).toEqual({ month: '2026-01', value: 20, yearBefore: 10, change: 1 });
    expect(rows[1]!.yearBefore).toBeNull();
    expect(sliceMonths(new Map(), ['2026-01'])[0]).toMatchObject({ value: 0, yearBefore: 0 });
  });

  it('sums a quarter only when none of its months is hidden', () => {
    expect(quarterTotal(rows, q, 'value')).toBe(40);
    expect(quarterTotal(rows, q, 'yearBefore')).toBeNull();
  });
});
