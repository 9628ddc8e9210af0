// Which specialties a site-search query names: a topic's official name, one of its parts
// ("販路開拓" of "販路開拓・マーケティング") or an everyday word for it. For such a query a partner
// agency is looking for a coordinator, so profiles with that specialty come first
// (src/client/search.ts); any other query keeps Pagefind's order. No imports: this runs in
// the browser with the word table the page carries (specialty-words.ts).

export interface SpecialtyWords {
  code: string;
  name: string;
  words: string[];
}

/** NFKC, no case, no spaces: "ＩＴ導入" and "it導入 " name the same thing as "IT導入". */
export const normaliseQuery = (q: string): string =>
  q.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * The specialties the query names, as a whole or by one of its words ("事業承継 北海道": Pagefind
 * finds pages with both words, and among them the coordinators with the specialty come first).
 */
export function specialtiesNamed(
  query: string,
  table: readonly SpecialtyWords[],
): SpecialtyWords[] {
  const asked = new Set(
    [query, ...query.normalize('NFKC').split(/\s+/)].map(normaliseQuery).filter((w) => w !== ''),
  );
  return table.filter((s) => s.words.some((word) => asked.has(normaliseQuery(word))));
}
