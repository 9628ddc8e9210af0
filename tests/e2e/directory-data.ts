// The directory tables of the data the e2e build used (`node scripts/build.ts --fixture`),
// so expectations are derived from what was published, never hard-coded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CaseRow,
  CoordinatorFigureRow,
  CoordinatorRow,
  MenuRow,
} from '../../src/lib/directory/data.ts';
import { menuSlug } from '../../src/lib/directory/slug.ts';
import { parseCsvText } from '../../src/lib/csv/parse-text.ts';

// E2E_PUBLISHED points the search-quality spec at another build's data (README: national).
const publishedDir =
  process.env['E2E_PUBLISHED'] ?? new URL('.build/published/', import.meta.url).pathname;
const read = <T>(name: string): T =>
  JSON.parse(readFileSync(join(publishedDir, 'json', `${name}.json`), 'utf8'));

export const published = {
  coordinators: read<CoordinatorRow[]>('coordinators'),
  menus: read<MenuRow[]>('support_menus'),
  cases: read<CaseRow[]>('cases'),
  figures: read<CoordinatorFigureRow[]>('coordinator_figures'),
};

/** Rows of the export's coordinators.csv (all coordinators, consenting or not). */
export function exportedCoordinators(): Record<string, string>[] {
  const text = readFileSync(new URL('.build/export/coordinators.csv', import.meta.url), 'utf8');
  const [header, ...rows] = parseCsvText(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

export const coUrl = (id: string) => `/coordinators/${id}/`;
export const menuUrl = (id: string) => `/menus/${menuSlug(id)}/`;
export const caseUrl = (id: string) => `/cases/${id}/`;
