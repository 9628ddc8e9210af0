import { describe, expect, it } from 'vitest';
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
  it('adds no Japanese everyday words to English pages', () => {
    expect(withLang('en', () => searchKeywords({ qualifications: ['sme_consultant'] }))).toEqual(
      [],
    );
  });
  it('adds the everyday abbreviations of qualifications', () => {
    expect(searchKeywords({ qualifications: ['sme_consultant', 'labor_consultant'] })).toEqual(
      expect.arrayContaining(['診断士', '社労士']),
    );
  });
  it('synonyms.json only uses codes of the code lists', () => {
    const topics = new Set(codes(vocab.topics));
    const quals = new Set(codes(vocab.qualifications));
    for (const code of Object.keys(synonyms.topics)) expect(topics.has(code), code).toBe(true);
    for (const code of Object.keys(synonyms.qualifications))
      expect(quals.has(code), code).toBe(true);
  });
});
