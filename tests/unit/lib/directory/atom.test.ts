import { describe, expect, it } from 'vitest';
import { caseFeed } from '../../../../src/lib/directory/atom.ts';
import type { CaseRow } from '../../../../src/lib/directory/data.ts';

const row = (id: string, published: string, body: string): CaseRow => ({
  id,
  pref_code: '13',
  title: `事例 <${id}> & "x"`,
  fiscal_year: 2024,
  industry: 'E',
  employees_band: '1-5',
  topics: ['pricing'],
  agencies: [],
  co_ids: [],
  outcome: '粗利率が改善した。',
  published,
  body,
});

describe('caseFeed', () => {
  const xml = caseFeed([row('cs-1', '2025-04-01', '## 見出し\n\n<script>x</script>')], {
    title: '成果事例',
    siteUrl: 'https://example.jp/portal/',
    feedUrl: 'https://example.jp/portal/cases/feed.xml',
    updated: '2026-04-01T00:00:00.000Z',
  });
  it('is an Atom feed with absolute entry URLs under the base path', () => {
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/,
    );
    expect(xml).toContain('<id>https://example.jp/portal/cases/cs-1/</id>');
    expect(xml).toContain('<published>2025-04-01T00:00:00+09:00</published>');
  });
  it('escapes titles and carries the body as escaped HTML, raw HTML disabled', () => {
    expect(xml).toContain('<title>事例 &#60;cs-1&#62; &#38; &#34;x&#34;</title>');
    expect(xml).toContain('&#60;h3&#62;見出し&#60;/h3&#62;');
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&#38;lt;script&#38;gt;');
  });
});
