// Peer groups for reference values (report §6: each centre is compared first with its own
// past; other centres' figures are reference values, "not a ranking"). A peer group is a
// set of *other* centres: a centre is never its own peer. Members are listed by pref_code,
// never by any indicator value.
import { vocab, type Centre } from '../../../src/lib/vocab.ts';

/** How many centres a size-based peer group holds. */
const SIZE_PEERS = 5;

/** The other centres under the same bureau (経済産業局, vocab centers.bureau). */
export function bureauPeers(pref: string, centres: readonly Centre[] = vocab.centres): string[] {
  const own = centres.find((c) => c.pref_code === pref);
  if (!own) throw new RangeError(`bureauPeers: '${pref}' is not a centre`);
  return centres
    .filter((c) => c.bureau === own.bureau && c.pref_code !== pref)
    .map((c) => c.pref_code)
    .sort();
}

/** 'log': relative size, |ln a − ln x| (sizes must be > 0); 'absolute': |a − x|. */
export type Distance = 'log' | 'absolute';

/**
 * Which of sizes `a` and `b` is nearer to `x`: negative when `a` is.
 * Log distances are compared as ratios, max(a,x)/min(a,x) against max(b,x)/min(b,x), by
 * cross-multiplying, so equal ratios (200 and 50 around 100) tie exactly instead of by a
 * rounding error, and the tie goes to pref_code.
 */
function compareDistance(kind: Distance, x: number, a: number, b: number): number {
  if (kind === 'absolute') return Math.abs(a - x) - Math.abs(b - x);
  return Math.max(a, x) * Math.min(b, x) - Math.max(b, x) * Math.min(a, x);
}

const eligible = (kind: Distance, v: number | undefined): v is number =>
  v !== undefined && Number.isFinite(v) && (kind === 'log' ? v > 0 : v >= 0);

/**
 * The `k` other centres nearest to `pref` in size, ties broken by the lower pref_code;
 * returned sorted by pref_code. `sizes` holds only centres with a usable size; a centre
 * without one (or, for 'log', with size 0) neither gets nor joins a size group.
 */
export function nearestPeers(
  pref: string,
  sizes: ReadonlyMap<string, number>,
  kind: Distance,
  k: number = SIZE_PEERS,
): string[] {
  const x = sizes.get(pref);
  if (!eligible(kind, x)) return [];
  const candidates: [string, number][] = [];
  for (const [code, size] of sizes) {
    if (code !== pref && eligible(kind, size)) candidates.push([code, size]);
  }
  candidates.sort(
    ([ca, a], [cb, b]) => compareDistance(kind, x, a, b) || (ca < cb ? -1 : ca > cb ? 1 : 0),
  );
  return candidates
    .slice(0, k)
    .map(([code]) => code)
    .sort();
}
