// Build-time access to the published tables (`json/<table>.json` of the pipeline's output)
// for the pages, parsed with the contract (src/schemas/published/). Node-only: pages call
// these in their frontmatter, never in the browser. Each table is read once per build and
// directory; lookups go through indexes built once.
import type { JsonRow } from '../schemas/published/index.ts';
import type { MixDimension as AnyDimension } from '../schemas/published/consultations-by.ts';
import { loadPublishedTable, publishedDir } from './published.ts';

export type IndicatorRow = JsonRow<'indicators'>;
export type ReferenceRow = JsonRow<'reference_values'>;
export type ReferenceGroup = ReferenceRow['group_type'];
export type IntervalRow = JsonRow<'indicator_intervals'>;
export type AgencyRow = JsonRow<'consultations_by_agency'>;
/** The dimensions the pages show as a mix (the month is a trend, read elsewhere). */
export type MixDimension = Exclude<AnyDimension, 'month'>;

/** A row of a consultations_by_<dimension> table with its category under one name. */
export interface MixRow {
  fiscal_year: number;
  pref_code: string;
  /** '*' is the total; null is a consultation without the category recorded */
  category: string | null;
  consultations: number | null;
  businesses: number | null;
  status: AgencyRow['status'];
}

/** The tables the pages read (the contract's JSON tables of indicators and aggregates). */
type TableName =
  | 'indicators'
  | 'reference_values'
  | 'indicator_intervals'
  | 'rates'
  | 'coordinator_counts'
  | `consultations_by_${MixDimension}`
  | 'consultations_by_agency';

/** Reads and parses `json/<table>.json` of the published directory (once per build and directory). */
export function loadTable<N extends TableName>(
  name: N,
  dir: string = publishedDir(),
): JsonRow<N>[] {
  return loadPublishedTable(name, dir);
}

// Indexes, built once per directory.
const indexCache = new Map<string, unknown>();
function memo<T>(key: string, build: () => T): T {
  const full = `${publishedDir()}\u0000${key}`;
  if (!indexCache.has(full)) indexCache.set(full, build());
  return indexCache.get(full) as T;
}
const k = (...parts: (string | number | null)[]): string => parts.join('|');

/** Every fiscal year with published indicators, ascending. */
export function fiscalYears(): number[] {
  return memo('fiscalYears', () =>
    [...new Set(loadTable('indicators').map((r) => r.fiscal_year))].sort((a, b) => a - b),
  );
}

/** The latest fiscal year with published indicators. */
export function latestFiscalYear(): number {
  const years = fiscalYears();
  const last = years.at(-1);
  if (last === undefined) throw new Error('indicators.json has no rows');
  return last;
}

function indicatorIndex(): Map<string, IndicatorRow> {
  return memo(
    'indicators',
    () =>
      new Map(loadTable('indicators').map((r) => [k(r.fiscal_year, r.pref_code, r.indicator), r])),
  );
}

/** One published indicator value; a missing row is an error (the pipeline writes them all). */
export function indicatorValue(fy: number, pref: string, indicator: string): IndicatorRow {
  const row = indicatorIndex().get(k(fy, pref, indicator));
  if (!row) throw new Error(`indicators.json: no row for ${fy} ${pref} ${indicator}`);
  return row;
}

/** A centre's (or the nation's, `00`) values of one indicator over all fiscal years, ascending. */
export function indicatorSeries(pref: string, indicator: string): IndicatorRow[] {
  return fiscalYears().flatMap((fy) => {
    const row = indicatorIndex().get(k(fy, pref, indicator));
    return row ? [row] : [];
  });
}

/**
 * Reference values of an indicator for a centre and FY: the national group and the centre's
 * peer groups (bureau, size by consultations, size by coordinators).
 */
export function referenceValues(
  fy: number,
  pref: string,
  indicator: string,
): Partial<Record<ReferenceGroup, ReferenceRow>> {
  const index = memo(
    'reference_values',
    () =>
      new Map(
        loadTable('reference_values').map((r) => [
          k(
            r.fiscal_year,
            r.group_type === 'national' ? null : r.pref_code,
            r.indicator,
            r.group_type,
          ),
          r,
        ]),
      ),
  );
  const out: Partial<Record<ReferenceGroup, ReferenceRow>> = {};
  for (const group of ['national', 'bureau', 'size_consultations', 'size_coordinators'] as const) {
    const row = index.get(k(fy, group === 'national' ? null : pref, indicator, group));
    if (row) out[group] = row;
  }
  return out;
}

/** The 95% Wilson interval of a survey share, when the share is published. */
export function indicatorInterval(
  fy: number,
  pref: string,
  indicator: string,
): IntervalRow | undefined {
  const index = memo(
    'indicator_intervals',
    () =>
      new Map(
        loadTable('indicator_intervals').map((r) => [
          k(r.fiscal_year, r.pref_code, r.indicator),
          r,
        ]),
      ),
  );
  return index.get(k(fy, pref, indicator));
}

/** Coordinators in post at the end of the FY, or undefined when not published. */
export function coordinatorCount(fy: number, pref: string): number | undefined {
  const index = memo(
    'coordinator_counts',
    () =>
      new Map(
        loadTable('coordinator_counts').map((r) => [k(r.fiscal_year, r.pref_code), r.coordinators]),
      ),
  );
  return index.get(k(fy, pref));
}

/** Rows of a consultations_by_<dimension> table for one FY and centre (`00`: the nation). */
export function mixRows(dimension: MixDimension, fy: number, pref: string): MixRow[] {
  const index = memo(`mix:${dimension}`, () => {
    const map = new Map<string, MixRow[]>();
    for (const raw of loadTable(`consultations_by_${dimension}`)) {
      const row: MixRow = {
        fiscal_year: raw.fiscal_year,
        pref_code: raw.pref_code,
        category: (raw as Partial<Record<MixDimension, string | null>>)[dimension] ?? null,
        consultations: raw.consultations,
        businesses: raw.businesses,
        status: raw.status,
      };
      const key = k(row.fiscal_year, row.pref_code);
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
    return map;
  });
  return index.get(k(fy, pref)) ?? [];
}

/** An indicator per coordinator in post (count indicators only), when published. */
export function ratePerCo(fy: number, pref: string, indicator: string): number | null | undefined {
  const index = memo(
    'rates',
    () =>
      new Map(
        loadTable('rates').map((r) => [k(r.fiscal_year, r.pref_code, r.indicator), r.per_co]),
      ),
  );
  return index.get(k(fy, pref, indicator));
}

/** consultations_by_agency rows of one FY and centre (`00`: the nation). */
export function agencyRows(fy: number, pref: string): AgencyRow[] {
  const index = memo('consultations_by_agency', () => {
    const map = new Map<string, AgencyRow[]>();
    for (const row of loadTable('consultations_by_agency')) {
      const key = k(row.fiscal_year, row.pref_code);
      map.set(key, [...(map.get(key) ?? []), row]);
    }
    return map;
  });
  return index.get(k(fy, pref)) ?? [];
}
