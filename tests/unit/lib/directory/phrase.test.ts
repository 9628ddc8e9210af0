import { describe, expect, it } from 'vitest';
import { t } from '../../../../src/i18n/index.ts';
import { withLang } from '../../../../src/i18n/server.ts';
import { phraseParts } from '../../../../src/lib/directory/phrase.ts';

const text = (parts: ReturnType<typeof phraseParts>) =>
  parts.map((p) => ('text' in p ? p.text : p.word)).join('');

describe("phraseParts: a message with people's words cut out", () => {
  it('makes the same text as t() on Japanese pages', () => {
    const parts = phraseParts('reach.officeName', {}, { name: '札幌サテライト' });
    expect(text(parts)).toBe(t('reach.officeName', { name: '札幌サテライト' }));
    expect(parts).toContainEqual({ word: '札幌サテライト' });
  });
  it('separates the English message from the Japanese words, other parameters filled', () => {
    const parts = withLang('en', () =>
      phraseParts(
        'reach.local',
        { centre: 'Hokkaido Yorozu Support Center' },
        { name: '架空 陽子' },
      ),
    );
    expect(parts).toEqual([
      { text: 'Consultations with ' },
      { word: '架空 陽子' },
      { text: ' are held at the offices of Hokkaido Yorozu Support Center.' },
    ]);
  });
  it('keeps a word that looks like a placeholder as it is', () => {
    const parts = withLang('en', () =>
      phraseParts('reach.bookingLink', {}, { office: '{office}' }),
    );
    expect(parts).toEqual([{ text: 'Booking page of ' }, { word: '{office}' }]);
  });
});
