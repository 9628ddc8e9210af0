// After `astro build`: Pagefind indexes the pages marked data-pagefind-body (coordinator
// profiles, support menus, case studies, initiatives, the centres' latest-year pages) into
// dist/pagefind/. The pages say lang="ja" (Base.astro), which makes Pagefind's extended build
// segment Japanese at index time.
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { ROOT, type Step } from './steps.ts';

/** Only these pages carry data-pagefind-body; reading the others (charts) only costs time. */
const INDEXED = '{coordinators,menus,cases,initiatives,centers}/*/index.html';

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
