import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { Z_95, quantile, quartiles, wilson } from '../../../src/lib/stats.ts';

describe('wilson', () => {
  it('gives the textbook interval for 90 of 100', () => {
    const w = wilson(90, 100)!;
    expect(w.lower).toBeCloseTo(0.8256, 4);
    expect(w.upper).toBeCloseTo(0.9448, 4);
  });

  // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I,
  // method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i → [%f, %f] (Newcombe 1998)', (k, n, lower, upper) => {
    const w = wilson(k, n)!;
    expect(w.lower).toBeCloseTo(lower, 4);
    expect(w.upper).toBeCloseTo(upper, 4);
  });

  it('uses z = Φ⁻¹(0.975) by default', () => {
    expect(Z_95).toBe(1.959963984540054);
    expect(wilson(90, 100)).toEqual(wilson(90, 100, Z_95));
    const wider = wilson(90, 100, 2.576)!;
    expect(wider.lower).toBeLessThan(wilson(90, 100)!.lower);
  });

  it('has no interval without answers', () => {
    expect(wilson(0, 0)).toBeNull();
  });

  it('ends exactly at 0 for p = 0 and at 1 for p = 1', () => {
    expect(wilson(0, 10)).toEqual({ lower: 0, upper: expect.closeTo(0.2775, 4) });
    expect(wilson(10, 10)).toEqual({ lower: expect.closeTo(0.7225, 4), upper: 1 });
    for (const n of [1, 7, 10, 333, 100000]) {
      expect(wilson(0, n)!.lower).toBe(0);
      expect(wilson(n, n)!.upper).toBe(1);
      expect(wilson(0, n)!.upper).toBeGreaterThan(0);
      expect(wilson(n, n)!.lower).toBeLessThan(1);
    }
  });

  it('contains the share, stays in [0, 1] and mirrors k ↔ n − k', () => {
    for (const n of [1, 2, 10, 37, 1000]) {
      for (let k = 0; k <= n; k += Math.max(1, Math.floor(n / 13))) {
        const w = wilson(k, n)!;
        expect(w.lower).toBeGreaterThanOrEqual(0);
        expect(w.upper).toBeLessThanOrEqual(1);
        expect(w.lower).toBeLessThanOrEqual(k / n);
        expect(w.upper).toBeGreaterThanOrEqual(k / n);
        const m = wilson(n - k, n)!;
        expect(w.lower).toBeCloseTo(1 - m.upper, 12);
      }
    }
  });

  it('rejects what is not a count', () => {
    expect(() => wilson(11, 10)).toThrow(RangeError);
    expect(() => wilson(-1, 10)).toThrow(RangeError);
    expect(() => wilson(1.5, 10)).toThrow(RangeError);
    expect(() => wilson(1, -1)).toThrow(RangeError);
    expect(() => wilson(1, 10, 0)).toThrow(RangeError);
  });
});

describe('quantile (type 7)', () => {
  it('interpolates between order statistics (hand-computed)', () => {
    // h = (n − 1)p: n = 4 → h = 0.75, 1.5, 2.25
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2], 0.75)).toBe(3.25);
    // n = 5 → h = 1, 2, 3: order statistics themselves
    expect(quartiles([160, 10, 80, 20, 40])).toEqual({ n: 5, q1: 20, median: 40, q3: 80 });
    // n = 10 → h = 2.25, 4.5, 6.75
    expect(quartiles([8, 9, 10, 11, 12, 14, 15, 19, 20, 22])).toEqual({
      n: 10,
      q1: 10.25,
      median: 13,
      q3: 18,
    });
    expect(quantile([3, 1, 2], 0.1)).toBeCloseTo(1.2, 12);
  });

  it('gives the minimum, the maximum and a single value', () => {
    expect(quantile([5, -2, 9], 0)).toBe(-2);
    expect(quantile([5, -2, 9], 1)).toBe(9);
    expect(quartiles([7])).toEqual({ n: 1, q1: 7, median: 7, q3: 7 });
  });

  it('is null without values and does not reorder its input', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quartiles([])).toBeNull();
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('rejects a p outside [0, 1] and values that are not finite', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => quantile([1, 2], Number.NaN)).toThrow(RangeError);
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => quantile([1, Infinity], 0.5)).toThrow(RangeError);
  });

  it("gives the same doubles as DuckDB's quantile_cont", async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    try {
      for (let t = 0; t < 200; t++) {
        const n = 1 + Math.floor(random() * 47);
        const xs = Array.from({ length: n }, () =>
          t % 2 ? Math.round(random() * 5000) : random() * 3 - 1,
        );
        // Quoted literals are parsed as DOUBLE, not DECIMAL, so DuckDB sees the same doubles.
        const list = xs.map((x) => `'${x}'::DOUBLE`).join(', ');
        const r = await conn.runAndReadAll(
          `SELECT quantile_cont(x, 0.25) AS q1, quantile_cont(x, 0.5) AS median,
                  quantile_cont(x, 0.75) AS q3 FROM unnest([${list}]) t(x)`,
        );
        const { q1, median, q3 } = r.getRowObjectsJS()[0]!;
        expect(quartiles(xs)).toEqual({ n, q1, median, q3 });
      }
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
