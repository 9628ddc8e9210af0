// Which excerpt a search result shows: the words people wrote (a bio, a menu description, a
// case or initiative body), not the profile's field values. Pagefind splits a page into
// sub-results at headings with an id; the written text sits under these ids. The page also
// carries that text as the `summary` meta (data-pagefind-meta), for a hit elsewhere.
export const WRITTEN_SECTIONS = ['bio', 'text', 'body'] as const;
/** Characters of the summary shown: about two lines, as long as Pagefind's excerpts. */
export const SUMMARY_LENGTH = 60;

export interface ExcerptSource {
  excerpt: string;
  meta?: Record<string, string>;
  sub_results?: { url: string; excerpt: string }[];
}
/** Pagefind's HTML (text and <mark> only, see excerptNodes), or plain text. */
export type Excerpt = { html: string } | { text: string };

const anchorOf = (url: string): string => url.slice(url.indexOf('#') + 1 || url.length);

/** The text on one line, cut at `length` characters with an ellipsis. */
export function summaryText(text: string, length = SUMMARY_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= length ? line : `${chars.slice(0, length).join('')}…`;
}

/**
 * The excerpt of the first written section with a hit (Pagefind marks hits with <mark>);
 * else the start of the written text (the hit was in a field: a specialty, a centre, which
 * the result's facts and title show); else the page's excerpt, whose field labels are not
 * indexed (data-pagefind-ignore).
 */
export function chooseExcerpt(result: ExcerptSource): Excerpt {
  const written = (result.sub_results ?? []).find(
    (s) =>
      (WRITTEN_SECTIONS as readonly string[]).includes(anchorOf(s.url)) &&
      s.excerpt.includes('<mark>'),
  );
  if (written) return { html: written.excerpt };
  const summary = summaryText(result.meta?.['summary'] ?? '');
  return summary !== '' ? { text: summary } : { html: result.excerpt };
}
