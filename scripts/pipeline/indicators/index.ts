// indicators.md, computed by the module the browser shares (src/lib/indicator-compute/)
// and stored as pub.indicators and pub.indicator_counts for the reference values,
// disclosure and writers.
import type { DuckDBConnection } from '@duckdb/node-api';
import { computeIndicatorRows } from '../../../src/lib/indicator-compute/index.ts';
import { INDICATORS_TABLE } from '../../../src/schemas/published/indicators.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { nodeSql } from '../ingest/stage-db.ts';

export { INDICATORS_TABLE };
/** n and positives behind each survey share (not published; the reference values read it). */
export const INDICATOR_COUNTS = 'pub.indicator_counts';

export async function computeIndicators(conn: DuckDBConnection): Promise<PublishedTable[]> {
  await conn.run(`CREATE SCHEMA IF NOT EXISTS pub`);
  const { indicators, counts } = await computeIndicatorRows(nodeSql(conn));
  await conn.run(
    `CREATE OR REPLACE TABLE pub.indicators (fiscal_year INTEGER, pref_code VARCHAR, indicator VARCHAR,
       value DOUBLE, status VARCHAR)`,
  );
  await conn.run(
    `CREATE OR REPLACE TABLE ${INDICATOR_COUNTS} (fiscal_year INTEGER, pref_code VARCHAR, indicator VARCHAR,
       n INTEGER, positive INTEGER)`,
  );
  const appender = await conn.createAppender('indicators', 'pub');
  for (const r of indicators) {
    appender.appendInteger(r.fiscal_year);
    appender.appendVarchar(r.pref_code);
    appender.appendVarchar(r.indicator);
    if (r.value === null) appender.appendNull();
    else appender.appendDouble(r.value);
    appender.appendVarchar(r.status);
    appender.endRow();
  }
  appender.closeSync();
  const appendCounts = await conn.createAppender('indicator_counts', 'pub');
  for (const r of counts) {
    appendCounts.appendInteger(r.fiscal_year);
    appendCounts.appendVarchar(r.pref_code);
    appendCounts.appendVarchar(r.indicator);
    appendCounts.appendInteger(r.n);
    appendCounts.appendInteger(r.positive);
    appendCounts.endRow();
  }
  appendCounts.closeSync();
  return [INDICATORS_TABLE];
}
