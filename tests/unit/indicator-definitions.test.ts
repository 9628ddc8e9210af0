import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS, indicatorDefinition } from '../../src/lib/indicator-definitions.ts';
import { INDICATOR_IDS } from '../../src/lib/indicators.ts';

describe('indicator definitions', () => {
  it('has a definition for every indicator id', () => {
    for (const id of INDICATOR_IDS) {
      expect(INDICATOR_DEFINITIONS[id], id).toBeTypeOf('string');
      expect(indicatorDefinition(id).trim().length, id).toBeGreaterThan(0);
    }
  });

  it('has no definition for an id that is not an indicator', () => {
    const extra = Object.keys(INDICATOR_DEFINITIONS).filter((id) => !INDICATOR_IDS.includes(id));
    expect(extra).toEqual([]);
    expect(Object.keys(INDICATOR_DEFINITIONS)).toHaveLength(INDICATOR_IDS.length);
  });

  it('throws for an unknown id', () => {
    expect(() => indicatorDefinition('r9_unknown')).toThrow(/r9_unknown/);
  });
});
