// Pure statistics shared by the pipeline (scripts/pipeline/indicators/reference-values.ts) and the
// browser, so a page that recomputes a reference value or an interval gets the published
// number. No Node imports.

/** Two-sided 95% normal quantile, Φ⁻¹(0.975). */
export const Z_95 = 1.959963984540054;

/**
 * The p-quantile of `values` by Hyndman & Fan type 7 (linear interpolation between order
 * statistics: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]) on the sorted values),
 * the definition of R's default `quantile`, NumPy's default `percentile` and DuckDB's
 * `quantile_cont`. Null for no values. The input is not modified.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  if (values.some((v) => !Number.isFinite(v))) {
    throw new RangeError('quantile: values must be finite numbers');
  }
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const x = sorted[lo]!;
  // Same arithmetic as DuckDB (lo + (hi − lo)·d), so both give the same double.
  return lo === hi ? x : x + (sorted[hi]! - x) * (h - lo);
}

export interface Quartiles {
  n: number;
  q1: number;
  median: number;
  q3: number;
}

/** Median and quartiles (type 7, as `quantile`), or null for no values. */
export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  return {
    n: values.length,
    q1: quantile(values, 0.25)!,
    median: quantile(values, 0.5)!,
    q3: quantile(values, 0.75)!,
  };
}

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for a share of `positive` out of `n` answers (Wilson 1927):
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n). Null for n = 0 (no interval). At
 * p̂ = 0 the lower bound is exactly 0 and at p̂ = 1 the upper bound exactly 1, where
 * rounding could otherwise leave them a hair outside [0, 1].
 */
export function wilson(positive: number, n: number, z: number = Z_95): Interval | null {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`wilson: n must be a count, got ${n}`);
  if (!Number.isInteger(positive) || positive < 0 || positive > n) {
    throw new RangeError(`wilson: positive must be a count in [0, n], got ${positive} of ${n}`);
  }
  if (!(z > 0)) throw new RangeError(`wilson: z must be positive, got ${z}`);
  if (n === 0) return null;
  const p = positive / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    lower: positive === 0 ? 0 : Math.max(0, centre - half),
    upper: positive === n ? 1 : Math.min(1, centre + half),
  };
}
