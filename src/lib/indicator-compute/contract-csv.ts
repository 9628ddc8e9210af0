// indicators.csv as the output contract shows it (indicators.md; example/expected_
// indicators.csv): UTF-8 without BOM, LF, a header row, numbers as Python's repr(float)
// writes them. The pipeline writes the published file with it, the workspace the
// centre's download.
import type { IndicatorRow } from './index.ts';

export const INDICATORS_CSV_HEADER = 'fiscal_year,pref_code,indicator,value,status';

/**
 * A double as Python's repr(float) writes it, which is how the contract's example was
 * written (`16.0`, `0.5833333333333334`, `1e-07`): the shortest digits that read back to
 * the same double; positional between 1e-4 and 1e16 (integers with '.0'), otherwise
 * `d.ddde±XX`. JavaScript switches to exponents elsewhere (1e-7, 1e21), so only its digits
 * are used.
 */
export function contractNumber(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`indicator value ${x} is not a finite number`);
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, exponent] = x.toExponential().split('e') as [string, string];
  const sign = x < 0 ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const e = Number(exponent);
  if (e < -4 || e >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (e < 0) return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
  const whole = digits.slice(0, e + 1).padEnd(e + 1, '0');
  return `${sign}${whole}.${digits.slice(e + 1) || '0'}`;
}

/** One data line of indicators.csv (without its newline). */
export const indicatorsCsvLine = (r: IndicatorRow): string =>
  `${r.fiscal_year},${r.pref_code},${r.indicator},${r.value === null ? '' : contractNumber(r.value)},${r.status}`;
