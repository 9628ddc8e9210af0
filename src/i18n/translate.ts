// The UI strings of either language, for pages built in both editions (docs/i18n.md). Kept
// out of ./index.ts so the browser bundles, which import `t` from there, stay Japanese-only.
import { en } from './en.ts';
import { ja } from './ja.ts';
import { t, type Lang, type MessageKey, type Translate } from './index.ts';

export const dictionaries: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  ja,
  en,
};

const english: Translate = (key, params = {}) =>
  en[key].replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`i18n: missing parameter {${name}} for ${key}`);
    return String(value);
  });

/**
 * The UI strings of `lang`, with `{name}` placeholders replaced from `params`. A value to
 * pass down, never a module-level "current language": pages may render interleaved, or in
 * parallel workers that share no module state.
 */
export function translator(lang: Lang): Translate {
  return lang === 'en' ? english : t;
}
