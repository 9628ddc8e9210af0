// Faceted filtering shared by the build (initial counts) and the browser (src/client/
// facets.ts): an item matches when, for every facet with a selection, it has at least one
// selected value (AND across facets, OR within one). A value's count is how many items
// would match if it were added: the other facets' selections apply, its own does not.

/** An item's values per facet key, e.g. { topic: ['succession'], pref: ['13'] }. */
export type FacetValues = Readonly<Record<string, readonly string[]>>;
/** Selected values per facet key; a facet absent or empty does not filter. */
export type Selection = ReadonlyMap<string, ReadonlySet<string>>;

export function parseSelection(params: URLSearchParams, facetKeys: readonly string[]): Selection {
  const selection = new Map<string, Set<string>>();
  for (const key of facetKeys) {
    const values = params.getAll(key).filter((v) => v !== '');
    if (values.length > 0) selection.set(key, new Set(values));
  }
  return selection;
}

/** The query string for a selection (facets in the given order) and an optional text query. */
export function selectionToParams(
  selection: Selection,
  facetKeys: readonly string[],
  q = '',
): URLSearchParams {
  const params = new URLSearchParams();
  if (q.trim() !== '') params.set('q', q.trim());
  for (const key of facetKeys) for (const v of selection.get(key) ?? []) params.append(key, v);
  return params;
}

export function matches(item: FacetValues, selection: Selection, except?: string): boolean {
  for (const [key, wanted] of selection) {
    if (key === except || wanted.size === 0) continue;
    if (!(item[key] ?? []).some((v) => wanted.has(v))) return false;
  }
  return true;
}

/** For each facet key, the count of matching items per value. */
export function facetCounts(
  items: readonly FacetValues[],
  selection: Selection,
  facetKeys: readonly string[],
): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const key of facetKeys) {
    const perValue = new Map<string, number>();
    for (const item of items) {
      if (!matches(item, selection, key)) continue;
      for (const v of new Set(item[key] ?? [])) perValue.set(v, (perValue.get(v) ?? 0) + 1);
    }
    counts.set(key, perValue);
  }
  return counts;
}
