// Which specialties a site-search query names: a topic's official name, one of its parts
// ("販路開拓" of "販路開拓・マーケティング") or an everyday word for it (synonyms.json). For such a
// query a partner agency is looking for a coordinator, so profiles with that specialty come
// first (src/client/search.ts); any other query keeps Pagefind's order.
import synonyms from '../directory/synonyms.json' with { type: 'json' };
import { vocab } from '../vocab.ts';

const topicWords: Record<string, string[]> = synonyms.topics;

/** NFKC, no case, no spaces: "ＩＴ導入" and "it導入 " name the same thing as "IT導入". */
export const normaliseQuery = (q: string): string =>
  q.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Topic codes the whole query names (none for a query of several words or a free phrase). */
export function specialtiesNamed(query: string): string[] {
  const q = normaliseQuery(query);
  if (q === '') return [];
  return vocab.topics
    .filter((topic) =>
      [topic.name, ...topic.name.split('・'), ...(topicWords[topic.code] ?? [])].some(
        (word) => normaliseQuery(word) === q,
      ),
    )
    .map((topic) => topic.code);
}
