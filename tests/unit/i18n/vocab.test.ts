import { describe, expect, it } from 'vitest';
import {
  centreName,
  codeLabel,
  prefectureName,
  type CodeListName,
} from '../../../src/i18n/en/vocab.ts';
import { vocab } from '../../../src/lib/vocab.ts';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef]/;
const lists = Object.keys(vocab).filter((k) => k !== 'centres') as CodeListName[];

describe('code-list labels', () => {
  it('have English for every code of every list, and keep Japanese', () => {
    for (const list of lists) {
      for (const entry of vocab[list]) {
        expect(codeLabel(list, entry, 'ja')).toBe(entry.name);
        const en = codeLabel(list, entry, 'en');
        expect(en, `${list} ${entry.code}`).not.toMatch(japanese);
        expect(en.trim()).not.toBe('');
      }
    }
  });

  it('refuse a code without English rather than show Japanese', () => {
    expect(() => codeLabel('qualifications', { code: 'new_title', name: '新資格' }, 'en')).toThrow(
      'no English for qualifications code new_title',
    );
  });

  it('name the 47 centres and prefectures in English', () => {
    const names = vocab.centres.map((c) => centreName(c, 'en'));
    expect(new Set(names).size).toBe(47);
    expect(names[0]).toBe('Hokkaido Yorozu Support Center');
    for (const c of vocab.centres) {
      expect(prefectureName(c, 'en')).not.toMatch(japanese);
      expect(centreName(c, 'ja')).toBe(c.center_name);
    }
  });
});
