import { describe, expect, it } from 'vitest';
import {
  INDICATOR_DEFINITIONS_EN,
  INDICATOR_NAMES_EN,
  indicatorSourceEn,
} from '../../../src/i18n/en/indicators.ts';
import { withLang } from '../../../src/i18n/server.ts';
import { eraMonthLabel, fiscalYearLabel, formatDateTime } from '../../../src/lib/format.ts';
import { INDICATORS } from '../../../src/lib/indicators.ts';

const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;

describe('English indicator names and definitions', () => {
  const ids = INDICATORS.map((i) => i.id).sort();

  it('cover exactly the indicators, in English', () => {
    expect(Object.keys(INDICATOR_NAMES_EN).sort()).toEqual(ids);
    expect(Object.keys(INDICATOR_DEFINITIONS_EN).sort()).toEqual(ids);
    for (const text of [
      ...Object.values(INDICATOR_NAMES_EN),
      ...Object.values(INDICATOR_DEFINITIONS_EN),
    ]) {
      expect(text).not.toMatch(japanese);
    }
  });

  it('name every source in English', () => {
    expect(indicatorSourceEn('図表15・脚注7')).toBe('figure 15, footnote 7');
    for (const { source } of INDICATORS) expect(indicatorSourceEn(source)).not.toMatch(japanese);
  });
});

describe('date labels in the reader’s language', () => {
  it('keep the Japanese labels and give English ones', () => {
    expect(fiscalYearLabel(2024)).toBe('令和6年度 (2024)');
    withLang('en', () => {
      expect(fiscalYearLabel(2024)).toBe('FY2024');
      expect(eraMonthLabel('2026-11')).toBe('November 2026');
      expect(formatDateTime('2026-11-24T12:00:00Z')).toBe('24 November 2026 at 21:00 JST');
    });
  });
});
