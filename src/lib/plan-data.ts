// Build-time access to the published plan tables (format v1.1): targets (indicators.md,
// "Targets"), the centres' own initiatives and their offices. A v1 export publishes them
// empty, and every page reads an empty table as "none published". Node-only (published.ts).
import { loadPublishedTable } from './published.ts';
import type { JsonRow } from '../schemas/published/index.ts';

export type TargetRow = JsonRow<'targets'>;
export type InitiativeRow = JsonRow<'initiatives'>;
export type OfficeRow = JsonRow<'offices'>;

export const targetRows = (): TargetRow[] => loadPublishedTable('targets');
export const initiativeRows = (): InitiativeRow[] => loadPublishedTable('initiatives');
export const officeRows = (): OfficeRow[] => loadPublishedTable('offices');

/** A centre's target for one indicator and FY, if its plan has one. */
export function targetOf(fy: number, pref: string, indicator: string): TargetRow | undefined {
  return targetRows().find(
    (r) => r.fiscal_year === fy && r.pref_code === pref && r.indicator === indicator,
  );
}

/** A centre's initiatives of one FY, in the published order (by id). */
export const initiativesOf = (pref: string, fy: number): InitiativeRow[] =>
  initiativeRows().filter((r) => r.pref_code === pref && r.fiscal_year === fy);

/** A centre's offices, the main office first, then in the published order. */
export const officesOf = (pref: string): OfficeRow[] =>
  officeRows()
    .filter((r) => r.pref_code === pref)
    .sort((a, b) => Number(b.main) - Number(a.main));
