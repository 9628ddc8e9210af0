// /trends/ filtered in the browser (beyond the default view, DuckDB-WASM answers it): the
// slice a user picks, kept in the URL, and the monthly rows computed from the drilldown
// engine's shown cells. Pure; the browser part is src/client/trends.ts.
import { DEFAULT_STATE, emptyFilters, type ExploreState } from '../explore/model.ts';
import { parseState } from '../explore/url-state.ts';
import { relativeChange } from './change.ts';
import type { Quarter } from './periods.ts';
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

/** The /explore/ state of a slice by month (the theme becomes a topic filter). */
export function sliceState(s: TrendSlice): ExploreState {
  const theme = THEMES.find((t) => t.id === s.theme);
  return {
    ...DEFAULT_STATE,
    dims: ['month'],
    filters: { ...s.filters, topic: theme ? theme.topics.map((t) => t.code) : [] },
  };
}

export interface SliceMonth {
  month: string;
  value: number | null;
  yearBefore: number | null;
  change: number | null;
}

const before = (m: string) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;

/**
 * Months with each value beside the same month a year earlier. `values` maps a month to
 * its shown count or null (hidden); a month absent there had no consultations (0).
 */
export function sliceMonths(values: Map<string, number | null>, months: string[]): SliceMonth[] {
  const at = (m: string) => (values.has(m) ? values.get(m)! : 0);
  return months.map((month) => {
    const value = at(month);
    const yearBefore = at(before(month));
    return { month, value, yearBefore, change: relativeChange(yearBefore, value) };
  });
}

/** A quarter's sum, or null when any of its months is hidden. */
export function quarterTotal(
  rows: SliceMonth[],
  q: Quarter,
  pick: 'value' | 'yearBefore',
): number | null {
  const ms = rows.filter((r) => r.month >= q.from && r.month <= q.to);
  if (ms.length !== 3 || ms.some((r) => r[pick] === null)) return null;
  return ms.reduce((a, r) => a + r[pick]!, 0);
}
