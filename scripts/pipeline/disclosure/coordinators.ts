// Coordinator profiles and per-coordinator figures (disclosure.md, "Coordinator profiles"):
// only coordinators with publish_consent, only the allowed profile columns (plus co_id,
// the key of a consenting coordinator's profile page), and figures only where they rest
// on at least 10 consultations or 10 answered surveys, with complementary suppression
// against the centre totals published elsewhere.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DisclosureSummary } from '../../../src/schemas/manifest.ts';
import {
  COORDINATOR_COLUMNS,
  COORDINATOR_FIGURES_TABLE,
  COORDINATORS_TABLE,
} from '../../../src/schemas/published/coordinators.ts';
import { MIN_FIGURE_BASE } from '../../../src/schemas/published/disclosure-rules.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { fiscalYear, query } from './sql.ts';

export { COORDINATOR_COLUMNS, MIN_FIGURE_BASE };

export type CoordinatorSummary = DisclosureSummary['coordinators'];

/** A figure hidden by the rule itself: no consent, or resting on fewer than the base. */
const hidden = (m: string) => `(${m} > 0 AND (NOT consent OR ${m} < ${MIN_FIGURE_BASE}))`;

/**
 * Complementary suppression. A centre's total less the figures shown for it is the sum of
 * its hidden figures; when that sum is one coordinator's figure, or below the base, it
 * would give away what the rule hides. Then the centre's smallest shown figure is hidden
 * too (one is always enough: it adds a second unknown and at least the base). Counted per
 * fiscal year and the coordinator's centre, for consultations and survey answers apart.
 */
function complement(m: string): string {
  const group = `PARTITION BY fy, pref_code`;
  const hiddenUnits = `count(*) FILTER (WHERE ${hidden(m)}) OVER (${group})`;
  const hiddenSum = `coalesce(sum(${m}) FILTER (WHERE ${hidden(m)}) OVER (${group}), 0)`;
  const candidate = `(consent AND ${m} >= ${MIN_FIGURE_BASE})`;
  const rank = `row_number() OVER (${group}, ${candidate} ORDER BY ${m}, co_id)`;
  return `(${candidate} AND ${hiddenUnits} > 0
    AND (${hiddenUnits} = 1 OR ${hiddenSum} < ${MIN_FIGURE_BASE}) AND ${rank} = 1)`;
}

const shown = (m: string) => `(consent AND ${m} >= ${MIN_FIGURE_BASE} AND NOT ${m}_complement)`;
const status = (m: string) =>
  `CASE WHEN ${shown(m)} THEN 'ok' WHEN f.${m} > 0 THEN 'suppressed' ELSE 'na' END`;

export async function buildCoordinators(
  conn: DuckDBConnection,
): Promise<{ tables: PublishedTable[]; summary: CoordinatorSummary }> {
  await conn.run(`
    CREATE OR REPLACE TABLE pub.coordinators AS
    SELECT ${COORDINATOR_COLUMNS.join(', ')} FROM coordinators
    WHERE publish_consent ORDER BY pref_code, co_id`);

  // Every coordinator's figures, consenting or not: the centre totals published elsewhere
  // (indicators.csv r6_consultations, indicator_intervals.csv r6_sat_satisfied n and
  // positive) count all of them.
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE co_figures_all AS
    WITH handled AS (
      SELECT co_id, ${fiscalYear('date')} AS fy, count(*) AS n FROM consultations GROUP BY ALL),
    rated AS (
      SELECT co_id, ${fiscalYear('date')} AS fy, count(q_satisfaction) AS answered,
        count(*) FILTER (WHERE q_satisfaction >= 4) AS satisfied
      FROM surveys GROUP BY ALL)
    SELECT f.co_id, f.fy, c.pref_code, c.publish_consent AS consent,
      coalesce(h.n, 0) AS n, coalesce(r.answered, 0) AS answered,
      coalesce(r.satisfied, 0) AS satisfied
    FROM (SELECT co_id, fy FROM handled UNION SELECT co_id, fy FROM rated) f
    JOIN coordinators c USING (co_id)
    LEFT JOIN handled h USING (co_id, fy) LEFT JOIN rated r USING (co_id, fy)`);

  await conn.run(`
    CREATE OR REPLACE TABLE pub.coordinator_figures AS
    WITH figures AS (
      SELECT *, ${complement('n')} AS n_complement, ${complement('answered')} AS answered_complement
      FROM co_figures_all)
    SELECT f.fy AS fiscal_year, f.pref_code, f.co_id,
      CASE WHEN ${shown('n')} THEN f.n END::INTEGER AS consultations,
      ${status('n')} AS consultations_status,
      CASE WHEN ${shown('answered')} THEN f.answered END::INTEGER AS survey_answers,
      CASE WHEN ${shown('answered')} THEN f.satisfied / f.answered END::DOUBLE
        AS satisfied_share,
      ${status('answered')} AS survey_status
    FROM figures f SEMI JOIN pub.coordinators p USING (co_id)
    ORDER BY fiscal_year, f.pref_code, f.co_id`);

  const [s] = await query<CoordinatorSummary>(
    conn,
    `SELECT (count(*) FILTER (WHERE publish_consent))::INTEGER AS published,
       (count(*) FILTER (WHERE NOT publish_consent))::INTEGER AS withheld_no_consent
     FROM coordinators`,
  );
  return { tables: [COORDINATORS_TABLE, COORDINATOR_FIGURES_TABLE], summary: s! };
}
