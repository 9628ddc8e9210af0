import { describe, expect, it } from 'vitest';
import { dictionaryProblems, placeholders } from '../../../src/i18n/check.ts';
import { dictionaries } from '../../../src/i18n/translate.ts';

describe('the Japanese and English dictionaries', () => {
  it('have every key in both languages, non-empty, with the same placeholders', () => {
    expect(dictionaryProblems(dictionaries)).toEqual([]);
    expect(Object.keys(dictionaries.en).length).toBe(Object.keys(dictionaries.ja).length);
    expect(Object.keys(dictionaries.ja).length).toBeGreaterThan(700);
  });

  it('holds no Japanese script in English (an untranslated copy would show)', () => {
    const japanese = /[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
    const untranslated = Object.entries(dictionaries.en).filter(([, text]) => japanese.test(text));
    expect(untranslated).toEqual([]);
  });
});

describe('dictionaryProblems', () => {
  it('reports a key one language lacks', () => {
    expect(dictionaryProblems({ ja: { a: 'あ', b: 'い' }, en: { a: 'A' } })).toEqual([
      'b: missing in en',
    ]);
  });

  it('reports placeholders that differ, and empty strings', () => {
    expect(
      dictionaryProblems({
        ja: { a: '{name}さんの{fy}', b: 'なし' },
        en: { a: '{name} in {year}', b: ' ' },
      }),
    ).toEqual(['a: placeholders {name,year} in en differ from {fy,name} in ja', 'b: empty in en']);
  });

  it('accepts placeholders in another order or repeated', () => {
    expect(
      dictionaryProblems({ ja: { a: '{q1}〜{q3}（{q1}）' }, en: { a: '{q3} > {q1}' } }),
    ).toEqual([]);
    expect(placeholders('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});
