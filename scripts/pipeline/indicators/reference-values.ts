// Reference values (report §6): each centre compares itself first with its own past; other
// centres' figures are only reference values, "not a ranking". From pub.indicators, the
// indicator counts and the normalised coordinators table this stage makes
//   pub.coordinator_counts  CCOs + COs in post at the end of each fiscal year
//   pub.rates               per-CO rates of the count and business indicators
//   pub.reference_values    median and quartiles of other centres: national and peer groups
//   pub.indicator_intervals 95% Wilson intervals of the survey shares
// Quantiles and intervals come from src/lib/stats.ts, the code the browser runs too. No
// rank, percentile position or value-ordering of centres is computed or published.
import type { DuckDBConnection } from '@duckdb/node-api';
import { quartiles, wilson } from '../../../src/lib/stats.ts';
import { prefCodes } from '../../../src/lib/vocab.ts';
import { NATION_CODE } from '../../../src/schemas/codes.ts';
import { INDICATOR_COUNTS } from './index.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { bureauPeers, nearestPeers } from './peers.ts';
import {
  GROUP_TYPES,
  RATE_INDICATORS,
  REFERENCE_TABLES,
  SURVEY_SHARES,
} from '../../../src/schemas/published/reference-tables.ts';
import { rows } from '../ingest/stage-db.ts';

export type GroupType = (typeof GROUP_TYPES)[number];

/** The indicator whose value sizes a centre for the size_consultations group. */
const SIZE_INDICATOR = 'r6_consultations';

const sqlList = (xs: readonly string[]) =>
  `[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]::VARCHAR[]`;

/**
 * `counts` is where the indicators stage left the survey shares' n and positives. Named,
 * not looked up: a duckdb_tables() lookup took 0.3 s on the national sample.
 */
export async function computeReferenceValues(
  conn: DuckDBConnection,
  counts = INDICATOR_COUNTS,
): Promise<PublishedTable[]> {
  await conn.run('CREATE SCHEMA IF NOT EXISTS pub');
  await coordinatorCounts(conn);
  await rates(conn);
  await referenceValues(conn);
  await intervals(conn, counts);
  return [...REFERENCE_TABLES];
}

/**
 * CCOs and COs in post at the end of the fiscal year: joined no later than March of FY+1
 * and left empty or no earlier than March of FY+1. `joined`/`left` are months, so someone
 * who left during March is counted (they were in post in the year's last month). Every
 * fiscal year of pub.indicators × every centre (0 when nobody was in post) + the nation.
 */
async function coordinatorCounts(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    `CREATE OR REPLACE TABLE pub.coordinator_counts AS
     WITH fy AS (SELECT DISTINCT fiscal_year, printf('%04d-03', fiscal_year + 1) AS last_month
                 FROM pub.indicators),
          centre AS (SELECT unnest(${sqlList(prefCodes)}) AS pref_code),
          per AS (
            SELECT fy.fiscal_year::INTEGER AS fiscal_year, centre.pref_code,
                   count(c.co_id)::INTEGER AS coordinators
            FROM fy CROSS JOIN centre
            LEFT JOIN coordinators c ON c.pref_code = centre.pref_code
              AND c.joined <= fy.last_month AND (c."left" IS NULL OR c."left" >= fy.last_month)
            GROUP BY fy.fiscal_year, centre.pref_code)
     SELECT * FROM per
     UNION ALL
     SELECT fiscal_year, '${NATION_CODE}', sum(coordinators)::INTEGER FROM per GROUP BY fiscal_year
     ORDER BY fiscal_year, pref_code`,
  );
}

/** Value ÷ coordinators in post; NULL when the indicator is not ok or nobody was in post. */
async function rates(conn: DuckDBConnection): Promise<void> {
  await conn.run(
    `CREATE OR REPLACE TABLE pub.rates AS
     SELECT i.fiscal_year::INTEGER AS fiscal_year, i.pref_code, i.indicator,
            CASE WHEN i.status = 'ok' AND c.coordinators > 0
                 THEN i.value / c.coordinators END AS per_co
     FROM pub.indicators i
     LEFT JOIN pub.coordinator_counts c USING (fiscal_year, pref_code)
     WHERE list_contains(${sqlList(RATE_INDICATORS)}, i.indicator)
     ORDER BY fiscal_year, pref_code, indicator`,
  );
}

interface IndicatorRow {
  fiscal_year: number;
  pref_code: string;
  indicator: string;
  value: number | null;
  status: string;
}

/**
 * Peer groups of every centre in one fiscal year (the national group is all centres):
 * `consultations` holds the centres' ok r6_consultations, `coordinators` their CCOs and COs
 * in post.
 */
export function peerGroups(
  consultations: ReadonlyMap<string, number>,
  coordinators: ReadonlyMap<string, number>,
): Map<string, Record<Exclude<GroupType, 'national'>, string[]>> {
  // Centres only: the nation ('00') or a stray code is never anyone's peer.
  const centres = (sizes: ReadonlyMap<string, number>) =>
    new Map(prefCodes.filter((p) => sizes.has(p)).map((p) => [p, sizes.get(p)!]));
  const byConsultations = centres(consultations);
  const byCoordinators = centres(coordinators);
  const groups = new Map<string, Record<Exclude<GroupType, 'national'>, string[]>>();
  for (const pref of prefCodes) {
    groups.set(pref, {
      bureau: bureauPeers(pref),
      size_consultations: nearestPeers(pref, byConsultations, 'log'),
      size_coordinators: nearestPeers(pref, byCoordinators, 'absolute'),
    });
  }
  return groups;
}

async function referenceValues(conn: DuckDBConnection): Promise<void> {
  const centres = new Set(prefCodes);
  const all = (
    await rows<IndicatorRow>(
      conn,
      `SELECT fiscal_year::INTEGER AS fiscal_year, pref_code, indicator, value, status
       FROM pub.indicators`,
    )
  ).filter((r) => centres.has(r.pref_code));
  const inPost = await rows<{ fiscal_year: number; pref_code: string; coordinators: number }>(
    conn,
    `SELECT fiscal_year, pref_code, coordinators FROM pub.coordinator_counts
     WHERE pref_code <> '${NATION_CODE}'`,
  );

  // fiscal year → indicator → centre → value (status ok only)
  const okValues = new Map<number, Map<string, Map<string, number>>>();
  for (const r of all) {
    const byIndicator = okValues.get(r.fiscal_year) ?? new Map<string, Map<string, number>>();
    okValues.set(r.fiscal_year, byIndicator);
    const byCentre = byIndicator.get(r.indicator) ?? new Map<string, number>();
    byIndicator.set(r.indicator, byCentre);
    if (r.status === 'ok' && r.value !== null) byCentre.set(r.pref_code, r.value);
  }

  // Peers go through the appender as one comma-joined string and become a list in SQL:
  // a DuckDB list value per row cost 0.3 s of appending on the national sample.
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE reference_values_staged (ord INTEGER, fiscal_year INTEGER,
       indicator VARCHAR, group_type VARCHAR, pref_code VARCHAR, peers VARCHAR,
       n_centres INTEGER, median DOUBLE, q1 DOUBLE, q3 DOUBLE)`,
  );
  const appender = await conn.createAppender('reference_values_staged', 'main', 'temp');
  let ord = 0;
  const append = (
    fy: number,
    indicator: string,
    group: GroupType,
    pref: string | null,
    peers: readonly string[],
    values: ReadonlyMap<string, number>,
  ) => {
    const used = peers.filter((p) => values.has(p)).map((p) => values.get(p)!);
    const q = quartiles(used);
    appender.appendInteger(ord++);
    appender.appendInteger(fy);
    appender.appendVarchar(indicator);
    appender.appendVarchar(group);
    if (pref === null) appender.appendNull();
    else appender.appendVarchar(pref);
    appender.appendVarchar(peers.join(','));
    appender.appendInteger(used.length);
    for (const v of q ? [q.median, q.q1, q.q3] : [null, null, null]) {
      if (v === null) appender.appendNull();
      else appender.appendDouble(v);
    }
    appender.endRow();
  };

  const national = [...prefCodes].sort();
  for (const fy of [...okValues.keys()].sort((a, b) => a - b)) {
    const byIndicator = okValues.get(fy)!;
    const coordinators = new Map(
      inPost.filter((r) => r.fiscal_year === fy).map((r) => [r.pref_code, r.coordinators]),
    );
    const groups = peerGroups(byIndicator.get(SIZE_INDICATOR) ?? new Map(), coordinators);
    // Key order (fiscal_year, indicator, group_type, pref_code), never by value.
    for (const indicator of [...byIndicator.keys()].sort()) {
      const values = byIndicator.get(indicator)!;
      for (const group of [...GROUP_TYPES].sort()) {
        if (group === 'national') {
          append(fy, indicator, group, null, national, values);
          continue;
        }
        for (const pref of national)
          append(fy, indicator, group, pref, groups.get(pref)![group], values);
      }
    }
  }
  appender.closeSync();
  await conn.run(
    `CREATE OR REPLACE TABLE pub.reference_values AS
     SELECT fiscal_year, indicator, group_type, pref_code,
       CASE WHEN peers = '' THEN []::VARCHAR[] ELSE string_split(peers, ',') END AS peers,
       n_centres, median, q1, q3
     FROM reference_values_staged ORDER BY ord`,
  );
  await conn.run('DROP TABLE reference_values_staged');
}

async function intervals(conn: DuckDBConnection, counts: string): Promise<void> {
  const shares = await rows<IndicatorRow & { n: number | null; positive: number | null }>(
    conn,
    `SELECT i.fiscal_year::INTEGER AS fiscal_year, i.pref_code, i.indicator, i.value, i.status,
            c.n, c.positive
     FROM pub.indicators i
     LEFT JOIN ${counts} c USING (fiscal_year, pref_code, indicator)
     WHERE i.status = 'ok' AND list_contains(${sqlList(SURVEY_SHARES)}, i.indicator)
     ORDER BY fiscal_year, pref_code, indicator`,
  );
  await conn.run(
    `CREATE OR REPLACE TABLE pub.indicator_intervals (fiscal_year INTEGER, pref_code VARCHAR,
       indicator VARCHAR, n INTEGER, positive INTEGER, share DOUBLE, lower DOUBLE, upper DOUBLE)`,
  );
  const appender = await conn.createAppender('indicator_intervals', 'pub');
  for (const r of shares) {
    const where = `${r.indicator} ${r.fiscal_year} ${r.pref_code}`;
    if (r.n === null || r.positive === null) {
      throw new Error(`reference values: ${where} is ok but ${counts} has no row for it`);
    }
    const interval = wilson(r.positive, r.n);
    const share = r.positive / r.n;
    // The published share must be the one the interval is about.
    if (interval === null || r.value === null || Math.abs(share - r.value) > 1e-12) {
      throw new Error(
        `reference values: ${where}: value ${r.value} does not match ${r.positive}/${r.n} in ${counts}`,
      );
    }
    appender.appendInteger(r.fiscal_year);
    appender.appendVarchar(r.pref_code);
    appender.appendVarchar(r.indicator);
    appender.appendInteger(r.n);
    appender.appendInteger(r.positive);
    appender.appendDouble(share);
    appender.appendDouble(interval.lower);
    appender.appendDouble(interval.upper);
    appender.endRow();
  }
  appender.closeSync();
}

export {
  COORDINATOR_COUNTS_TABLE,
  INDICATOR_INTERVALS_TABLE,
  RATE_INDICATORS,
  RATES_TABLE,
  REFERENCE_TABLES,
  REFERENCE_VALUES_TABLE,
  SURVEY_SHARES,
} from '../../../src/schemas/published/reference-tables.ts';
export { GROUP_TYPES };
