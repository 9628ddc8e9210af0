// Which pages exist in English so far: the page types converted to `src/pages/[...lang]/`
// (docs/i18n.md). English pages link to the English twin of these and to the Japanese page
// of the rest; the list grows as page types are converted and goes when all are.
import { DEFAULT_LANG, type Lang } from './index.ts';
import { localePath } from './paths.ts';

/** Paths below BASE (and below `en/`) of the page types with an English edition. */
export const ENGLISH_PAGE_TYPES: readonly string[] = [
  '',
  'centers/',
  'compare/',
  'coordinators/',
  'menus/',
  'cases/',
  'initiatives/',
  'search/',
  'trends/',
  'explore/',
  'methodology/',
  'data/',
];

export function hasEnglish(rest: string): boolean {
  // Pages only: their addresses end with a slash; files (downloads, feeds) are shared.
  const page = rest === '' || rest.endsWith('/');
  return (
    page &&
    ENGLISH_PAGE_TYPES.some((type) => rest === type || (type !== '' && rest.startsWith(type)))
  );
}

/**
 * Where a link to `rest` (a path below BASE, Japanese form) goes from a page in `lang`, and
 * the `hreflang` to mark it with when it leads to the other language.
 */
export function editionLink(
  lang: Lang,
  rest: string,
  base: string,
): { href: string; hreflang: Lang | undefined } {
  const ja = `${base.endsWith('/') ? base : `${base}/`}${rest}`;
  if (lang === DEFAULT_LANG) return { href: ja, hreflang: undefined };
  if (hasEnglish(rest)) return { href: localePath(lang, ja, base), hreflang: undefined };
  return { href: ja, hreflang: DEFAULT_LANG };
}
