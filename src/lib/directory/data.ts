// Build-time access to the directory tables the pipeline publishes (disclosure.md,
// "Coordinator profiles" and "Support menus and case studies as given"): coordinators.json
// holds consenting coordinators only, and menus' and cases' co_ids are already reduced to
// them. Parsed with the contract (src/schemas/published/). Node-only; pages call these in
// their frontmatter.
import type { JsonRow } from '../../schemas/published/index.ts';
import { loadPublishedTable, publishedDir } from '../published.ts';

export type CoordinatorRow = JsonRow<'coordinators'>;
export type CoordinatorFigureRow = JsonRow<'coordinator_figures'>;
export type MenuRow = JsonRow<'support_menus'>;
export type MenuFormat = MenuRow['format'];
export type CaseRow = JsonRow<'cases'>;

type DirectoryTable = 'coordinators' | 'coordinator_figures' | 'support_menus' | 'cases';

const cache = new Map<string, unknown>();

function memo<T>(key: string, build: () => T): T {
  const full = `${publishedDir()}\u0000${key}`;
  if (!cache.has(full)) cache.set(full, build());
  return cache.get(full) as T;
}

/** Reads and parses `json/<name>.json` (the contract's row schema; once per build). */
const table = <N extends DirectoryTable>(name: N): JsonRow<N>[] => loadPublishedTable(name);

function groupBy<T>(rows: readonly T[], keys: (row: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    for (const key of keys(row)) {
      const list = out.get(key);
      if (list) list.push(row);
      else out.set(key, [row]);
    }
  }
  return out;
}

/** Consenting coordinators in the published order (prefecture JIS code, then co_id). */
export const coordinators = (): CoordinatorRow[] => table('coordinators');
export const supportMenus = (): MenuRow[] => table('support_menus');
/** Case studies, newest first (published date, then id). */
export const cases = (): CaseRow[] =>
  memo('casesNewest', () =>
    [...table('cases')].sort(
      (a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id),
    ),
  );

export function coordinatorById(): Map<string, CoordinatorRow> {
  return memo('coById', () => new Map(coordinators().map((c) => [c.co_id, c])));
}

/** A coordinator's figures by fiscal year, ascending. */
export function figuresOf(coId: string): CoordinatorFigureRow[] {
  const byCo = memo('figuresByCo', () => groupBy(table('coordinator_figures'), (r) => [r.co_id]));
  return [...(byCo.get(coId) ?? [])].sort((a, b) => a.fiscal_year - b.fiscal_year);
}

export function menusOf(coId: string): MenuRow[] {
  return memo('menusByCo', () => groupBy(supportMenus(), (m) => m.co_ids)).get(coId) ?? [];
}

export function casesOf(coId: string): CaseRow[] {
  return memo('casesByCo', () => groupBy(cases(), (c) => c.co_ids)).get(coId) ?? [];
}

export function menusOfCentre(pref: string): MenuRow[] {
  return memo('menusByPref', () => groupBy(supportMenus(), (m) => [m.pref_code])).get(pref) ?? [];
}

export function casesOfCentre(pref: string): CaseRow[] {
  return memo('casesByPref', () => groupBy(cases(), (c) => [c.pref_code])).get(pref) ?? [];
}

export function coordinatorsOfCentre(pref: string): CoordinatorRow[] {
  return memo('cosByPref', () => groupBy(coordinators(), (c) => [c.pref_code])).get(pref) ?? [];
}

/** The menus that mention a case's topics at the case's centre (cases name no menu_id). */
export function menusForCase(c: CaseRow): MenuRow[] {
  const coIds = new Set(c.co_ids);
  return menusOfCentre(c.pref_code).filter(
    (m) => m.co_ids.some((id) => coIds.has(id)) && m.topics.some((t) => c.topics.includes(t)),
  );
}
