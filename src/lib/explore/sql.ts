// SQL for a builder view over portal.duckdb (the microdata and aggregates). Every value placed in SQL comes from
// a parsed ExploreState (url-state.ts: vocabulary codes, 4-digit years, YYYY-Qn quarters) and
// is quoted again here, so a crafted URL cannot change a query.
import { NATION_CODE } from '../../schemas/codes.ts';
import { TOTAL } from '../../schemas/published/disclosure-rules.ts';
import { fiscalYearOfQuarter } from '../fiscal-quarter.ts';
import { GENERALISED } from '../../schemas/published/disclosure-rules.ts';
import { vocab } from '../vocab.ts';
import {
  DIMENSIONS,
  MEASURES,
  type CodeFilterId,
  type DimensionId,
  type ExploreState,
} from './model.ts';

export const lit = (s: string): string => `'${s.replace(/'/g, "''")}'`;
const inList = (col: string, values: readonly string[]) =>
  `${col} IN (${values.map(lit).join(', ')})`;

/** The microdata column each code filter tests (bureau tests the centres it holds). */
export const FILTER_COLUMN = {
  centre: 'pref_code',
  topic: 'primary_topic',
  industry: 'industry',
  band: 'employees_band',
  legal: 'legal_form',
  channel: 'channel',
} as const satisfies Record<Exclude<CodeFilterId, 'bureau' | 'phase'>, string>;

/** The WHERE conditions of a state over the microdata. */
export function conditions(s: ExploreState): string[] {
  const out: string[] = [];
  if (s.fy.length)
    out.push(`fiscal_year IN (${s.fy.map((y) => String(Math.trunc(y))).join(', ')})`);
  // A quarter generalised to '*' (one release, one answer) is in no range.
  if (s.quarterFrom || s.quarterTo) out.push(`quarter <> ${lit(GENERALISED)}`);
  if (s.quarterFrom) out.push(`quarter >= ${lit(s.quarterFrom)}`);
  if (s.quarterTo) out.push(`quarter <= ${lit(s.quarterTo)}`);
  for (const [id, col] of Object.entries(FILTER_COLUMN) as [keyof typeof FILTER_COLUMN, string][]) {
    if (s.filters[id].length) out.push(inList(col, s.filters[id]));
  }
  if (s.filters.bureau.length) out.push(inList('pref_code', centresOfBureaus(s.filters.bureau)));
  if (s.filters.phase.length) out.push(`phase IN (${s.filters.phase.map(Number).join(', ')})`);
  return out;
}

export function centresOfBureaus(bureaus: readonly string[]): string[] {
  return vocab.centres.filter((c) => bureaus.includes(c.bureau)).map((c) => c.pref_code);
}

const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join('\n  AND ')}` : '');

// ---- Disclosure guards -------------------------------------------------------------------
// A cell of the builder is a subset of the consultations of some published aggregate cell
// whenever its fiscal year, centre (or the nation, 00) and that table's category are each
// pinned to one value, by a dimension or by a one-value filter. If that aggregate cell is
// suppressed (fewer than 3 businesses, or complementary), the builder's cell cannot have
// more businesses than it, so it is hidden too (docs/methodology.md, 「ドリルダウンの秘匿」).

interface Guard {
  table: string;
  column: string;
  /** the builder dimension whose value is the table's category (null: the centre total) */
  dim: DimensionId | null;
}
const GUARDS: Guard[] = [
  { table: 'consultations_by_channel', column: 'channel', dim: null },
  { table: 'consultations_by_topic', column: 'topic', dim: 'topic' },
  { table: 'consultations_by_industry', column: 'industry', dim: 'industry' },
  { table: 'consultations_by_employees_band', column: 'employees_band', dim: 'band' },
  { table: 'consultations_by_channel', column: 'channel', dim: 'channel' },
];
// consultations_by_month has no guard: a quarter spans three of its cells, and the rows of
// a suppressed month carry quarter '*' (one release, one answer).

/** SQL for the single value of `dim` in a cell of `s`, or null when the cell spans several. */
function pinned(s: ExploreState, dim: DimensionId): string | null {
  if (s.dims.includes(dim)) return `cells.${dim}`;
  const filterOf: Partial<Record<DimensionId, readonly string[]>> = s.filters;
  const one = (values: readonly string[] | undefined) =>
    values && values.length === 1 ? lit(values[0]!) : null;
  if (dim === 'fy') {
    if (s.fy.length === 1) return String(s.fy[0]);
    const quarter = pinned(s, 'quarter');
    if (quarter === null) return null;
    // a quarter's year is its fiscal year; '*' has none
    return `TRY_CAST(left(${quarter}, 4) AS INTEGER)`;
  }
  if (dim === 'quarter') {
    return s.quarterFrom !== null && s.quarterFrom === s.quarterTo ? lit(s.quarterFrom) : null;
  }
  return one(filterOf[dim]);
}

/** LEFT JOINs that find, for each cell, a suppressed aggregate cell containing it. */
export function guardJoins(s: ExploreState): { joins: string[]; flags: string[] } {
  const pref = pinned(s, 'centre') ?? lit(NATION_CODE);
  const fy = pinned(s, 'fy');
  const joins: string[] = [];
  const flags: string[] = [];
  GUARDS.forEach((g, i) => {
    const value = g.dim === null ? lit(TOTAL) : pinned(s, g.dim);
    if (value === null || fy === null) return;
    const alias = `g${i}`;
    const on = [
      `${alias}.pref_code = ${pref}`,
      `${alias}.v IS NOT DISTINCT FROM ${value}`,
      `${alias}.fiscal_year = ${fy}`,
    ];
    const cat =
      g.dim === null ? `"${g.column}" = '${TOTAL}'` : `"${g.column}" IS DISTINCT FROM '${TOTAL}'`;
    joins.push(
      `LEFT JOIN (SELECT fiscal_year, pref_code, "${g.column}" AS v FROM ${g.table}\n` +
        `  WHERE status <> 'ok' AND ${cat}) ${alias} ON ${on.join(' AND ')}`,
    );
    flags.push(`${alias}.pref_code IS NOT NULL`);
  });
  return { joins, flags };
}

/** The builder's query: one row per cell, with `n` (consultations) and `guarded`. */
export function buildQuery(s: ExploreState): string {
  const dimCols = s.dims.map((d) => `${DIMENSIONS[d].sql} AS ${d}`);
  const measureCols = s.measures
    .filter((m) => m !== 'consultations')
    .map((m) => `(${MEASURES[m]})::INTEGER AS ${m}`);
  const { joins, flags } = guardJoins(s);
  const order = s.dims.length
    ? `ORDER BY ${s.dims.map((d) => `cells.${d} NULLS LAST`).join(', ')}`
    : '';
  return [
    'WITH cells AS (',
    `  SELECT ${[...dimCols, `(${MEASURES.consultations})::INTEGER AS consultations`, ...measureCols].join(', ')}`,
    '  FROM microdata',
    `  ${where(conditions(s))}`,
    s.dims.length ? '  GROUP BY ALL' : '',
    ')',
    `SELECT cells.*, ${flags.length ? flags.join(' OR ') : 'false'} AS guarded`,
    'FROM cells',
    ...joins,
    order,
  ]
    .filter((l) => l.trim() !== '')
    .join('\n');
}

/** What the view leaves out: consultations of its fiscal years × centres that disclosure
 *  control withheld from the microdata, or generalised to '*'. */
export function withheldQuery(s: ExploreState): string {
  const conds: string[] = [];
  const years = new Set(s.fy);
  if (s.fy.length) conds.push(`fiscal_year IN (${[...years].join(', ')})`);
  if (s.quarterFrom) conds.push(`fiscal_year >= ${fiscalYearOfQuarter(s.quarterFrom)}`);
  if (s.quarterTo) conds.push(`fiscal_year <= ${fiscalYearOfQuarter(s.quarterTo)}`);
  if (s.filters.centre.length) conds.push(inList('pref_code', s.filters.centre));
  if (s.filters.bureau.length) conds.push(inList('pref_code', centresOfBureaus(s.filters.bureau)));
  return [
    'SELECT coalesce(sum(consultations), 0)::INTEGER AS consultations,',
    '  coalesce(sum(rows_withheld), 0)::INTEGER AS withheld,',
    '  coalesce(sum(rows_generalised), 0)::INTEGER AS generalised',
    'FROM microdata_disclosure',
    where(conds),
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** True when the view's withheld count is exact: it selects whole fiscal years × centres. */
export function withheldIsExact(s: ExploreState): boolean {
  const partial: CodeFilterId[] = ['topic', 'industry', 'band', 'legal', 'channel', 'phase'];
  return !s.quarterFrom && !s.quarterTo && partial.every((f) => s.filters[f].length === 0);
}

/** True when the view splits or filters on a column k-anonymity may have generalised to '*'. */
export function touchesGeneralised(s: ExploreState): boolean {
  const cols: DimensionId[] = ['industry', 'band', 'legal'];
  return cols.some(
    (c) => s.dims.includes(c) || (s.filters as Record<string, string[]>)[c]!.length > 0,
  );
}
