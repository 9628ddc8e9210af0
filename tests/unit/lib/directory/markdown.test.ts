import { describe, expect, it } from 'vitest';
import { renderCaseBody } from '../../../../src/lib/directory/markdown.ts';

describe('renderCaseBody', () => {
  it('renders Markdown, with headings below the page h2', () => {
    expect(renderCaseBody('## 成果\n\n**売上**が増えた。')).toBe(
      '<h3>成果</h3>\n<p><strong>売上</strong>が増えた。</p>\n',
    );
  });
  it('turns raw HTML into text', () => {
    const html = renderCaseBody('<script>alert(1)</script>\n\n本文 <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
  it('makes no javascript:, vbscript: or data: links', () => {
    const html = renderCaseBody(
      '[a](javascript:alert(1)) [b](vbscript:x) [c](data:text/html;base64,AAAA) <javascript:alert(1)>',
    );
    expect(html).not.toContain('href');
  });
  it('keeps ordinary links, marked nofollow', () => {
    expect(renderCaseBody('[機構](https://www.smrj.go.jp/)')).toContain(
      '<a href="https://www.smrj.go.jp/" rel="nofollow noopener noreferrer">機構</a>',
    );
  });
  it('shows images as their alt text so nothing is loaded', () => {
    const html = renderCaseBody('![写真 <b>](https://example.com/a.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('写真 &lt;b&gt;');
  });
});
