// Coordinator profiles and per-coordinator figures (disclosure.md, "Coordinator profiles"):
// only coordinators with publish_consent, only the allowed profile columns (plus co_id,
// the key of a consenting coordinator's profile page), and figures only where they rest
// on at least 10 consultations or 10 answered surveys.
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

const status = (n: string) =>
  `CASE WHEN ${n} >= ${MIN_FIGURE_BASE} THEN 'ok' WHEN ${n} > 0 THEN 'suppressed' ELSE 'na' END`;

export async function buildCoordinators(
  conn: DuckDBConnection,
): Promise<{ tables: PublishedTable[]; summary: CoordinatorSummary }> {
  await conn.run(`
    CREATE OR REPLACE TABLE pub.coordinators AS
    SELECT ${COORDINATOR_COLUMNS.join(', ')} FROM coordinators
    WHERE publish_consent ORDER BY pref_code, co_id`);

  await conn.run(`
    CREATE OR REPLACE TABLE pub.coordinator_figures AS
    WITH handled AS (
      SELECT c.co_id, ${fiscalYear('c.date')} AS fy, count(*) AS n
      FROM consultations c SEMI JOIN pub.coordinators p ON p.co_id = c.co_id
      GROUP BY ALL),
    rated AS (
      SELECT s.co_id, ${fiscalYear('s.date')} AS fy, count(s.q_satisfaction) AS answered,
        count(*) FILTER (WHERE s.q_satisfaction >= 4) AS satisfied
      FROM surveys s SEMI JOIN pub.coordinators p ON p.co_id = s.co_id
      GROUP BY ALL),
    figures AS (
      SELECT co_id, fy, coalesce(h.n, 0) AS n, coalesce(r.answered, 0) AS answered,
        coalesce(r.satisfied, 0) AS satisfied
      FROM handled h FULL JOIN rated r USING (co_id, fy))
    SELECT f.fy AS fiscal_year, p.pref_code, f.co_id,
      CASE WHEN f.n >= ${MIN_FIGURE_BASE} THEN f.n END::INTEGER AS consultations,
      ${status('f.n')} AS consultations_status,
      CASE WHEN f.answered >= ${MIN_FIGURE_BASE} THEN f.answered END::INTEGER AS survey_answers,
      CASE WHEN f.answered >= ${MIN_FIGURE_BASE} THEN f.satisfied / f.answered END::DOUBLE
        AS satisfied_share,
      ${status('f.answered')} AS survey_status
    FROM figures f JOIN pub.coordinators p USING (co_id)
    ORDER BY fiscal_year, p.pref_code, f.co_id`);

  const [s] = await query<CoordinatorSummary>(
    conn,
    `SELECT (count(*) FILTER (WHERE publish_consent))::INTEGER AS published,
       (count(*) FILTER (WHERE NOT publish_consent))::INTEGER AS withheld_no_consent
     FROM coordinators`,
  );
  return { tables: [COORDINATORS_TABLE, COORDINATOR_FIGURES_TABLE], summary: s! };
}
