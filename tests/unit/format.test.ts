import { describe, expect, test } from 'vitest';
import {
  eraMonthLabel,
  eraOf,
  fiscalYearLabel,
  formatDateTime,
  formatNumber,
} from '../../src/lib/format.ts';

describe('formatNumber', () => {
  test('groups thousands the Japanese way', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(4_712_345)).toBe('4,712,345');
    expect(formatNumber(-5000)).toBe('-5,000');
  });
});

describe('eraOf', () => {
  test('switches from Heisei to Reiwa on 1 May 2019', () => {
    expect(eraOf(2019, 4)).toEqual({ era: '平成', year: 31 });
    expect(eraOf(2019, 5)).toEqual({ era: '令和', year: 1 });
    expect(eraOf(1989, 1)).toEqual({ era: '平成', year: 1 });
    expect(eraOf(2026, 3)).toEqual({ era: '令和', year: 8 });
  });
  test('rejects what it cannot name', () => {
    expect(() => eraOf(1988, 12)).toThrow(RangeError);
    expect(() => eraOf(2024, 13)).toThrow(RangeError);
  });
});

describe('eraMonthLabel', () => {
  test('gives the era month with the Western month', () => {
    expect(eraMonthLabel('2026-03')).toBe('令和8年3月 (2026年3月)');
    expect(eraMonthLabel('2024-12')).toBe('令和6年12月 (2024年12月)');
    expect(eraMonthLabel('2019-04')).toBe('平成31年4月 (2019年4月)');
  });
  test('writes the first year of an era as 元年', () => {
    expect(eraMonthLabel('2019-05')).toBe('令和元年5月 (2019年5月)');
  });
  test('rejects other shapes', () => {
    expect(() => eraMonthLabel('2026-3')).toThrow(/YYYY-MM/);
    expect(() => eraMonthLabel('2026-00')).toThrow(RangeError);
  });
});

describe('fiscalYearLabel', () => {
  test('names a fiscal year by the year it starts in', () => {
    expect(fiscalYearLabel(2024)).toBe('令和6年度 (2024)');
    expect(fiscalYearLabel(2023)).toBe('令和5年度 (2023)');
    expect(fiscalYearLabel(2018)).toBe('平成30年度 (2018)');
  });
  test('calls FY2019 令和元年度 although it began in Heisei', () => {
    expect(fiscalYearLabel(2019)).toBe('令和元年度 (2019)');
    expect(fiscalYearLabel(2020)).toBe('令和2年度 (2020)');
  });
});

describe('formatDateTime', () => {
  test('shows the time in Japan', () => {
    expect(formatDateTime('2026-11-24T12:00:00.000Z')).toBe('2026年11月24日 21:00');
  });
  test('rejects a bad timestamp', () => {
    expect(() => formatDateTime('yesterday')).toThrow(RangeError);
  });
});
