// The drilldown builder's vocabulary (/explore/, over disclosure.md's microdata): what can be counted (measures),
// what a result can be broken down by (dimensions) and what it can be filtered on. Pure:
// shared by the page (labels at build time), the browser (SQL) and the tests.
import { codes, prefCodes, vocab } from '../vocab.ts';

/** Measures are counts of microdata rows (consultations) in explore.duckdb (explore-db.ts);
 *  definitions follow indicators.md. */
export const MEASURES = {
  // r6_consultations: consultations in FY
  consultations: 'count(*)',
  // r8_resolved: issue_resolved and a primary topic not excluded (counted_resolved)
  resolved: 'count(*) FILTER (WHERE counted_resolved)',
  // r6_outcomes: outcome_confirmed = 1
  outcomes: 'count(*) FILTER (WHERE outcome_confirmed)',
  // r6_referrals: a non-empty referred_to (explore-db.ts keeps it as the flag `referred`)
  referrals: 'count(*) FILTER (WHERE referred)',
  // r6_joint: a non-empty joint_with (the flag `joint`)
  joint: 'count(*) FILTER (WHERE joint)',
} as const;
export type MeasureId = keyof typeof MEASURES;
export const MEASURE_IDS = Object.keys(MEASURES) as MeasureId[];

const centreBureau = vocab.centres.map((c) => [c.pref_code, c.bureau] as const);
const topicGroup = vocab.topics.map((t) => [t.code, t.group] as const);
const caseOf = (col: string, pairs: readonly (readonly [string, string])[]): string =>
  `CASE ${col} ${pairs.map(([k, v]) => `WHEN '${k}' THEN '${v}'`).join(' ')} END`;

export interface Dimension {
  /** SQL over the microdata for the value of a row */
  sql: string;
  /** the codes in their defined order (null: the values sort as they are) */
  order: readonly string[] | null;
}

/** Dimensions in the order the form lists them. `bureau` and `topic_group` are derived. */
export const DIMENSIONS = {
  fy: { sql: 'fiscal_year', order: null },
  quarter: { sql: 'quarter', order: null },
  centre: { sql: 'pref_code', order: [...prefCodes].sort() },
  bureau: { sql: caseOf('pref_code', centreBureau), order: codes(vocab.bureaus) },
  topic: { sql: 'primary_topic', order: codes(vocab.topics) },
  topic_group: {
    sql: caseOf('primary_topic', topicGroup),
    order: [...new Set(topicGroup.map(([, g]) => g))],
  },
  industry: { sql: 'industry', order: codes(vocab.industries) },
  band: { sql: 'employees_band', order: codes(vocab.employeeBands) },
  legal: { sql: 'legal_form', order: codes(vocab.legalForms) },
  channel: { sql: 'channel', order: codes(vocab.channels) },
  phase: { sql: 'phase::VARCHAR', order: ['1', '2'] as readonly string[] },
} as const satisfies Record<string, Dimension>;
export type DimensionId = keyof typeof DIMENSIONS;
export const DIMENSION_IDS = Object.keys(DIMENSIONS) as DimensionId[];
export const MAX_DIMENSIONS = 2;

/** Code filters (a row passes when its value is one of the chosen codes; none = all). */
export const CODE_FILTERS = {
  centre: prefCodes,
  bureau: codes(vocab.bureaus),
  topic: codes(vocab.topics),
  industry: codes(vocab.industries),
  band: codes(vocab.employeeBands),
  legal: codes(vocab.legalForms),
  channel: codes(vocab.channels),
  phase: ['1', '2'] as readonly string[],
} as const satisfies Partial<Record<DimensionId, readonly string[]>>;
export type CodeFilterId = keyof typeof CODE_FILTERS;
export const CODE_FILTER_IDS = Object.keys(CODE_FILTERS) as CodeFilterId[];

export interface ExploreState {
  measures: MeasureId[];
  dims: DimensionId[];
  /** fiscal years (none = all) */
  fy: number[];
  /** inclusive fiscal quarter range, YYYY-Qn (src/lib/fiscal-quarter.ts) */
  quarterFrom: string | null;
  quarterTo: string | null;
  filters: Record<CodeFilterId, string[]>;
}

export const emptyFilters = (): Record<CodeFilterId, string[]> =>
  Object.fromEntries(CODE_FILTER_IDS.map((id) => [id, []])) as unknown as Record<
    CodeFilterId,
    string[]
  >;

/** The view a page opens with when its URL says nothing: consultations by fiscal year. */
export const DEFAULT_STATE: ExploreState = {
  measures: ['consultations'],
  dims: ['fy'],
  fy: [],
  quarterFrom: null,
  quarterTo: null,
  filters: emptyFilters(),
};
