// Addresses of the two editions: Japanese at today's paths, English under `/en/` (docs/i18n.md).
// Pure functions of the pathname and the BASE setting, so pages, the language switch and the
// hreflang links compute the twin of a page the same way.
import { currentLang, DEFAULT_LANG, isLang, LANGS, type Lang } from './index.ts';

/** The language of a `[...lang]` route parameter: absent for Japanese, `en` for English. */
export function langParam(param: string | undefined): Lang {
  if (param === undefined || param === '') return DEFAULT_LANG;
  if (isLang(param) && param !== DEFAULT_LANG) return param;
  throw new Error(`i18n: no edition for the path segment "${param}"`);
}

/** The route parameter that builds `lang`'s edition (getStaticPaths). */
export function langSegment(lang: Lang): string | undefined {
  return lang === DEFAULT_LANG ? undefined : lang;
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The path below BASE and the language prefix: `/en/data/` and `/data/` both give `data/`. */
function splitPath(pathname: string, base: string): { lang: Lang; rest: string } {
  const root = withSlash(base);
  if (!pathname.startsWith(root)) {
    throw new Error(`i18n: ${pathname} is not under the base ${root}`);
  }
  const inner = pathname.slice(root.length);
  const first = inner.split('/')[0] ?? '';
  if (
    isLang(first) &&
    first !== DEFAULT_LANG &&
    (inner === first || inner.startsWith(`${first}/`))
  ) {
    return { lang: first, rest: inner.slice(first.length + 1) };
  }
  return { lang: DEFAULT_LANG, rest: inner };
}

/** The language of the page at `pathname`. */
export function langOfPath(pathname: string, base: string): Lang {
  return splitPath(pathname, base).lang;
}

/** The address of the page at `pathname` (either edition) in `lang`'s edition. */
export function localePath(lang: Lang, pathname: string, base: string): string {
  const { rest } = splitPath(pathname, base);
  const prefix = lang === DEFAULT_LANG ? '' : `${lang}/`;
  return `${withSlash(base)}${prefix}${rest}`;
}

export interface Alternate {
  hreflang: Lang | 'x-default';
  href: string;
}

/**
 * The `<link rel="alternate" hreflang>` set of a page, identical on both editions: every
 * language, then `x-default` naming the Japanese edition (the portal's first audience).
 * Absolute, from SITE, like the canonical link.
 */
export function alternates(pathname: string, base: string, site: URL | string): Alternate[] {
  const href = (lang: Lang) => new URL(localePath(lang, pathname, base), site).href;
  return [
    { hreflang: 'ja', href: href('ja') },
    { hreflang: 'en', href: href('en') },
    { hreflang: 'x-default', href: href(DEFAULT_LANG) },
  ];
}

/**
 * The root of the reader's edition, for links to pages: BASE for Japanese, BASE + `en/` for
 * English. Links to files (downloads, data, icons) stay on BASE: both editions share them.
 */
export function pageBase(base: string = import.meta.env.BASE_URL): string {
  const root = withSlash(base);
  const lang = currentLang();
  return lang === DEFAULT_LANG ? root : `${root}${lang}/`;
}

/** getStaticPaths() for both editions: every path once per language (`lang` param). */
export function inBothEditions<P extends { params: Record<string, string | undefined> }>(
  paths: readonly P[],
): P[] {
  return LANGS.flatMap((lang) =>
    paths.map((p) => ({ ...p, params: { ...p.params, lang: langSegment(lang) } })),
  );
}
