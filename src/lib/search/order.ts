// Result order of the site search (search quality, "specialty queries").

/**
 * The results in `preferred` first, in their own order, then the others in theirs. Both lists
 * come from the same Pagefind query, so `preferred` is a subset; ids that are not in `all`
 * (a stale second answer) are dropped rather than shown twice.
 */
export function preferFirst<T>(all: readonly T[], preferred: readonly T[]): T[] {
  const inAll = new Set(all);
  const first = [...new Set(preferred)].filter((id) => inAll.has(id));
  const chosen = new Set(first);
  return [...first, ...all.filter((id) => !chosen.has(id))];
}
