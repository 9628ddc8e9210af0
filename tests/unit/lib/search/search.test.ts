import { describe, expect, it } from 'vitest';
import { chooseExcerpt, summaryText } from '../../../../src/lib/search/excerpt.ts';
import { preferFirst } from '../../../../src/lib/search/order.ts';
import { normaliseQuery, specialtiesNamed } from '../../../../src/lib/search/specialty.ts';
import { withLang } from '../../../../src/i18n/server.ts';
import { specialtyWords } from '../../../../src/lib/search/specialty-words.ts';
import { parseSearchState, searchStateParams } from '../../../../src/lib/search/state.ts';

const table = specialtyWords();
const named = (q: string) => specialtiesNamed(q, table).map((s) => s.code);

describe('specialtiesNamed', () => {
  it('knows a topic by its official name, a part of it and an everyday word', () => {
    expect(named('事業承継')).toEqual(['succession']);
    expect(named('後継者')).toEqual(['succession']);
    expect(named('販路開拓・マーケティング')).toEqual(['sales_channel']);
    expect(named('販路開拓')).toEqual(['sales_channel']);
    expect(named('資金繰り')).toEqual(['finance']);
  });
  it('knows a topic by its English name or a part of it on English pages', () => {
    const english = withLang('en', specialtyWords);
    const namedEn = (q: string) => specialtiesNamed(q, english).map((s) => s.code);
    expect(namedEn('Business succession')).toEqual(['succession']);
    expect(namedEn('marketing')).toEqual(['sales_channel']);
    expect(namedEn('e-commerce Osaka')).toEqual(['web_ec']);
    expect(namedEn('online shop')).toEqual(['web_ec']);
    // The Japanese words belong to the Japanese index only.
    expect(namedEn('事業承継')).toEqual([]);
    expect(english.find((s) => s.code === 'succession')?.name).toBe('Business succession');
  });
  it('reads full-width letters and stray spaces as typed words', () => {
    expect(normaliseQuery(' ＩＴ導入 ')).toBe('it導入');
    expect(named('ＩＴ導入')).toEqual(['it_dx']);
  });
  it('finds a specialty among the words of a query', () => {
    expect(named('事業承継 北海道')).toEqual(['succession']);
    expect(named('北海道　資金繰り')).toEqual(['finance']);
  });
  it('names nothing for a free phrase, a place or an empty query', () => {
    expect(named('事業承継の相談')).toEqual([]);
    expect(named('北海道')).toEqual([]);
    expect(named('中小企業診断士')).toEqual([]);
    expect(named('  ')).toEqual([]);
  });
});

describe('preferFirst', () => {
  it('puts the preferred ids first in their order, the rest after in theirs', () => {
    expect(preferFirst(['m1', 'c1', 'm2', 'c2', 'k1'], ['c2', 'c1'])).toEqual([
      'c2',
      'c1',
      'm1',
      'm2',
      'k1',
    ]);
  });
  it('never shows an id twice nor one the query did not find', () => {
    expect(preferFirst(['a', 'b'], ['b', 'b', 'x'])).toEqual(['b', 'a']);
    expect(preferFirst([], ['x'])).toEqual([]);
  });
});

describe('chooseExcerpt', () => {
  const page = '北海道よろず支援拠点 <mark>事業承継</mark>・資金繰り';
  it('takes the excerpt of the written section with a hit', () => {
    expect(
      chooseExcerpt({
        excerpt: page,
        meta: { summary: '親族内の事業承継を支援してきました。' },
        sub_results: [
          { url: '/coordinators/CO-1/', excerpt: page },
          { url: '/coordinators/CO-1/#menus', excerpt: '<mark>事業承継</mark>セミナー' },
          { url: '/coordinators/CO-1/#bio', excerpt: '親族内の<mark>事業承継</mark>を支援' },
        ],
      }),
    ).toEqual({ html: '親族内の<mark>事業承継</mark>を支援' });
  });
  it('shows the start of the written text when the hit is in a field', () => {
    expect(
      chooseExcerpt({
        excerpt: page,
        meta: { summary: '  補助金の申請を\n  支援します。 ' },
        sub_results: [{ url: '/menus/x/#text', excerpt: '補助金の申請を支援' }],
      }),
    ).toEqual({ text: '補助金の申請を 支援します。' });
  });
  it("falls back to the page's excerpt when nothing was written", () => {
    expect(chooseExcerpt({ excerpt: page })).toEqual({ html: page });
    expect(chooseExcerpt({ excerpt: page, meta: { summary: ' ' } })).toEqual({ html: page });
  });
});

describe('summaryText', () => {
  it('cuts at a length in characters, not UTF-16 units, with an ellipsis', () => {
    expect(summaryText('あいうえお', 5)).toBe('あいうえお');
    expect(summaryText('あいうえおか', 5)).toBe('あいうえお…');
    expect(summaryText('𠮷野家の𠮷', 2)).toBe('𠮷野…');
  });
});

describe('search state in the URL', () => {
  it('round-trips the query and the chosen types, in a fixed order', () => {
    const state = parseSearchState(new URLSearchParams('q=+事業承継+&type=menu&type=coordinator'));
    expect(state).toEqual({ q: '事業承継', types: ['coordinator', 'menu'] });
    expect(searchStateParams(state).toString()).toBe(
      new URLSearchParams('q=事業承継&type=coordinator&type=menu').toString(),
    );
  });
  it('ignores unknown types', () => {
    expect(parseSearchState(new URLSearchParams('type=foo&type=centre')).types).toEqual(['centre']);
  });
});
