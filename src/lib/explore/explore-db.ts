// The drilldown's own database (explore.duckdb), derived at site build from the published
// portal.duckdb: only what the builder's SQL reads (sql.ts, model.ts). The microdata keeps
// its rows and the columns the builder groups and filters on, with the two agency lists
// reduced to the flags the measures test, sorted so that DuckDB's compression finds runs.
// Build time only: the prerendered /explore/ view and /trends/ query it, and the browser's
// column store (columns.ts) is written from it; the SQL box opens portal.duckdb itself.

/** Tables copied as they are: the guards' aggregates, the withheld statement, and the monthly
 *  aggregate /trends/ reads. */
const EXPLORE_COPIED_TABLES = [
  'microdata_disclosure',
  'consultations_by_channel',
  'consultations_by_topic',
  'consultations_by_industry',
  'consultations_by_employees_band',
  'consultations_by_month',
] as const;

/** The microdata columns the builder groups and filters on, kept as they are. */
export const GROUPING_COLUMNS = [
  'fiscal_year',
  'quarter',
  'pref_code',
  'primary_topic',
  'industry',
  'employees_band',
  'legal_form',
  'channel',
  'phase',
] as const;

/** The microdata columns the builder reads, as SQL over portal.duckdb's microdata. */
const MICRODATA_COLUMNS = [
  ...GROUPING_COLUMNS,
  'counted_resolved',
  'outcome_confirmed',
  // model.ts MEASURES: r6_referrals / r6_joint count rows with a non-empty list
  'len(referred_to) > 0 AS referred',
  'len(joint_with) > 0 AS joint',
];

// Low-cardinality columns first: fiscal year and centre are the commonest filters, and
// runs of equal values compress to almost nothing (measured: 14.4 MB vs 23.3 MB).
const MICRODATA_ORDER = 'pref_code, fiscal_year, quarter, channel, primary_topic, industry';

/** Statements that fill database `target` from the published database `source`. */
export function exploreDbStatements(source: string, target: string): string[] {
  return [
    `CREATE TABLE ${target}.microdata AS SELECT ${MICRODATA_COLUMNS.join(', ')} ` +
      `FROM ${source}.microdata ORDER BY ${MICRODATA_ORDER}`,
    ...EXPLORE_COPIED_TABLES.map((t) => `CREATE TABLE ${target}.${t} AS FROM ${source}.${t}`),
  ];
}
