import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../../src/lib/indicators.ts';
import * as methodology from '../../../../src/lib/pages/methodology.ts';

describe('/methodology/ view', () => {
  it('groups INDICATORS by framework in the list order', () => {
    const groups = methodology.methodologyGroups();
    expect(groups.map((g) => g.framework)).toEqual(['r6', 'r8', 'funnel']);
    expect(groups.flatMap((g) => g.indicators)).toEqual(INDICATORS);
  });

  it('stops when a framework comes back after another', () => {
    const [a, b] = INDICATORS.filter((i) => i.framework === 'r6');
    const r8 = INDICATORS.find((i) => i.framework === 'r8')!;
    expect(() => methodology.methodologyGroups([a!, r8, b!])).toThrow(
      'INDICATORS of r6 are not contiguous',
    );
  });

  it('reads the excluded topics and the financial indicators, never retyped', () => {
    expect(
      methodology.excludedTopics().every((topic) => topic.excluded_from_resolved === '1'),
    ).toBe(true);
    expect(methodology.excludedTopics().length).toBeGreaterThan(0);
    const financial = INDICATORS.filter((i) => i.kind === 'financial');
    expect(methodology.financialNames().split('、')).toEqual(financial.map((i) => i.name));
    expect(methodology.heading('comparison')).not.toBe('');
  });
});
