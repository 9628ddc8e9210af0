// Every page renders in the language of its address: /en/… in English, the rest in Japanese
// (docs/i18n.md). Runs at build time for the prerendered pages.
import { defineMiddleware } from 'astro:middleware';
import { langOfPath } from './i18n/paths.ts';
import { withLang } from './i18n/server.ts';

export const onRequest = defineMiddleware((context, next) =>
  withLang(langOfPath(context.url.pathname, import.meta.env.BASE_URL), () => next()),
);
