import { describe, expect, it } from 'vitest';
import synonyms from '../../../../src/lib/directory/synonyms.json' with { type: 'json' };
import { nameOf, searchKeywords } from '../../../../src/lib/directory/labels.ts';
import { codes, vocab } from '../../../../src/lib/vocab.ts';

describe('labels', () => {
  it('names codes in Japanese and refuses unknown ones', () => {
    expect(nameOf('qualification', 'labor_consultant')).toBe('社会保険労務士');
    expect(() => nameOf('topic', 'nope')).toThrow(/no topic/);
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
