import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../../../src/lib/indicators.ts';
import { REPORT_ORDER, reportGroups } from '../../../../src/lib/pages/report-roles.ts';

describe('the indicators as the report groups them', () => {
  it('holds every indicator exactly once', () => {
    expect(REPORT_ORDER).toHaveLength(INDICATOR_IDS.length);
    expect([...REPORT_ORDER].sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it('numbers FY2026 ①–⑧ in order, grouped by the roles of 図表16', () => {
    const r8 = reportGroups().find((g) => g.framework === 'r8')!;
    expect(r8.roles.map((r) => r.heading)).toEqual([
      'ワンストップ機能',
      'コーディネート機能',
      expect.stringMatching(/^高度な経営アドバイス機能（拡充/),
      '支援人材の支援能力強化',
      '経済的なインパクトのある事業者支援',
    ]);
    const numbers = r8.roles.flatMap((r) => r.items.map((i) => i.number));
    expect([...new Set(numbers)]).toEqual(['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧']);
    expect(r8.roles[0]!.items[0]!.indicator.id).toBe('r8_resolved');
    expect(r8.roles.at(-1)!.items.map((i) => i.indicator.id)).toEqual(['r8_employees']);
  });

  it("groups FY2024's six items by the three functions of 図表12", () => {
    const r6 = reportGroups().find((g) => g.framework === 'r6')!;
    expect(r6.roles.map((r) => r.items.map((i) => i.number))).toEqual([
      ['①', '②'],
      ['③', '④'],
      ['⑤', '⑥(1)', '⑥(2)', '⑥(3)', '⑥(4)', '⑥(5)'],
    ]);
  });
});
