// The reader's language on the server (build time): each page is rendered inside
// `withLang(lang, …)` (src/middleware.ts), and `t()`, `currentLang()` and the code-list
// labels read it from here. An AsyncLocalStorage, not a module variable: Astro renders pages
// concurrently, and each render's awaited work keeps its own language (docs/i18n.md §2).
import { AsyncLocalStorage } from 'node:async_hooks';
import { setLanguageSource, type Lang, type LanguageState } from './index.ts';
import { dictionaries } from './translate.ts';

const states: Readonly<Record<Lang, LanguageState>> = {
  ja: { lang: 'ja', dictionary: dictionaries.ja },
  en: { lang: 'en', dictionary: dictionaries.en },
};
const store = new AsyncLocalStorage<Lang>();

setLanguageSource(() => states[store.getStore() ?? 'ja']);

/** Runs `render` (and everything it awaits) in `lang`. */
export function withLang<T>(lang: Lang, render: () => T): T {
  return store.run(lang, render);
}
