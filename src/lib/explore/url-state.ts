// The builder's state in the URL query, so a view can be shared and bookmarked. Parsing is a
// whitelist: only known measures, dimensions and codes survive, so nothing from a URL
// reaches SQL except values the vocabulary defines.
import {
  CODE_FILTER_IDS,
  CODE_FILTERS,
  DEFAULT_STATE,
  DIMENSION_IDS,
  emptyFilters,
  MAX_DIMENSIONS,
  MEASURE_IDS,
  type DimensionId,
  type ExploreState,
  type MeasureId,
} from './model.ts';
import { QUARTER, quarterOfMonth } from '../fiscal-quarter.ts';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;

const list = (params: URLSearchParams, key: string): string[] =>
  (params.get(key) ?? '').split(',').filter((s) => s !== '');

/** Keeps the allowed values, once each, in the allowed order. */
const pick = <T extends string>(values: string[], allowed: readonly T[]): T[] =>
  allowed.filter((a) => values.includes(a));

export function parseState(query: string): ExploreState {
  const params = new URLSearchParams(query);
  const measures = pick(list(params, 'm'), MEASURE_IDS);
  // Dimensions keep the order given (it decides rows vs. colour), at most two, no repeats.
  // A link from before the microdata carried quarters: its month dimension is the quarter.
  const dims = [...new Set(list(params, 'd').map((d) => (d === 'month' ? 'quarter' : d)))]
    .filter((d): d is DimensionId => (DIMENSION_IDS as string[]).includes(d))
    .slice(0, MAX_DIMENSIONS);
  const fy = [
    ...new Set(
      list(params, 'fy')
        .filter((y) => YEAR.test(y))
        .map(Number),
    ),
  ].sort();
  // A month (an older link) stands for its quarter.
  const quarter = (key: string) => {
    const v = params.get(key);
    if (v !== null && QUARTER.test(v)) return v;
    return v !== null && MONTH.test(v) ? quarterOfMonth(v) : null;
  };
  const filters = emptyFilters();
  for (const id of CODE_FILTER_IDS) filters[id] = pick(list(params, id), CODE_FILTERS[id]);
  const given = params.has('m') || params.has('d');
  return {
    measures: measures.length > 0 ? measures : [...DEFAULT_STATE.measures],
    dims: given ? dims : [...DEFAULT_STATE.dims],
    fy,
    quarterFrom: quarter('from'),
    quarterTo: quarter('to'),
    filters,
  };
}

/** The canonical query string (without '?'); parseState(serialiseState(s)) equals s. */
export function serialiseState(state: ExploreState): string {
  const params = new URLSearchParams();
  params.set('m', state.measures.join(','));
  params.set('d', state.dims.join(','));
  if (state.fy.length) params.set('fy', state.fy.join(','));
  if (state.quarterFrom) params.set('from', state.quarterFrom);
  if (state.quarterTo) params.set('to', state.quarterTo);
  for (const id of CODE_FILTER_IDS) {
    if (state.filters[id].length) params.set(id, state.filters[id].join(','));
  }
  // Commas read better in a shared link than %2C and are safe in a query.
  return params.toString().replace(/%2C/g, ',');
}

export type { ExploreState, MeasureId };
