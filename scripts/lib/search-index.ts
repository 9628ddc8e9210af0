// After `astro build`: Pagefind indexes the pages marked data-pagefind-body (coordinator
// profiles, support menus, case studies, initiatives, the centres' latest-year pages) of both
// editions into dist/pagefind/. Pagefind keeps one index per <html lang>: the Japanese pages
// (lang="ja", segmented as Japanese by the extended build) and the English ones under en/
// (lang="en", stemmed as English); a search page loads the index of its own language.
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { ROOT, type Step } from './steps.ts';

/** Only these pages carry data-pagefind-body; reading the others (charts) only costs time. */
export const INDEXED_TYPES = ['coordinators', 'menus', 'cases', 'initiatives', 'centers'] as const;
// The English initiative pages are the centres' Japanese text under English labels: an
// English query cannot match the text, and /en/initiatives/ filters them by kind, region and
// topic. Left out of the English index, they save one fragment file each (2,280 nationally,
// 12% of the national dist's files; docs/i18n.md §6).
export const ENGLISH_INDEXED_TYPES = INDEXED_TYPES.filter((type) => type !== 'initiatives');
const INDEXED = `{${[...INDEXED_TYPES, ...ENGLISH_INDEXED_TYPES.map((type) => `en/${type}`)].join(',')}}/*/index.html`;

async function buildSearchIndex(distDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: distDir, glob: INDEXED });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: resolve(distDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function searchIndexStep(): Step {
  return {
    label: 'search index (Pagefind) → dist/pagefind/',
    run: async () => {
      const pages = await buildSearchIndex(resolve(ROOT, 'dist'));
      console.log(`${pages} pages indexed`);
    },
  };
}
