// "This prefecture or online" in one step: the prefecture facet's online value and the quick
// choices over it, with the facet engine's OR within a facet and AND across facets.
import { describe, expect, it } from 'vitest';
import {
  ONLINE,
  coordinatorFacetSpecs,
  coordinatorFacetValues,
  coordinatorQuickChoices,
} from '../../../../src/lib/directory/coordinator-facets.ts';
import type { CoordinatorRow } from '../../../../src/lib/directory/data.ts';
import { withCounts } from '../../../../src/lib/directory/facet-options.ts';
import { facetCounts, matches } from '../../../../src/lib/directory/facets.ts';

const co = (co_id: string, pref_code: string, online: boolean, specialties: string[]) =>
  ({
    co_id,
    pref_code,
    role: 'CO',
    display_name: co_id,
    qualifications: ['sme_consultant'],
    specialties,
    industries: [],
    online,
    languages: ['ja'],
    bio: '',
    joined: '2020-04',
  }) as unknown as CoordinatorRow;

const list = [
  co('hokkaido-local', '01', false, ['succession']),
  co('hokkaido-online', '01', true, ['succession']),
  co('tokyo-online', '13', true, ['succession']),
  co('tokyo-local', '13', false, ['succession']),
  co('osaka-online-other', '27', true, ['finance']),
];
const values = list.map(coordinatorFacetValues);
const sel = (o: Record<string, string[]>) =>
  new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));
const ids = (s: ReturnType<typeof sel>) =>
  list.filter((_, i) => matches(values[i]!, s)).map((c) => c.co_id);

describe('the prefecture facet with "online"', () => {
  it('asks "in this prefecture or online", and ANDs the other facets', () => {
    expect(ids(sel({ pref: ['01', ONLINE] }))).toEqual([
      'hokkaido-local',
      'hokkaido-online',
      'tokyo-online',
      'osaka-online-other',
    ]);
    expect(ids(sel({ pref: ['01', ONLINE], topic: ['succession'] }))).toEqual([
      'hokkaido-local',
      'hokkaido-online',
      'tokyo-online',
    ]);
    // The prefecture alone is still the prefecture alone.
    expect(ids(sel({ pref: ['01'] }))).toEqual(['hokkaido-local', 'hokkaido-online']);
  });

  it('counts online as what adding it would show', () => {
    const counts = facetCounts(values, sel({ pref: ['01'], topic: ['succession'] }), ['pref']);
    expect(counts.get('pref')?.get(ONLINE)).toBe(2);
    expect(counts.get('pref')?.get('01')).toBe(2);
  });

  it('offers online first in the prefecture facet, then prefectures in JIS order', () => {
    const pref = withCounts(coordinatorFacetSpecs(), values).find((f) => f.key === 'pref')!;
    expect(pref.options.map((o) => [o.value, o.count])).toEqual([
      [ONLINE, 3],
      ['01', 2],
      ['13', 2],
      ['27', 1],
    ]);
  });
});

describe('coordinatorQuickChoices', () => {
  const facets = withCounts(coordinatorFacetSpecs(), values);
  const [place, topic, qualification] = coordinatorQuickChoices(facets);

  it('offers each prefecture alone and with anyone online, side by side', () => {
    expect(place!.key).toBe('pref');
    expect(place!.options.slice(0, 3)).toEqual([
      { value: ONLINE, label: 'オンライン相談可の人（都道府県を問わず）' },
      { value: '01', label: '北海道' },
      { value: `01 ${ONLINE}`, label: '北海道またはオンライン相談可' },
    ]);
    expect(place!.options).toHaveLength(7);
    expect(place!.hint).toBeDefined();
  });

  it('offers only the specialties and qualifications somebody has', () => {
    expect(topic!.options.map((o) => o.value).sort()).toEqual(['finance', 'succession']);
    expect(qualification!.options).toEqual([{ value: 'sme_consultant', label: '中小企業診断士' }]);
  });

  it('without anyone online, a prefecture is offered alone', () => {
    const local = withCounts(coordinatorFacetSpecs(), [coordinatorFacetValues(list[0]!)]);
    expect(coordinatorQuickChoices(local)[0]!.options).toEqual([{ value: '01', label: '北海道' }]);
  });
});
