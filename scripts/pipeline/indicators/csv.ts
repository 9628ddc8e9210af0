// indicators.csv as the output contract shows it (indicators.md; example/expected_
// indicators.csv): UTF-8 without BOM, header row, rows in contract order (fiscal year,
// centres 01–47, then the nation 00, indicators in their defined order), numbers as
// Python's repr(float) writes them (contractNumber).
import { createWriteStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { INDICATOR_IDS } from '../../../src/lib/indicators.ts';
import { NATION_CODE } from '../../../src/schemas/codes.ts';
import { rows } from '../ingest/stage-db.ts';

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

export async function writeIndicatorsCsv(conn: DuckDBConnection, path: string): Promise<number> {
  const order = INDICATOR_IDS.map((id, i) => `('${id}', ${i})`).join(', ');
  const all = await rows<{
    fiscal_year: number;
    pref_code: string;
    indicator: string;
    value: number | null;
    status: string;
  }>(
    conn,
    `SELECT i.* FROM pub.indicators i JOIN (VALUES ${order}) o(id, pos) ON o.id = i.indicator
     ORDER BY fiscal_year, pref_code = '${NATION_CODE}', pref_code, pos`,
  );
  const out = createWriteStream(path);
  out.write('fiscal_year,pref_code,indicator,value,status\n');
  for (const r of all) {
    out.write(
      `${r.fiscal_year},${r.pref_code},${r.indicator},${r.value === null ? '' : contractNumber(r.value)},${r.status}\n`,
    );
  }
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return all.length;
}
