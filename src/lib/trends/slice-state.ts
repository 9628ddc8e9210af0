// /trends/ filtered in the browser (beyond the default view, DuckDB-WASM answers it): the
// slice a user picks, kept in the URL, and the quarterly rows (the microdata's period)
// computed from the drilldown engine's shown cells. Pure; the browser part is src/client/trends.ts.
import { DEFAULT_STATE, emptyFilters, type ExploreState } from '../explore/model.ts';
import { parseState } from '../explore/url-state.ts';
import { relativeChange } from './change.ts';
import { quarterBefore } from '../fiscal-quarter.ts';
import { quarterId, type Quarter } from './periods.ts';
import { THEMES } from './slices.ts';

/** The filters /trends/ offers (a subset of /explore/'s), plus a policy theme. */
export const SLICE_FILTERS = ['bureau', 'centre', 'industry', 'band', 'channel'] as const;

export interface TrendSlice {
  filters: ExploreState['filters'];
  /** a policy theme id of src/data/policy-themes.json, or null */
  theme: string | null;
}

export function parseSlice(query: string): TrendSlice {
  const params = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const f of SLICE_FILTERS) {
    const v = params.get(f);
    if (v) kept.set(f, v);
  }
  const filters = { ...emptyFilters(), ...parseState(kept.toString()).filters };
  const theme = params.get('theme');
  return { filters, theme: THEMES.some((t) => t.id === theme) ? theme : null };
}

export function serialiseSlice(s: TrendSlice): string {
  const params = new URLSearchParams();
  for (const f of SLICE_FILTERS) if (s.filters[f].length) params.set(f, s.filters[f].join(','));
  if (s.theme) params.set('theme', s.theme);
  return params.toString().replace(/%2C/g, ',');
}

/** The /explore/ state of a slice by quarter (the theme becomes a topic filter). */
export function sliceState(s: TrendSlice): ExploreState {
  const theme = THEMES.find((t) => t.id === s.theme);
  return {
    ...DEFAULT_STATE,
    dims: ['quarter'],
    filters: { ...s.filters, topic: theme ? theme.topics.map((t) => t.code) : [] },
  };
}

export interface SliceQuarter {
  /** YYYY-Qn */
  quarter: string;
  value: number | null;
  yearBefore: number | null;
  change: number | null;
}

/**
 * Quarters with each value beside the same quarter a year earlier. `values` maps a quarter
 * to its shown count or null (hidden); a quarter absent there had no consultations (0).
 */
export function sliceQuarters(
  values: Map<string, number | null>,
  quarters: string[],
): SliceQuarter[] {
  const at = (q: string) => (values.has(q) ? values.get(q)! : 0);
  return quarters.map((quarter) => {
    const value = at(quarter);
    const yearBefore = at(quarterBefore(quarter));
    return { quarter, value, yearBefore, change: relativeChange(yearBefore, value) };
  });
}

/** A quarter's value or its year-before value; null when hidden or not in `rows`. */
export function quarterTotal(
  rows: SliceQuarter[],
  q: Quarter,
  pick: 'value' | 'yearBefore',
): number | null {
  return rows.find((r) => r.quarter === quarterId(q))?.[pick] ?? null;
}
