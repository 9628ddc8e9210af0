import { ja, type MessageKey } from './ja.ts';

export type { MessageKey };

/** The languages of the portal: Japanese at today's addresses, English under /en/. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';
/** Each language by its own name, for the switch (shown with `lang` set to that language). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { ja: '日本語', en: 'English' };

export type MessageParams = Record<string, string | number>;
/** A UI string lookup bound to one language; pages create one and pass it down. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

// The reader's language comes from a source: Japanese unless one is set. On the server,
// src/i18n/server.ts sets one that reads the language of the page being rendered (an
// AsyncLocalStorage entered by src/middleware.ts per page); in the browser, an English page
// sets one from the strings it carries (src/client/ui-strings.ts). This module imports no
// other dictionary, so the browser bundles stay Japanese-only.
export interface LanguageState {
  lang: Lang;
  dictionary: Readonly<Record<MessageKey, string>>;
}
const japanese: LanguageState = { lang: 'ja', dictionary: ja };
let source: () => LanguageState = () => japanese;

/** Sets where `t()` and `currentLang()` read the reader's language (once per runtime). */
export function setLanguageSource(next: () => LanguageState): void {
  source = next;
}

/** The language of the page being rendered (or shown, in the browser). */
export function currentLang(): Lang {
  return source().lang;
}

/** Fills `{name}` placeholders of `template` (the message `key`) from `params`. */
export function fill(key: MessageKey, template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: missing parameter {${name}} for ${key}`);
    return String(value);
  });
}

/** The Japanese UI string for `key`, whatever the reader's language. */
export function japaneseText(key: MessageKey, params: MessageParams = {}): string {
  return fill(key, ja[key], params);
}

/** The UI string for `key` in the reader's language, `{name}` placeholders filled. */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const { dictionary } = source();
  return fill(key, dictionary[key] ?? ja[key], params);
}
