// The builder's two queries (sql.ts buildQuery, withheldQuery) computed over a ColumnStore
// instead of SQL, row for row the same result: the same filters, groups, measures and
// disclosure guards. sql.ts stays the definition (it is shown on the page, run at build and
// by the tests that hold the two together: tests/unit/lib/explore/engine.test.ts).
import { NATION_CODE } from '../../schemas/codes.ts';
import { TOTAL } from '../../schemas/published/disclosure-rules.ts';
import { fiscalYearOfQuarter } from '../fiscal-quarter.ts';
import { GENERALISED } from '../../schemas/published/disclosure-rules.ts';
import { vocab } from '../vocab.ts';
import { FLAG, type CellValue, type ColumnStore, type StoreColumn } from './columns.ts';
import type { DimensionId, ExploreState, MeasureId } from './model.ts';
import { FILTER_COLUMN, centresOfBureaus } from './sql.ts';

const bureauOf = new Map(vocab.centres.map((c) => [c.pref_code, c.bureau]));
const groupOf = new Map(vocab.topics.map((t) => [t.code, t.group]));

/** Each dimension: its column and how a column value becomes the dimension's value. */
const DIMENSION_COLUMN: Record<DimensionId, [StoreColumn, (v: CellValue) => CellValue]> = {
  fy: ['fiscal_year', (v) => v],
  quarter: ['quarter', (v) => v],
  centre: ['pref_code', (v) => v],
  bureau: ['pref_code', (v) => bureauOf.get(String(v)) ?? null],
  topic: ['primary_topic', (v) => v],
  topic_group: ['primary_topic', (v) => groupOf.get(String(v)) ?? null],
  industry: ['industry', (v) => v],
  band: ['employees_band', (v) => v],
  legal: ['legal_form', (v) => v],
  channel: ['channel', (v) => v],
  phase: ['phase', (v) => (v === null ? null : String(v))],
};

/** Per column, which codes pass the state's conditions (sql.ts conditions); null: all. */
function passes(store: ColumnStore, s: ExploreState): [StoreColumn, Uint8Array][] {
  const tests = new Map<StoreColumn, ((v: CellValue) => boolean)[]>();
  const add = (c: StoreColumn, t: (v: CellValue) => boolean) =>
    tests.set(c, [...(tests.get(c) ?? []), t]);
  // NULL never passes a comparison or IN, as in SQL.
  if (s.fy.length) add('fiscal_year', (v) => v !== null && s.fy.includes(Number(v)));
  if (s.quarterFrom || s.quarterTo) add('quarter', (v) => v !== GENERALISED);
  if (s.quarterFrom) add('quarter', (v) => v !== null && String(v) >= s.quarterFrom!);
  if (s.quarterTo) add('quarter', (v) => v !== null && String(v) <= s.quarterTo!);
  for (const [id, col] of Object.entries(FILTER_COLUMN) as [
    keyof typeof FILTER_COLUMN,
    StoreColumn,
  ][]) {
    if (s.filters[id].length) add(col, (v) => v !== null && s.filters[id].includes(String(v)));
  }
  if (s.filters.bureau.length) {
    const centres = centresOfBureaus(s.filters.bureau);
    add('pref_code', (v) => v !== null && centres.includes(String(v)));
  }
  if (s.filters.phase.length) {
    const phases = s.filters.phase.map(Number);
    add('phase', (v) => v !== null && phases.includes(Number(v)));
  }
  return [...tests].map(([c, ts]) => [
    c,
    Uint8Array.from(store.values[c], (v) => (ts.every((t) => t(v)) ? 1 : 0)),
  ]);
}

/** A dimension's value id per code of its column, and the values by id. */
function dimensionIds(
  store: ColumnStore,
  d: DimensionId,
): { ids: Uint16Array; values: CellValue[] } {
  const [col, derive] = DIMENSION_COLUMN[d];
  const values: CellValue[] = [];
  const ids = Uint16Array.from(store.values[col], (v) => {
    const value = derive(v);
    let i = values.indexOf(value);
    if (i === -1) i = values.push(value) - 1;
    return i;
  });
  return { ids, values };
}

const NULL_KEY = '\u0000';
const key = (...parts: CellValue[]) =>
  parts.map((p) => (p === null ? NULL_KEY : String(p))).join('|');

/** sql.ts pinned(): the single value of `dim` in a cell, or null when it spans several. */
function pinned(
  s: ExploreState,
  dim: DimensionId,
  cell: Partial<Record<DimensionId, CellValue>>,
): CellValue | undefined {
  if (s.dims.includes(dim)) return cell[dim] ?? null;
  const filterOf: Partial<Record<DimensionId, readonly string[]>> = s.filters;
  if (dim === 'fy') {
    if (s.fy.length === 1) return s.fy[0]!;
    const quarter = pinned(s, 'quarter', cell);
    if (quarter === undefined) return undefined;
    return quarter === null || quarter === GENERALISED
      ? null
      : fiscalYearOfQuarter(String(quarter));
  }
  if (dim === 'quarter')
    return s.quarterFrom !== null && s.quarterFrom === s.quarterTo ? s.quarterFrom : undefined;
  const values = filterOf[dim];
  return values && values.length === 1 ? values[0]! : undefined;
}

/** sql.ts GUARDS, in the same order and meaning. */
const GUARDS: { table: string; dim: DimensionId | null }[] = [
  { table: 'consultations_by_channel', dim: null },
  { table: 'consultations_by_topic', dim: 'topic' },
  { table: 'consultations_by_industry', dim: 'industry' },
  { table: 'consultations_by_employees_band', dim: 'band' },
  { table: 'consultations_by_channel', dim: 'channel' },
];

/** Suppressed-cell lookups per guard: centre totals, or categories (with or without year). */
function suppressedSets(store: ColumnStore) {
  const sets = new Map<string, Set<string>>();
  for (const [i, g] of GUARDS.entries()) {
    const set = new Set<string>();
    for (const [fy, pref, category] of store.suppressed[g.table] ?? []) {
      const isTotal = category === TOTAL;
      if (g.dim === null ? !isTotal : isTotal) continue;
      set.add(key(fy, pref, category));
    }
    sets.set(String(i), set);
  }
  return sets;
}

/** True when the cell lies inside a suppressed aggregate cell (sql.ts guardJoins). */
function guarded(
  s: ExploreState,
  cell: Partial<Record<DimensionId, CellValue>>,
  sets: Map<string, Set<string>>,
): boolean {
  const centre = pinned(s, 'centre', cell);
  const pref = centre === undefined ? NATION_CODE : centre;
  const fy = pinned(s, 'fy', cell);
  return GUARDS.some((g, i) => {
    const value = g.dim === null ? TOTAL : pinned(s, g.dim, cell);
    if (value === undefined || fy === undefined) return false;
    const set = sets.get(String(i))!;
    return set.has(key(fy, pref, value));
  });
}

/** The rows buildQuery(s) gives: one per cell, dims, consultations, measures, guarded. */
export function engineCells(store: ColumnStore, s: ExploreState): Record<string, unknown>[] {
  const tests = passes(store, s);
  const dims = s.dims.map((d) => ({ d, col: DIMENSION_COLUMN[d][0], ...dimensionIds(store, d) }));
  const width = dims[1]?.values.length ?? 1;
  const cells = (dims[0]?.values.length ?? 1) * width;
  // Per cell: consultations and the four flag counts, in one flat array (at most 142 × 142
  // cells).
  const counts = new Uint32Array(cells * 5);
  const flags = store.codes.flags;
  const flagValues = store.values.flags.map(Number);
  const [first, second] = dims;
  const firstCodes = first ? store.codes[first.col] : null;
  const secondCodes = second ? store.codes[second.col] : null;
  const testCodes = tests.map(([c, pass]) => [store.codes[c], pass] as const);
  rows: for (let r = 0; r < store.rows; r++) {
    for (let t = 0; t < testCodes.length; t++) {
      const [codes, pass] = testCodes[t]!;
      if (pass[codes[r]!] === 0) continue rows;
    }
    const id =
      (first ? first.ids[firstCodes![r]!]! * width : 0) +
      (second ? second.ids[secondCodes![r]!]! : 0);
    const f = flagValues[flags[r]!]!;
    const at = id * 5;
    counts[at]!++;
    if (f & FLAG.resolved) counts[at + 1]!++;
    if (f & FLAG.outcomes) counts[at + 2]!++;
    if (f & FLAG.referrals) counts[at + 3]!++;
    if (f & FLAG.joint) counts[at + 4]!++;
  }
  // Groups that hold rows; without dimensions SQL returns its one row even when none match.
  const ids = Array.from({ length: cells }, (_, i) => i).filter(
    (i) => dims.length === 0 || counts[i * 5]! > 0,
  );
  const sets = suppressedSets(store);
  const measureIndex: Record<Exclude<MeasureId, 'consultations'>, number> = {
    resolved: 1,
    outcomes: 2,
    referrals: 3,
    joint: 4,
  };
  return ids.map((id) => {
    const cell: Partial<Record<DimensionId, CellValue>> = {};
    if (first) cell[first.d] = first.values[Math.floor(id / width)]!;
    if (second) cell[second.d] = second.values[id % width]!;
    const row: Record<string, unknown> = { ...cell, consultations: counts[id * 5] };
    for (const m of s.measures) {
      if (m !== 'consultations') row[m] = counts[id * 5 + measureIndex[m]];
    }
    row['guarded'] = guarded(s, cell, sets);
    return row;
  });
}

/** The row withheldQuery(s) gives. */
export function engineWithheld(store: ColumnStore, s: ExploreState) {
  const from = s.quarterFrom ? fiscalYearOfQuarter(s.quarterFrom) : null;
  const to = s.quarterTo ? fiscalYearOfQuarter(s.quarterTo) : null;
  const centres = s.filters.bureau.length ? centresOfBureaus(s.filters.bureau) : null;
  const out = { consultations: 0, withheld: 0, generalised: 0 };
  for (const [fy, pref, consultations, withheld, generalised] of store.disclosure) {
    if (s.fy.length && !s.fy.includes(fy)) continue;
    if (from !== null && fy < from) continue;
    if (to !== null && fy > to) continue;
    if (s.filters.centre.length && !s.filters.centre.includes(pref)) continue;
    if (centres && !centres.includes(pref)) continue;
    out.consultations += consultations;
    out.withheld += withheld;
    out.generalised += generalised;
  }
  return out;
}
