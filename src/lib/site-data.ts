// Build-time access to the published tables (`json/<table>.json` of the pipeline's output)
// for the pages. Node-only: pages call these in their frontmatter, never in the browser.
// Each table is read once per build and directory; lookups go through indexes built once.
import { resolve } from 'node:path';
import type { IndicatorStatus } from './indicators.ts';
import { publishedDir, readPublishedJson } from './published.ts';

export interface IndicatorRow {
  fiscal_year: number;
  pref_code: string;
  indicator: string;
  value: number | null;
  status: IndicatorStatus;
}

export type ReferenceGroup = 'national' | 'bureau' | 'size_consultations' | 'size_coordinators';

export interface ReferenceRow {
  fiscal_year: number;
  indicator: string;
  group_type: ReferenceGroup;
  /** null for the national group */
  pref_code: string | null;
  peers: string[];
  n_centres: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

export interface IntervalRow {
  fiscal_year: number;
  pref_code: string;
  indicator: string;
  n: number;
  positive: number;
  share: number;
  lower: number;
  upper: number;
}

export interface RateRow {
  fiscal_year: number;
  pref_code: string;
  indicator: string;
  per_co: number | null;
}

export interface CoordinatorCountRow {
  fiscal_year: number;
  pref_code: string;
  coordinators: number;
}

export type MixDimension = 'topic' | 'industry' | 'employees_band' | 'channel';

export interface MixRow {
  fiscal_year: number;
  pref_code: string;
  /** '*' is the total; null is a consultation without the category recorded */
  category: string | null;
  consultations: number | null;
  businesses: number | null;
  status: 'ok' | 'suppressed';
}

export interface AgencyRow {
  fiscal_year: number;
  pref_code: string;
  relation: 'referred' | 'joint';
  agency: string;
  consultations: number | null;
  businesses: number | null;
  status: 'ok' | 'suppressed';
}

interface Tables {
  indicators: IndicatorRow[];
  reference_values: ReferenceRow[];
  indicator_intervals: IntervalRow[];
  rates: RateRow[];
  coordinator_counts: CoordinatorCountRow[];
  consultations_by_topic: Record<string, unknown>[];
  consultations_by_industry: Record<string, unknown>[];
  consultations_by_employees_band: Record<string, unknown>[];
  consultations_by_channel: Record<string, unknown>[];
  consultations_by_agency: AgencyRow[];
}
type TableName = keyof Tables;

const tableCache = new Map<string, unknown>();

/** Reads `json/<table>.json` of the published directory (once per build and directory). */
export function loadTable<N extends TableName>(name: N, dir: string = publishedDir()): Tables[N] {
  const path = resolve(dir, 'json', `${name}.json`);
  const cached = tableCache.get(path);
  if (cached) return cached as Tables[N];
  const json = readPublishedJson(
    path,
    `No published table: ${path} does not exist.\n` +
      'Run `npm run pipeline -- --in <export dir> --out data/published` first, or point ' +
      'PORTAL_DATA at a published data directory.',
  );
  if (!Array.isArray(json)) throw new Error(`${path}: expected an array of rows`);
  tableCache.set(path, json);
  return json as Tables[N];
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
        fiscal_year: raw['fiscal_year'] as number,
        pref_code: raw['pref_code'] as string,
        category: (raw[dimension] ?? null) as string | null,
        consultations: (raw['consultations'] ?? null) as number | null,
        businesses: (raw['businesses'] ?? null) as number | null,
        status: raw['status'] as MixRow['status'],
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
