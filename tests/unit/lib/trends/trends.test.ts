import { describe, expect, it } from 'vitest';
import { extremes } from '../../../../src/lib/trends/brief.ts';
import { direction, formatChange, relativeChange } from '../../../../src/lib/trends/change.ts';
import {
  latestCompleteFiscalYear,
  latestQuarter,
  yearBefore,
} from '../../../../src/lib/trends/periods.ts';
import { MINISTRIES, THEMES } from '../../../../src/lib/trends/slices.ts';
import { withLang } from '../../../../src/i18n/server.ts';

describe('change against a year earlier', () => {
  it('is said as a brief writes it (+38%), with a true minus sign', () => {
    expect(formatChange(relativeChange(100, 138))).toBe('+38%');
    expect(formatChange(relativeChange(200, 190))).toBe('−5%');
    expect(formatChange(relativeChange(1000, 1001))).toBe('±0%');
    expect(formatChange(relativeChange(3000, 6000))).toBe('+100%');
  });
  it('is undefined without a base, or with a hidden value', () => {
    expect(relativeChange(0, 5)).toBeNull();
    expect(relativeChange(null, 5)).toBeNull();
    expect(relativeChange(5, null)).toBeNull();
    expect(formatChange(null)).toBe('—');
    expect(direction(null)).toBe('unknown');
    expect(direction(0.004)).toBe('flat');
    expect(direction(-0.01)).toBe('down');
  });
});

describe('periods', () => {
  it('takes the latest fiscal quarter ending by the vintage, and the same one a year earlier', () => {
    expect(latestQuarter('2026-03')).toEqual({
      from: '2026-01',
      to: '2026-03',
      fiscalYear: 2025,
      q: 4,
    });
    expect(latestQuarter('2026-02')).toEqual({
      from: '2025-10',
      to: '2025-12',
      fiscalYear: 2025,
      q: 3,
    });
    expect(latestQuarter('2025-07')).toEqual({
      from: '2025-04',
      to: '2025-06',
      fiscalYear: 2025,
      q: 1,
    });
    expect(yearBefore(latestQuarter('2026-03'))).toEqual({
      from: '2025-01',
      to: '2025-03',
      fiscalYear: 2024,
      q: 4,
    });
  });
  it('calls a fiscal year complete once its March is in the data', () => {
    expect(latestCompleteFiscalYear('2026-03')).toBe(2025);
    expect(latestCompleteFiscalYear('2026-02')).toBe(2024);
    expect(latestCompleteFiscalYear('2025-12')).toBe(2024);
  });
});

describe('what rose and what fell', () => {
  const rows = [
    { code: 'a', prev: 10, cur: 30, change: 2 },
    { code: 'b', prev: 50, cur: 40, change: -0.2 },
    { code: 'c', prev: null, cur: 90, change: null },
    { code: 'd', prev: 100, cur: 105, change: 0.05 },
    { code: 'e', prev: 8, cur: 8, change: 0 },
  ];
  it('names the largest changes in count among rows with both values shown', () => {
    expect(extremes(rows, 1).map((r) => r.code)).toEqual(['a', 'd']);
    expect(extremes(rows, -1).map((r) => r.code)).toEqual(['b']);
    expect(extremes(rows, 1, 1).map((r) => r.code)).toEqual(['a']);
  });
});

describe('theme and ministry data files', () => {
  it('define the five themes and the five ministries that asked (seed report), each code with a reason', () => {
    expect(THEMES.map((t) => t.name)).toEqual([
      '価格転嫁・原価管理',
      '生産性向上・省力化',
      '事業承継',
      'BCP・災害対応',
      '創業',
    ]);
    expect(MINISTRIES.map((m) => m.name)).toEqual([
      '金融庁',
      '厚生労働省',
      '農林水産省',
      '国土交通省',
      '観光庁',
    ]);
    for (const m of MINISTRIES) {
      for (const p of m.parts) {
        for (const c of [...(p.topics ?? []), ...(p.industries ?? [])])
          expect(c.reason.length).toBeGreaterThan(5);
      }
    }
    expect(
      MINISTRIES.find((m) => m.id === 'jta')!.parts[0]!.industries!.map((i) => i.code),
    ).toEqual(['M']);
  });
});

describe('themes and ministry slices in the reader’s language', () => {
  const jpScript = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  it('keep the Japanese of the files on Japanese pages', () => {
    const pricing = THEMES.find((th) => th.id === 'pricing')!;
    expect(pricing.name).toBe('価格転嫁・原価管理');
    expect(MINISTRIES.find((m) => m.id === 'fsa')!.name).toBe('金融庁');
  });
  it('say every name, reason, label, observer and limit in English on English pages', () => {
    withLang('en', () => {
      const texts = [
        ...THEMES.flatMap((th) => [th.name, ...th.topics.map((x) => x.reason)]),
        ...MINISTRIES.flatMap((m) => [
          m.name,
          m.observer,
          m.limits ?? '',
          ...m.parts.flatMap((p) => [
            p.label,
            ...[...(p.topics ?? []), ...(p.industries ?? [])].map((x) => x.reason),
          ]),
        ]),
      ];
      expect(texts.filter((x) => jpScript.test(x))).toEqual([]);
      expect(THEMES.find((th) => th.id === 'pricing')!.name).toBe(
        'Price pass-through and cost control',
      );
    });
  });
});
