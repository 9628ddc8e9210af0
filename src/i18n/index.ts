import { en } from './en.ts';
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

export const dictionaries: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  ja,
  en,
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function fill(template: string, key: MessageKey, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: missing parameter {${name}} for ${key}`);
    return String(value);
  });
}

// One function per language, made once: a value to pass around, never a module-level
// "current language" (pages may render interleaved, or in parallel workers).
const translators: Readonly<Record<Lang, Translate>> = {
  ja: (key, params = {}) => fill(ja[key], key, params),
  en: (key, params = {}) => fill(en[key], key, params),
};

/** The UI strings of `lang`, with `{name}` placeholders replaced from `params`. */
export function translator(lang: Lang): Translate {
  return translators[lang];
}

/** The Japanese UI string for `key`, with `{name}` placeholders replaced from `params`. */
export const t: Translate = translators.ja;
