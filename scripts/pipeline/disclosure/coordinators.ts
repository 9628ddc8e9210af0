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
import { fiscalYear, lit, query } from './sql.ts';

export { COORDINATOR_COLUMNS, MIN_FIGURE_BASE };

export type CoordinatorSummary = DisclosureSummary['coordinators'];

/**
 * Complementary suppression (Hundepool et al., Statistical Disclosure Control, 2012:
 * the p% rule on a remainder). A centre's published total (r6_consultations; for surveys
 * the answered q_satisfaction of r6_sat_satisfied) less the figures shown for it is the
 * sum of its hidden ones: coordinators below the base, coordinators without consent, and
 * whatever has no coordinator. That remainder gives a hidden coordinator's figure away
 * when the rest of it is less than P_PERCENT of the figure (exactly, when it is the only
 * one), and says too much when it is below the base while figures are shown beside it.
 * Then the centre's smallest shown figures of that year are hidden too, one at a time,
 * until neither holds (all of them, if that is never reached).
 */
export const P_PERCENT = 10;

export interface FigureGroup {
  /** the centre's published total for the year */
  total: number;
  figures: { co_id: string; value: number; consent: boolean }[];
}

/** The co_ids whose shown figure must be hidden as well, for one centre and year. */
export function complementOf(g: FigureGroup): string[] {
  const shownRule = (f: FigureGroup['figures'][number]) => f.consent && f.value >= MIN_FIGURE_BASE;
  const candidates = g.figures
    .filter(shownRule)
    .sort((a, b) => a.value - b.value || (a.co_id < b.co_id ? -1 : 1));
  const hidden = g.figures.filter((f) => f.value > 0 && !shownRule(f));
  if (hidden.length === 0) return [];
  let rest = g.total - candidates.reduce((s, f) => s + f.value, 0);
  let largest = Math.max(...hidden.map((f) => f.value));
  const safe = (k: number) =>
    (rest - largest) * 100 >= P_PERCENT * largest &&
    (rest >= MIN_FIGURE_BASE || k === candidates.length);
  let k = 0;
  while (!safe(k) && k < candidates.length) {
    rest += candidates[k]!.value;
    largest = Math.max(largest, candidates[k]!.value);
    k++;
  }
  return candidates.slice(0, k).map((f) => f.co_id);
}

/** Per measure, the (co_id, fy) pairs complementary suppression hides: a temp table. */
async function complementTable(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    'CREATE OR REPLACE TEMP TABLE co_complement (co_id VARCHAR, fy INTEGER, measure VARCHAR)',
  );
  for (const [measure, totals] of [
    [
      'n',
      `SELECT ${fiscalYear('date')} AS fy, pref_code, count(*) AS t FROM consultations GROUP BY ALL`,
    ],
    [
      'answered',
      `SELECT ${fiscalYear('date')} AS fy, pref_code, count(q_satisfaction) AS t FROM surveys GROUP BY ALL`,
    ],
  ] as const) {
    const rows = await query<{
      fy: number;
      pref_code: string;
      t: number;
      co_id: string | null;
      value: number | null;
      consent: boolean | null;
    }>(
      conn,
      `SELECT t.fy, t.pref_code, t.t, f.co_id, f.${measure} AS value, f.consent
       FROM (${totals}) t LEFT JOIN co_figures_all f USING (fy, pref_code)
       ORDER BY t.fy, t.pref_code, f.co_id`,
    );
    const groups = new Map<string, FigureGroup & { fy: number }>();
    for (const r of rows) {
      const key = `${r.fy}|${r.pref_code}`;
      if (!groups.has(key)) groups.set(key, { fy: r.fy, total: r.t, figures: [] });
      if (r.co_id !== null)
        groups
          .get(key)!
          .figures.push({ co_id: r.co_id, value: r.value ?? 0, consent: !!r.consent });
    }
    const hide = [...groups.values()].flatMap((g) =>
      complementOf(g).map((co) => `(${lit(co)}, ${g.fy}, ${lit(measure)})`),
    );
    for (let i = 0; i < hide.length; i += 1000)
      await conn.run(`INSERT INTO co_complement VALUES ${hide.slice(i, i + 1000).join(', ')}`);
  }
}

const shown = (m: string) =>
  `(consent AND ${m} >= ${MIN_FIGURE_BASE} AND NOT EXISTS (SELECT 1 FROM co_complement x
     WHERE x.co_id = f.co_id AND x.fy = f.fy AND x.measure = '${m}'))`;
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

  await complementTable(conn);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.coordinator_figures AS
    SELECT f.fy AS fiscal_year, f.pref_code, f.co_id,
      CASE WHEN ${shown('n')} THEN f.n END::INTEGER AS consultations,
      ${status('n')} AS consultations_status,
      CASE WHEN ${shown('answered')} THEN f.answered END::INTEGER AS survey_answers,
      CASE WHEN ${shown('answered')} THEN f.satisfied / f.answered END::DOUBLE
        AS satisfied_share,
      ${status('answered')} AS survey_status
    FROM co_figures_all f SEMI JOIN pub.coordinators p USING (co_id)
    ORDER BY fiscal_year, f.pref_code, f.co_id`);

  const [s] = await query<CoordinatorSummary>(
    conn,
    `SELECT (count(*) FILTER (WHERE publish_consent))::INTEGER AS published,
       (count(*) FILTER (WHERE NOT publish_consent))::INTEGER AS withheld_no_consent
     FROM coordinators`,
  );
  return { tables: [COORDINATORS_TABLE, COORDINATOR_FIGURES_TABLE], summary: s! };
}
