// The UI strings of either language, for pages built in both editions (docs/i18n.md). Kept
// out of ./index.ts so the browser bundles, which import `t` from there, stay Japanese-only.
import { en } from './en.ts';
import { ja } from './ja.ts';
import { fill, japaneseText, type Lang, type MessageKey, type Translate } from './index.ts';

export const dictionaries: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = {
  ja,
  en,
};

const english: Translate = (key, params = {}) => fill(key, en[key], params);

/**
 * The UI strings of `lang`, with `{name}` placeholders replaced from `params`. A value to
 * pass down, never a module-level "current language": pages may render interleaved, or in
 * parallel workers that share no module state.
 */
export function translator(lang: Lang): Translate {
  return lang === 'en' ? english : japaneseText;
}
