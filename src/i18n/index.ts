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

// The Japanese lookup stays here, alone: the browser bundles (src/client/) import it and must
// not carry the English dictionary. Other languages: translator() in ./translate.ts.

/** The UI string for `key`, with `{name}` placeholders replaced from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return ja[key].replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: missing parameter {${name}} for ${key}`);
    return String(value);
  });
}
