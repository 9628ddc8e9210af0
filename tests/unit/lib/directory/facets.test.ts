import { describe, expect, it } from 'vitest';
import {
  facetCounts,
  matches,
  parseSelection,
  selectionToParams,
} from '../../../../src/lib/directory/facets.ts';

const items = [
  { topic: ['succession', 'finance'], pref: ['13'], online: ['yes'] },
  { topic: ['finance'], pref: ['13'], online: [] },
  { topic: ['succession'], pref: ['27'], online: ['yes'] },
  { topic: ['design_brand'], pref: ['01'], online: [] },
];
const keys = ['topic', 'pref', 'online'];
const sel = (o: Record<string, string[]>) =>
  new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

describe('matches', () => {
  it('is OR within a facet and AND across facets', () => {
    const s = sel({ topic: ['succession', 'design_brand'], online: ['yes'] });
    expect(items.map((i) => matches(i, s))).toEqual([true, false, true, false]);
  });
  it('an empty selection matches everything', () => {
    expect(items.every((i) => matches(i, new Map()))).toBe(true);
  });
});

describe('facetCounts', () => {
  it("counts each value under the other facets' selections, not its own", () => {
    const counts = facetCounts(items, sel({ topic: ['succession'], pref: ['13'] }), keys);
    // topic ignores its own selection: items at pref 13 → succession 1, finance 2
    expect(Object.fromEntries(counts.get('topic')!)).toEqual({ succession: 1, finance: 2 });
    // pref ignores its own: succession items → 13: 1, 27: 1
    expect(Object.fromEntries(counts.get('pref')!)).toEqual({ '13': 1, '27': 1 });
    expect(Object.fromEntries(counts.get('online')!)).toEqual({ yes: 1 });
  });
});

describe('URL round trip', () => {
  it('keeps the query and the facets, in facet order', () => {
    const params = selectionToParams(
      sel({ pref: ['13', '27'], topic: ['ip'] }),
      keys,
      ' 事業承継 ',
    );
    expect(params.toString()).toBe(
      'q=%E4%BA%8B%E6%A5%AD%E6%89%BF%E7%B6%99&topic=ip&pref=13&pref=27',
    );
    const back = parseSelection(params, keys);
    expect([...back.get('pref')!]).toEqual(['13', '27']);
    expect(back.has('online')).toBe(false);
  });
  it('ignores unknown keys and empty values', () => {
    const back = parseSelection(new URLSearchParams('evil=1&topic=&pref=01'), keys);
    expect([...back.keys()]).toEqual(['pref']);
  });
});
