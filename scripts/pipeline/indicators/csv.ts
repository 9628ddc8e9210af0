// indicators.csv as the output contract shows it (src/lib/indicator-compute/contract-csv.ts),
// rows in contract order: fiscal year, centres 01–47, then the nation 00, indicators in
// their defined order.
import { createWriteStream } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { INDICATOR_IDS } from '../../../src/lib/indicators.ts';
import { NATION_CODE } from '../../../src/schemas/codes.ts';
import {
  INDICATORS_CSV_HEADER,
  indicatorsCsvLine,
} from '../../../src/lib/indicator-compute/contract-csv.ts';
import type { IndicatorRow } from '../../../src/lib/indicator-compute/index.ts';
import { rows } from '../ingest/stage-db.ts';

export async function writeIndicatorsCsv(conn: DuckDBConnection, path: string): Promise<number> {
  const order = INDICATOR_IDS.map((id, i) => `('${id}', ${i})`).join(', ');
  const all = await rows<IndicatorRow>(
    conn,
    `SELECT i.* FROM pub.indicators i JOIN (VALUES ${order}) o(id, pos) ON o.id = i.indicator
     ORDER BY fiscal_year, pref_code = '${NATION_CODE}', pref_code, pos`,
  );
  const out = createWriteStream(path);
  out.write(`${INDICATORS_CSV_HEADER}\n`);
  for (const r of all) out.write(`${indicatorsCsvLine(r)}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return all.length;
}
