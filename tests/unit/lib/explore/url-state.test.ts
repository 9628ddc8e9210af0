import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  emptyFilters,
  type ExploreState,
} from '../../../../src/lib/explore/model.ts';
import { parseState, serialiseState } from '../../../../src/lib/explore/url-state.ts';

const full: ExploreState = {
  measures: ['consultations', 'resolved', 'joint'],
  dims: ['topic', 'fy'],
  fy: [2023, 2024],
  quarterFrom: '2023-Q1',
  quarterTo: '2024-Q4',
  filters: {
    ...emptyFilters(),
    centre: ['01', '13'],
    bureau: ['kanto'],
    topic: ['pricing', 'finance'],
    industry: ['E'],
    band: ['1-5'],
    legal: ['corp'],
    channel: ['online'],
    phase: ['2'],
  },
};

describe('explore URL state', () => {
  it('round-trips every field', () => {
    const query = serialiseState(full);
    // Codes keep the vocabulary's order, not the order given.
    expect(parseState(query)).toEqual(full);
    expect(serialiseState(parseState(query))).toBe(query);
    expect(query).toContain('centre=01,13');
  });

  it('opens the default view on an empty query, and keeps "no dimension" when asked', () => {
    expect(parseState('')).toEqual(DEFAULT_STATE);
    expect(parseState('m=consultations&d=').dims).toEqual([]);
  });

  it('drops what the vocabulary does not define, so nothing else can reach SQL', () => {
    const s = parseState(
      "m=consultations,drop_table&d=topic,topic,evil,fy,month&centre=13'%20OR%201=1,99,13&fy=2024;--,2023&from=2024-13&to=x&phase=3",
    );
    expect(s.measures).toEqual(['consultations']);
    expect(s.dims).toEqual(['topic', 'fy']);
    expect(s.filters.centre).toEqual(['13']);
    expect(s.fy).toEqual([2023]);
    expect(s.quarterFrom).toBeNull();
    expect(s.quarterTo).toBeNull();
    expect(s.filters.phase).toEqual([]);
  });

  it('reads a link from before quarters: a month stands for its fiscal quarter', () => {
    const s = parseState('m=consultations&d=month,topic&from=2024-03&to=2024-04');
    expect(s.dims).toEqual(['quarter', 'topic']);
    expect([s.quarterFrom, s.quarterTo]).toEqual(['2023-Q4', '2024-Q1']);
    expect(parseState('from=2024-Q5&to=2024-Q0').quarterFrom).toBeNull();
  });
});
