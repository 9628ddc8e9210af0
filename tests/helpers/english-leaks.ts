// Japanese text on an English page that is not marked as Japanese: every text node and
// every human-read attribute (aria-label, title, alt, placeholder, meta description) whose
// nearest `lang` ancestor is not `ja`. People's own words (bios, case studies, names) are
// allowed when wrapped in an element with lang="ja" (issue 17 §2, docs/i18n.md §3).
import { parseHTML } from 'linkedom';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;
const READ_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'];
// Not text a reader meets: data blocks, styles, the switch to the other edition.
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export interface Leak {
  /** a CSS-like path to the element */
  where: string;
  text: string;
}

function langOf(el: Element | null): string | null {
  for (let e = el; e; e = e.parentElement) {
    const lang = e.getAttribute('lang');
    if (lang !== null) return lang;
  }
  return null;
}

function pathOf(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < 4; e = e.parentElement) {
    const id = e.getAttribute('id');
    const cls = e.getAttribute('class')?.split(/\s+/)[0];
    parts.unshift(`${e.tagName.toLowerCase()}${id ? `#${id}` : cls ? `.${cls}` : ''}`);
  }
  return parts.join(' > ');
}

// The head's title and description are plain text, where no lang="ja" can mark a person's
// name; Japanese there is accepted only as words the page marks lang="ja" in its body.
function unmarked(value: string, marked: readonly string[]): string {
  return marked.reduce((rest, words) => rest.split(words).join(''), value);
}

/** The Japanese text of `html` (an English page) outside lang="ja" elements. */
export function englishLeaks(html: string): Leak[] {
  const { document } = parseHTML(html);
  const leaks: Leak[] = [];
  const marked = Array.from(document.querySelectorAll('body [lang^="ja"]'))
    .map((e) => (e.textContent ?? '').trim())
    .filter((text) => text.length > 0)
    .sort((a, b) => b.length - a.length);
  const visit = (el: Element) => {
    if (SKIP.has(el.tagName)) return;
    if (el.getAttribute('lang')?.startsWith('ja')) return;
    for (const name of READ_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && JAPANESE.test(value))
        leaks.push({ where: `${pathOf(el)}[${name}]`, text: value });
    }
    if (el.tagName === 'META' && el.getAttribute('name') === 'description') {
      const value = el.getAttribute('content') ?? '';
      if (JAPANESE.test(unmarked(value, marked))) {
        leaks.push({ where: 'meta[description]', text: value });
      }
    }
    if (el.tagName === 'TITLE') {
      const value = el.textContent ?? '';
      if (JAPANESE.test(unmarked(value, marked))) leaks.push({ where: 'title', text: value });
      return;
    }
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        const text = (node.textContent ?? '').trim();
        if (text && JAPANESE.test(text) && langOf(el) !== 'ja') {
          leaks.push({ where: pathOf(el), text: text.slice(0, 120) });
        }
      } else if (node.nodeType === 1) {
        visit(node as Element);
      }
    }
  };
  visit(document.documentElement);
  return leaks;
}
