// Build-time access to the published plan tables (format v1.1): targets (indicators.md,
// "Targets"), the centres' own initiatives and their offices. A published directory made
// from a v1 export has these tables empty, one made before v1.1 has none: both read as no
// rows, so every page works without them. Node-only, like published.ts.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { INITIATIVES_TABLE } from '../schemas/published/initiatives.ts';
import { TARGETS_TABLE } from '../schemas/published/targets.ts';
import { publishedDir, readPublishedJson } from './published.ts';

export type TargetRow = z.infer<typeof TARGETS_TABLE.row>;
export type InitiativeRow = z.infer<typeof INITIATIVES_TABLE.row>;

// The columns of offices.csv the pages read (format README, "offices.csv"); published whole.
const OfficeRow = z.object({
  pref_code: z.string(),
  office_id: z.string(),
  name: z.string(),
  main: z.union([z.boolean(), z.int()]).transform(Boolean),
  address: z.string(),
  phone: z.string().nullable().optional(),
  website: z.string().nullable().optional(),
  hours: z.string().nullable().optional(),
  online: z.union([z.boolean(), z.int()]).transform(Boolean),
});
export type OfficeRow = z.infer<typeof OfficeRow>;

const cache = new Map<string, unknown[]>();

/** The rows of `json/<name>.json` parsed with `row`; none when the table is not published. */
function planTable<T extends z.ZodType>(name: string, row: T, dir = publishedDir()): z.infer<T>[] {
  const path = resolve(dir, 'json', `${name}.json`);
  const cached = cache.get(path);
  if (cached) return cached as z.infer<T>[];
  const rows: z.infer<T>[] = [];
  if (existsSync(path)) {
    const parsed = z.array(row).safeParse(readPublishedJson(path, `${path} is missing`));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${path}: ${issue.path.join('.')}: ${issue.message}`);
    }
    rows.push(...parsed.data);
  }
  cache.set(path, rows);
  return rows;
}

export const targetRows = (): TargetRow[] => planTable('targets', TARGETS_TABLE.row.strict());
export const initiativeRows = (): InitiativeRow[] =>
  planTable('initiatives', INITIATIVES_TABLE.row.strict());
export const officeRows = (): OfficeRow[] => planTable('offices', OfficeRow);

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
