import { describe, expect, it } from 'vitest';
import { withLang } from '../../../../src/i18n/server.ts';
import { quarterLabel, valueLabel } from '../../../../src/lib/explore/labels.ts';

describe('builder labels in the reader’s language', () => {
  it('name codes, quarters and groups in Japanese on Japanese pages', () => {
    expect(valueLabel('centre', '01')).toBe('北海道');
    expect(valueLabel('topic', 'pricing')).toBe('価格転嫁・原価管理');
    expect(quarterLabel('2025-Q4')).toContain('2026年1月');
  });
  it('name them in English on English pages, after a Japanese page filled its labels', () => {
    valueLabel('centre', '01');
    withLang('en', () => {
      expect(valueLabel('centre', '01')).toBe('Hokkaido');
      expect(valueLabel('topic', 'pricing')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(quarterLabel('2025-Q4')).toBe('FY2025 Q4 (January 2026–March 2026)');
    });
    expect(valueLabel('centre', '01')).toBe('北海道');
  });
});
