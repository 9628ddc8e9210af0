// The site search's state in the URL (?q=…&type=coordinator&type=menu), so a result list can
// be bookmarked, shared and restored by the back button.
export const RESULT_TYPES = ['coordinator', 'centre', 'menu', 'case', 'initiative'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

export interface SearchState {
  q: string;
  /** Empty: every type. */
  types: ResultType[];
}

const isType = (v: string): v is ResultType => (RESULT_TYPES as readonly string[]).includes(v);

export function parseSearchState(params: URLSearchParams): SearchState {
  const asked = new Set(params.getAll('type').filter(isType));
  return {
    q: (params.get('q') ?? '').trim(),
    types: RESULT_TYPES.filter((type) => asked.has(type)),
  };
}

export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const type of state.types) params.append('type', type);
  return params;
}
