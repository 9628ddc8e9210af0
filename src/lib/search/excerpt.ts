// Which excerpt a search result shows: the words people wrote (a bio, a menu description, a
// case or initiative body), not the profile's field values. Pagefind splits a page into
// sub-results at headings with an id; the written text sits under these ids.
export const WRITTEN_SECTIONS = ['bio', 'text', 'body'] as const;

export interface ExcerptSource {
  excerpt: string;
  sub_results?: { url: string; excerpt: string }[];
}

const anchorOf = (url: string): string => url.slice(url.indexOf('#') + 1 || url.length);

/**
 * The excerpt of the first written section with a hit (Pagefind marks hits with <mark>), else
 * the page's own excerpt: a query that only matches a field (a specialty, a centre) still
 * shows where, and the field's label is never indexed (data-pagefind-ignore).
 */
export function chooseExcerpt(result: ExcerptSource): string {
  const written = (result.sub_results ?? []).find(
    (s) =>
      (WRITTEN_SECTIONS as readonly string[]).includes(anchorOf(s.url)) &&
      s.excerpt.includes('<mark>'),
  );
  return written?.excerpt ?? result.excerpt;
}
