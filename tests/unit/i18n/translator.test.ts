import { describe, expect, it } from 'vitest';
import { isLang, t, type MessageKey } from '../../../src/i18n/index.ts';
import { dictionaries, translator } from '../../../src/i18n/translate.ts';
import { placeholders } from '../../../src/i18n/check.ts';

describe('t (Japanese, as every page calls it today)', () => {
  it('is the Japanese translator', () => {
    expect(t('site.name')).toBe('よろず支援拠点 公開ポータル');
    expect(t('centers.unit.count', { value: '1,234' })).toBe('1,234件');
    expect(translator('ja')('site.name')).toBe(t('site.name'));
  });
});

describe('translator', () => {
  const en = translator('en');

  it('fills placeholders in English', () => {
    expect(en('site.titleTemplate', { page: 'Open data', site: en('site.name') })).toBe(
      'Open data | Yorozu Support Centers Open Data Portal',
    );
    expect(en('centers.ref.iqr', { median: 3, q1: 1, q3: 5 })).toBe('3 (1–5)');
  });

  it('throws on a missing parameter in either language', () => {
    expect(() => en('centers.unit.count')).toThrow('missing parameter {value}');
    expect(() => t('centers.unit.count')).toThrow('missing parameter {value}');
  });

  it('renders every key of both languages given its placeholders', () => {
    for (const lang of ['ja', 'en'] as const) {
      const tr = translator(lang);
      for (const [key, text] of Object.entries(dictionaries[lang])) {
        const params = Object.fromEntries(placeholders(text).map((n) => [n, `<${n}>`]));
        const out = tr(key as MessageKey, params);
        expect(out, `${lang} ${key}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('knows its languages', () => {
    expect(isLang('en')).toBe(true);
    expect(isLang('ja')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
