import { describe, expect, it } from 'vitest';
import synonymsEn from '../../../../src/lib/directory/synonyms-en.json' with { type: 'json' };
import synonyms from '../../../../src/lib/directory/synonyms.json' with { type: 'json' };
import { withLang } from '../../../../src/i18n/server.ts';
import { nameOf, searchKeywords, writtenLang } from '../../../../src/lib/directory/labels.ts';
import { codes, vocab } from '../../../../src/lib/vocab.ts';

describe('labels', () => {
  it('names codes in Japanese and refuses unknown ones', () => {
    expect(nameOf('qualification', 'labor_consultant')).toBe('社会保険労務士');
    expect(() => nameOf('topic', 'nope')).toThrow(/no topic/);
  });
  it('names codes in the language of the page, read per call', () => {
    expect(withLang('en', () => nameOf('qualification', 'labor_consultant'))).toBe(
      'Labour and social security attorney',
    );
    expect(withLang('en', () => nameOf('topic', 'succession'))).toBe('Business succession');
    expect(nameOf('topic', 'succession')).toBe('事業承継');
  });
  it("marks people's words as Japanese on English pages only", () => {
    expect(withLang('en', writtenLang)).toBe('ja');
    expect(writtenLang()).toBeUndefined();
  });
  it('adds everyday words in the language of the page (each edition has its own index)', () => {
    const english = withLang('en', () =>
      searchKeywords({ topics: ['web_ec'], qualifications: ['labor_consultant'] }),
    );
    // The English search hint's examples find what they name.
    expect(english).toEqual(expect.arrayContaining(['online shop', 'labour consultant']));
    expect(english.join(' ')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
  it('adds the everyday abbreviations of qualifications', () => {
    expect(searchKeywords({ qualifications: ['sme_consultant', 'labor_consultant'] })).toEqual(
      expect.arrayContaining(['診断士', '社労士']),
    );
  });
  it('synonyms.json and synonyms-en.json only use codes of the code lists', () => {
    const topics = new Set(codes(vocab.topics));
    const quals = new Set(codes(vocab.qualifications));
    for (const table of [synonyms, synonymsEn]) {
      for (const code of Object.keys(table.topics)) expect(topics.has(code), code).toBe(true);
      for (const code of Object.keys(table.qualifications))
        expect(quals.has(code), code).toBe(true);
    }
  });
});
