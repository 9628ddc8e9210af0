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
const INDEXED = `{${INDEXED_TYPES.flatMap((type) => [type, `en/${type}`]).join(',')}}/*/index.html`;

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
