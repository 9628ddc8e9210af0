// What /trends/ shows by default, from the published aggregates (consultations_by_*, national
// rows `00`), plus the latest quarter of each policy theme from the microdata through the
// drilldown engine (so the same disclosure rules apply). `q` runs SQL on portal.duckdb.
import { NATION_CODE } from '../../schemas/codes.ts';
import { TOTAL } from '../../schemas/published/disclosure-rules.ts';
import { applyDisclosure } from '../explore/disclosure.ts';
import { DEFAULT_STATE, emptyFilters, type ExploreState } from '../explore/model.ts';
import { buildQuery, withheldQuery } from '../explore/sql.ts';
import { vocab } from '../vocab.ts';
import { relativeChange } from './change.ts';
import { quarterId, type Quarter } from './periods.ts';
import type { Theme } from './slices.ts';
import type { Query } from '../explore/db-query.ts';

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export interface FyTotal {
  fiscal_year: number;
  consultations: number;
}

export async function fyTotals(q: Query): Promise<FyTotal[]> {
  const rows = await q(`SELECT fiscal_year, consultations FROM consultations_by_channel
    WHERE pref_code = '${NATION_CODE}' AND channel = '${TOTAL}' ORDER BY fiscal_year`);
  return rows.map((r) => ({
    fiscal_year: Number(r['fiscal_year']),
    consultations: Number(r['consultations']),
  }));
}

export interface MonthRow {
  month: string;
  value: number | null;
  yearBefore: number | null;
  change: number | null;
}

/** National consultations per month, each with the same month a year earlier. */
export async function monthly(q: Query): Promise<MonthRow[]> {
  const rows = await q(`SELECT month, consultations FROM consultations_by_month
    WHERE pref_code = '${NATION_CODE}' AND month IS DISTINCT FROM '${TOTAL}' ORDER BY month`);
  const byMonth = new Map(rows.map((r) => [String(r['month']), num(r['consultations'])]));
  const before = (m: string) => `${Number(m.slice(0, 4)) - 1}${m.slice(4)}`;
  return [...byMonth].map(([month, value]) => {
    const yearBefore = byMonth.get(before(month)) ?? null;
    return { month, value, yearBefore, change: relativeChange(yearBefore, value) };
  });
}

export interface CategoryRow {
  code: string;
  prev: number | null;
  cur: number | null;
  change: number | null;
}

export type Breakdown = 'topic_group' | 'topic' | 'industry' | 'band' | 'channel' | 'bureau';

const TABLE: Record<'topic' | 'industry' | 'band' | 'channel', [string, string, string[]]> = {
  topic: ['consultations_by_topic', 'topic', vocab.topics.map((t) => t.code)],
  industry: ['consultations_by_industry', 'industry', vocab.industries.map((t) => t.code)],
  band: [
    'consultations_by_employees_band',
    'employees_band',
    vocab.employeeBands.map((t) => t.code),
  ],
  channel: ['consultations_by_channel', 'channel', vocab.channels.map((t) => t.code)],
};

async function cells(q: Query, dim: keyof typeof TABLE, years: number[]) {
  const [table, col] = TABLE[dim];
  const rows = await q(`SELECT fiscal_year, "${col}" AS code, consultations FROM ${table}
    WHERE pref_code = '${NATION_CODE}' AND fiscal_year IN (${years.join(', ')})
      AND "${col}" IS NOT NULL AND "${col}" <> '${TOTAL}'`);
  return new Map(rows.map((r) => [`${r['fiscal_year']}|${r['code']}`, num(r['consultations'])]));
}

/** A cell's count: 0 when the table has no row (nothing counted), null when suppressed. */
const cellAt = (map: Map<string, number | null>, key: string): number | null =>
  map.has(key) ? map.get(key)! : 0;

/** Sums, or null when any part is hidden (a hidden cell must not be recoverable). */
const sum = (values: (number | null | undefined)[]): number | null =>
  values.some((v) => v === null || v === undefined)
    ? null
    : values.reduce<number>((a, b) => a + b!, 0);

/** National consultations by a category for two fiscal years, in the code list's order. */
export async function breakdown(
  q: Query,
  dim: Breakdown,
  prev: number,
  cur: number,
): Promise<CategoryRow[]> {
  const row = (code: string, p: number | null, c: number | null): CategoryRow => ({
    code,
    prev: p,
    cur: c,
    change: relativeChange(p, c),
  });
  if (dim === 'bureau') {
    const rows = await q(`SELECT fiscal_year, pref_code, consultations FROM consultations_by_channel
      WHERE channel = '${TOTAL}' AND pref_code <> '${NATION_CODE}' AND fiscal_year IN (${prev}, ${cur})`);
    const centre = new Map(
      rows.map((r) => [`${r['fiscal_year']}|${r['pref_code']}`, num(r['consultations'])]),
    );
    return vocab.bureaus.map((b) => {
      const prefs = vocab.centres.filter((c) => c.bureau === b.code).map((c) => c.pref_code);
      const at = (fy: number) => sum(prefs.map((p) => cellAt(centre, `${fy}|${p}`)));
      return row(b.code, at(prev), at(cur));
    });
  }
  if (dim === 'topic_group') {
    const topic = await cells(q, 'topic', [prev, cur]);
    const groups = [...new Set(vocab.topics.map((t) => t.group))];
    return groups.map((g) => {
      const codes = vocab.topics.filter((t) => t.group === g).map((t) => t.code);
      const at = (fy: number) => sum(codes.map((c) => cellAt(topic, `${fy}|${c}`)));
      return row(g, at(prev), at(cur));
    });
  }
  const map = await cells(q, dim, [prev, cur]);
  return TABLE[dim][2].map((code) =>
    row(code, cellAt(map, `${prev}|${code}`), cellAt(map, `${cur}|${code}`)),
  );
}

export interface ThemeRow {
  theme: Theme;
  /** consultations per fiscal year (primary topic in the theme), null when hidden */
  byFy: { fiscal_year: number; value: number | null }[];
  quarter: number | null;
  quarterBefore: number | null;
  change: number | null;
}

/** A slice of the microdata through the drilldown engine and its disclosure rule. */
export async function sliceCount(q: Query, s: Partial<ExploreState>): Promise<number | null> {
  const state: ExploreState = { ...DEFAULT_STATE, filters: emptyFilters(), dims: [], ...s };
  const rows = await q(buildQuery(state));
  const [cell] = applyDisclosure(
    rows.map((r) => ({
      keys: {},
      consultations: Number(r['consultations']),
      measures: {},
      guarded: r['guarded'] === true,
    })),
    ['consultations'],
  );
  const v = cell?.values['consultations'];
  return typeof v === 'number' ? v : null;
}

/** Consultations withheld from, and generalised in, the microdata of the fiscal years a
 *  period touches. */
export async function withheldIn(
  q: Query,
  s: Partial<ExploreState>,
): Promise<{ withheld: number; generalised: number }> {
  const state: ExploreState = { ...DEFAULT_STATE, filters: emptyFilters(), dims: [], ...s };
  const [r] = await q(withheldQuery(state));
  return { withheld: Number(r?.['withheld'] ?? 0), generalised: Number(r?.['generalised'] ?? 0) };
}

export async function themes(
  q: Query,
  list: Theme[],
  quarter: Quarter,
  before: Quarter,
): Promise<ThemeRow[]> {
  const years = (await fyTotals(q)).map((r) => r.fiscal_year);
  const topic = await cells(q, 'topic', years);
  const out: ThemeRow[] = [];
  for (const theme of list) {
    const codes = theme.topics.map((t) => t.code);
    const filters = { ...emptyFilters(), topic: codes };
    const count = (p: Quarter) =>
      sliceCount(q, { filters, quarterFrom: quarterId(p), quarterTo: quarterId(p) });
    const [cur, prev] = [await count(quarter), await count(before)];
    out.push({
      theme,
      byFy: years.map((fy) => ({
        fiscal_year: fy,
        value: sum(codes.map((c) => cellAt(topic, `${fy}|${c}`))),
      })),
      quarter: cur,
      quarterBefore: prev,
      change: relativeChange(prev, cur),
    });
  }
  return out;
}
