// The browser's UI strings: Japanese, unless the page carries its own (an English page
// writes the strings its scripts use into #ui-strings, components/UiStrings.astro). Import
// this first in every client entry, so the strings are in place before any `t()`.
import { setLanguageSource, type Lang, type LanguageState } from '../i18n/index.ts';
import { ja, type MessageKey } from '../i18n/ja.ts';

interface Carried {
  lang: Lang;
  strings: Partial<Record<MessageKey, string>>;
}

const block = typeof document === 'undefined' ? null : document.getElementById('ui-strings');
if (block?.textContent) {
  const carried = JSON.parse(block.textContent) as Carried;
  // Keys the page did not carry fall back to Japanese rather than failing.
  const state: LanguageState = { lang: carried.lang, dictionary: { ...ja, ...carried.strings } };
  setLanguageSource(() => state);
}
