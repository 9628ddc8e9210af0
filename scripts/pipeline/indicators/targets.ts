// targets (indicators.md, "Targets"): one row per plans.csv row, the target beside the
// published indicator value of that centre and year. A target never reveals a suppressed
// figure: value, ratio and met are empty unless the value's status is ok; a year without
// any consultation has no indicator rows, and its targets are `na`.
import type { DuckDBConnection } from '@duckdb/node-api';
import { createWriteStream } from 'node:fs';
import { INDICATORS } from '../../../src/lib/indicators.ts';
import { SIGNED_TARGETS } from '../../../src/schemas/plans.ts';
import { TARGETS_TABLE } from '../../../src/schemas/published/targets.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { rows } from '../ingest/stage-db.ts';
import { contractNumber } from '../../../src/lib/indicator-compute/contract-csv.ts';

export { TARGETS_TABLE };

/**
 * Indicators whose achievement is a ratio: the counts and amounts, not the shares
 * (r6_sat_*, r8_selfdrive, r8_outlook) nor the two that may be negative.
 */
export const RATIO_INDICATORS = INDICATORS.filter(
  (i) =>
    i.framework !== 'funnel' &&
    i.kind !== 'share' &&
    !(SIGNED_TARGETS as readonly string[]).includes(i.id),
).map((i) => i.id);

const ids = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]::VARCHAR[]`;

/** Creates pub.targets from the staged plans and pub.indicators (computeIndicators first). */
export async function computeTargets(conn: DuckDBConnection): Promise<PublishedTable> {
  await conn.run(`
    CREATE OR REPLACE TABLE pub.targets AS
    SELECT p.fiscal_year, p.pref_code, p.indicator, p.target,
      CASE WHEN i.status = 'ok' THEN i.value END AS value,
      coalesce(i.status::VARCHAR, 'na') AS status,
      CASE WHEN i.status = 'ok' AND p.target > 0 AND list_contains(${ids(RATIO_INDICATORS)}, p.indicator)
        THEN i.value / p.target END AS ratio,
      CASE WHEN i.status = 'ok' THEN (i.value >= p.target)::INTEGER END AS met
    FROM plans p LEFT JOIN pub.indicators i
      ON i.fiscal_year = p.fiscal_year AND i.pref_code = p.pref_code AND i.indicator = p.indicator
    ORDER BY p.fiscal_year, p.pref_code, p.indicator`);
  return TARGETS_TABLE;
}

/**
 * targets.csv as the contract's example writes it (example/expected_targets.csv), like
 * indicators.csv: UTF-8 without BOM, LF, numbers as repr(float) (contractNumber), rows
 * by fiscal year, centre and indicator id.
 */
export async function writeTargetsCsv(conn: DuckDBConnection, path: string): Promise<number> {
  const all = await rows<{
    fiscal_year: number;
    pref_code: string;
    indicator: string;
    target: number;
    value: number | null;
    status: string;
    ratio: number | null;
    met: number | null;
  }>(conn, `SELECT * FROM pub.targets ORDER BY fiscal_year, pref_code, indicator`);
  const n = (x: number | null) => (x === null ? '' : contractNumber(x));
  const out = createWriteStream(path);
  out.write('fiscal_year,pref_code,indicator,target,value,status,ratio,met\n');
  for (const r of all) {
    out.write(
      `${r.fiscal_year},${r.pref_code},${r.indicator},${n(r.target)},${n(r.value)},${r.status},${n(r.ratio)},${r.met ?? ''}\n`,
    );
  }
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return all.length;
}
