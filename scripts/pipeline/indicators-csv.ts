// indicators.csv as the output contract shows it (indicators.md; example/expected_
// indicators.csv): UTF-8 without BOM, header row, rows in contract order (fiscal year,
// centres 01–47, then the nation 00, indicators in their defined order), numbers as the
// shortest text that reads back to the same double, integers with '.0'.
import { createWriteStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { INDICATOR_IDS } from '../../src/lib/indicators.ts';
import { rows } from './stage-db.ts';

/** The shortest round-trip text of a double, in the style of Python's repr(float). */
export function contractNumber(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return x.toFixed(1);
  return String(x).replace(/e([+-])(\d)$/, 'e$10$2');
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
     ORDER BY fiscal_year, pref_code = '00', pref_code, pos`,
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
