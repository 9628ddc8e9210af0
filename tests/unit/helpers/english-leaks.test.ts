import { describe, expect, it } from 'vitest';
import { englishLeaks } from '../../helpers/english-leaks.ts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('englishLeaks', () => {
  it('finds Japanese text and read attributes outside lang="ja"', () => {
    const leaks = englishLeaks(
      page(
        '<main><p>Consultations: 1,150件</p><svg aria-label="相談"><title>北海道</title></svg></main>',
        '<meta name="description" content="よろず">',
      ),
    );
    expect(leaks.map((l) => l.text)).toEqual([
      'よろず',
      'Consultations: 1,150件',
      '相談',
      '北海道',
    ]);
  });

  it('accepts people\'s words marked lang="ja", and data blocks', () => {
    const html = page(
      '<p>Bio: <span lang="ja">事業承継が得意です</span></p>' +
        '<div lang="ja"><p title="題">本文</p></div>' +
        '<script type="application/json">{"a":"日本語"}</script>',
    );
    expect(englishLeaks(html)).toEqual([]);
  });

  it('accepts in the title only the Japanese the body marks lang="ja"', () => {
    const head = '<title>山田 太郎, Coordinator at Tokyo Yorozu Support Center</title>';
    expect(englishLeaks(page('<h1><span lang="ja">山田 太郎</span></h1>', head))).toEqual([]);
    expect(englishLeaks(page('<h1>Coordinator</h1>', head)).map((l) => l.where)).toEqual(['title']);
  });

  it('finds nothing on an English page', () => {
    expect(englishLeaks(page('<h1>Centres</h1><p>FY2024: 12 consultations</p>'))).toEqual([]);
  });
});
