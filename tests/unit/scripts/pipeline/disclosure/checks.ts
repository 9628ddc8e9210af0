// Independent checks of the published tables against the input: each recounts from the
// normalised tables with its own plain SQL or JS, never with the code under test.
import type { DuckDBConnection } from '@duckdb/node-api';
import { expect } from 'vitest';
import { excludedFromResolved } from '../../../../../src/lib/vocab.ts';
import { TOTAL } from '../../../../../src/schemas/published/disclosure-rules.ts';
import type { DisclosureSummary } from '../../../../../scripts/pipeline/disclosure/index.ts';
import {
  AGENCY_RELATIONS,
  AGENCY_TABLE,
  AGGREGATES,
} from '../../../../../scripts/pipeline/disclosure/index.ts';
import { all } from './helpers.ts';

const FY = `(year(date) - CASE WHEN month(date) < 4 THEN 1 ELSE 0 END)`;

// ---- linear algebra: which suppressed cells follow from the published ones ----------

/**
 * Given linear equations over unknowns (each equation: coefficients by unknown index; the
 * right-hand sides are known), returns which unknowns are uniquely determined: x_i is
 * determined iff e_i lies in the row space, i.e. in the reduced row echelon form its pivot
 * row has no other non-zero entry.
 */
export function determined(n: number, equations: Map<number, number>[]): boolean[] {
  const m = equations.map((eq) => {
    const row = new Array<number>(n).fill(0);
    for (const [i, v] of eq) row[i]! += v;
    return row;
  });
  const pivots: [number, number][] = [];
  let r = 0;
  for (let c = 0; c < n && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++)
      if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    const p = m[r]![c]!;
    for (let j = 0; j < n; j++) m[r]![j]! /= p;
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i]![c]!) < 1e-12) continue;
      const f = m[i]![c]!;
      for (let j = 0; j < n; j++) m[i]![j]! -= f * m[r]![j]!;
    }
    pivots.push([r, c]);
    r++;
  }
  const out = new Array<boolean>(n).fill(false);
  for (const [row, col] of pivots) {
    out[col] = m[row]!.every((v, j) => j === col || Math.abs(v) < 1e-9);
  }
  return out;
}

export interface PubCell {
  fiscal_year: number;
  pref_code: string;
  cat: string | null;
  status: string;
}

/**
 * Suppressed cells of an aggregate table that can be computed from its published cells
 * (rows: centres' cells sum to the centre's total; columns: centres' cells sum to the
 * nation's). With `totalsKnown`, every total counts as known (they are also indicators).
 */
export function recoverable(cells: PubCell[], totalsKnown: boolean): PubCell[] {
  const found: PubCell[] = [];
  for (const fy of new Set(cells.map((c) => c.fiscal_year))) {
    const year = cells.filter((c) => c.fiscal_year === fy);
    const key = (c: { pref_code: string; cat: string | null }) => `${c.pref_code}|${c.cat}`;
    const unknown = year.filter(
      (c) => c.status === 'suppressed' && !(totalsKnown && c.cat === TOTAL),
    );
    const index = new Map(unknown.map((c, i) => [key(c), i]));
    const equations: Map<number, number>[] = [];
    const add = (eq: Map<number, number>, pref: string, cat: string | null, coef: number) => {
      const i = index.get(key({ pref_code: pref, cat }));
      if (i !== undefined) eq.set(i, (eq.get(i) ?? 0) + coef);
    };
    const prefs = [...new Set(year.map((c) => c.pref_code))];
    const cats = [...new Set(year.map((c) => c.cat))];
    for (const p of prefs) {
      const eq = new Map<number, number>();
      for (const c of year.filter((x) => x.pref_code === p && x.cat !== TOTAL))
        add(eq, p, c.cat, 1);
      add(eq, p, TOTAL, -1);
      equations.push(eq);
    }
    for (const cat of cats) {
      const eq = new Map<number, number>();
      for (const c of year.filter((x) => x.cat === cat && x.pref_code !== '00'))
        add(eq, c.pref_code, cat, 1);
      add(eq, '00', cat, -1);
      equations.push(eq);
    }
    const det = determined(unknown.length, equations);
    unknown.forEach((c, i) => det[i] && found.push(c));
  }
  return found;
}

// ---- aggregates ---------------------------------------------------------------------

/** Every rule of the aggregate tables, checked against an independent recount. */
export async function checkAggregates(
  conn: DuckDBConnection,
  summary: DisclosureSummary,
): Promise<void> {
  const totals: Record<string, unknown>[][] = [];
  for (const spec of AGGREGATES) {
    const expr =
      spec.column === 'topic'
        ? 'topics[1]'
        : spec.column === 'month'
          ? `strftime(date, '%Y-%m')`
          : spec.column;
    const truth = await all<{
      fy: number;
      pref: string;
      cat: string | null;
      n: number;
      b: number;
    }>(
      conn,
      `SELECT ${FY} AS fy, pref_code AS pref, ${expr} AS cat, count(*) AS n,
         count(DISTINCT business_key) AS b FROM consultations GROUP BY ALL
       UNION ALL SELECT ${FY}, '00', ${expr}, count(*), count(DISTINCT business_key)
         FROM consultations GROUP BY ALL
       UNION ALL SELECT ${FY}, pref_code, '${TOTAL}', count(*), count(DISTINCT business_key)
         FROM consultations GROUP BY ALL
       UNION ALL SELECT ${FY}, '00', '${TOTAL}', count(*), count(DISTINCT business_key)
         FROM consultations GROUP BY ALL`,
    );
    const pub = await all<{
      fiscal_year: number;
      pref_code: string;
      cat: string | null;
      consultations: number | null;
      businesses: number | null;
      status: string;
    }>(
      conn,
      `SELECT fiscal_year, pref_code, "${spec.column}" AS cat, consultations, businesses, status
       FROM pub.${spec.name}`,
    );
    const k = (fy: number, pref: string, cat: string | null) => `${fy}|${pref}|${cat}`;
    const byKey = new Map(pub.map((p) => [k(p.fiscal_year, p.pref_code, p.cat), p]));
    expect(pub.length, spec.name).toBe(truth.length);
    expect(byKey.size, `${spec.name}: one row per cell`).toBe(pub.length);

    for (const t of truth) {
      const p = byKey.get(k(t.fy, t.pref, t.cat));
      expect(p, `${spec.name} ${k(t.fy, t.pref, t.cat)}`).toBeDefined();
      // Primary suppression counts businesses, not consultations.
      if (t.b < 3) expect(p!.status, `${spec.name} ${k(t.fy, t.pref, t.cat)}`).toBe('suppressed');
      if (p!.status === 'ok') {
        expect([p!.consultations, p!.businesses]).toEqual([t.n, t.b]);
      } else {
        expect(p!.status).toBe('suppressed');
        expect([p!.consultations, p!.businesses]).toEqual([null, null]);
      }
    }

    // Lines: 0 or ≥ 2 suppressed in every centre's row (total included), and among the
    // categories alone unless the row has a single category (whose cell is the total).
    const lines = new Map<string, typeof pub>();
    const push = (line: string, p: (typeof pub)[number]) =>
      lines.set(line, [...(lines.get(line) ?? []), p]);
    for (const p of pub) push(`row ${p.fiscal_year} ${p.pref_code}`, p);
    // In a column, a cell of a row with a single category is no unknown: it equals the
    // row's total, which the indicators publish (such a total is counted as exposed).
    const single = (p: (typeof pub)[number]) =>
      lines.get(`row ${p.fiscal_year} ${p.pref_code}`)!.length === 2;
    for (const p of pub) {
      if (p.cat !== TOTAL && !single(p)) push(`col ${p.fiscal_year} ${p.cat}`, p);
    }
    for (const [line, members] of lines) {
      const hidden = (xs: typeof pub) => xs.filter((x) => x.status === 'suppressed').length;
      expect([1], `${spec.name} ${line}`).not.toContain(hidden(members));
      if (line.startsWith('row')) {
        const cells = members.filter((m) => m.cat !== TOTAL);
        if (cells.length > 1) expect([1], `${spec.name} ${line}`).not.toContain(hidden(cells));
      }
    }

    // No suppressed cell can be computed from the published ones, even knowing every
    // total (the indicators publish them), except what the indicators give away: the
    // total of a centre-year of fewer than 3 businesses and cells that follow from it.
    const tinyTotals = pub.filter((p) => p.cat === TOTAL && p.status === 'suppressed');
    const withTotals = recoverable(pub, true);
    const inTable = recoverable(pub, false);
    const id = (c: PubCell) => `${c.fiscal_year}|${c.pref_code}|${c.cat}`;
    const explained = new Set([...tinyTotals, ...withTotals].map(id));
    expect(
      inTable.filter((c) => !explained.has(id(c))),
      spec.name,
    ).toEqual([]);
    if (tinyTotals.length === 0) expect([...inTable, ...withTotals], spec.name).toEqual([]);
    expect(withTotals.length + tinyTotals.length, spec.name).toBe(
      summary.aggregates[spec.name]!.exposed_by_totals,
    );

    const s = summary.aggregates[spec.name]!;
    expect(s.cells).toBe(pub.length);
    expect(s.suppressed_primary).toBe(truth.filter((t) => t.b < 3).length);
    expect(s.suppressed_primary + s.suppressed_complementary).toBe(
      pub.filter((p) => p.status === 'suppressed').length,
    );
    totals.push(pub.filter((p) => p.cat === TOTAL));
  }
  // Every table shows the same totals.
  for (const t of totals) expect(t).toEqual(totals[0]);
}

// ---- agencies -----------------------------------------------------------------------

/**
 * consultations_by_agency against a recount with plain SQL: every cell, primary
 * suppression by businesses, and per relation no suppressed cell recoverable from the
 * published cells and the centres' margins (the indicators r6_referrals / r6_joint, taken
 * as exact sums: the worst case) beyond what the summary counts as exposed.
 */
export async function checkAgencyAggregate(
  conn: DuckDBConnection,
  summary: DisclosureSummary,
): Promise<void> {
  const truth = await all<{
    fy: number;
    pref: string;
    rel: string;
    cat: string;
    n: number;
    b: number;
  }>(
    conn,
    AGENCY_RELATIONS.map(
      ({ relation, column }) => `
        SELECT ${FY} AS fy, pref_code AS pref, '${relation}' AS rel, a AS cat, count(*) AS n,
          count(DISTINCT business_key) AS b
        FROM (SELECT DISTINCT consultation_id, date, pref_code, business_key, unnest(${column}) AS a
              FROM consultations) GROUP BY ALL
        UNION ALL
        SELECT ${FY}, '00', '${relation}', a, count(*), count(DISTINCT business_key)
        FROM (SELECT DISTINCT consultation_id, date, pref_code, business_key, unnest(${column}) AS a
              FROM consultations) GROUP BY ALL`,
    ).join(' UNION ALL '),
  );
  const pub = await all<{
    fiscal_year: number;
    pref_code: string;
    relation: string;
    agency: string;
    consultations: number | null;
    businesses: number | null;
    status: string;
  }>(conn, `SELECT * FROM pub.${AGENCY_TABLE}`);
  const k = (fy: number, pref: string, rel: string, cat: string) => `${fy}|${pref}|${rel}|${cat}`;
  const byKey = new Map(pub.map((p) => [k(p.fiscal_year, p.pref_code, p.relation, p.agency), p]));
  expect(pub.length).toBe(truth.length);
  expect(byKey.size).toBe(pub.length);
  for (const t of truth) {
    const p = byKey.get(k(t.fy, t.pref, t.rel, t.cat));
    expect(p, k(t.fy, t.pref, t.rel, t.cat)).toBeDefined();
    if (t.b < 3) expect(p!.status, k(t.fy, t.pref, t.rel, t.cat)).toBe('suppressed');
    if (p!.status === 'ok') expect([p!.consultations, p!.businesses]).toEqual([t.n, t.b]);
    else expect([p!.status, p!.consultations, p!.businesses]).toEqual(['suppressed', null, null]);
  }
  let recovered = 0;
  for (const { relation } of AGENCY_RELATIONS) {
    const cells: PubCell[] = pub
      .filter((p) => p.relation === relation)
      .map((p) => ({ ...p, cat: p.agency }));
    const margins = new Set(cells.map((c) => `${c.fiscal_year}|${c.pref_code}`));
    for (const m of margins) {
      const [fy, pref] = m.split('|');
      cells.push({ fiscal_year: Number(fy), pref_code: pref!, cat: TOTAL, status: 'ok' });
    }
    recovered += recoverable(cells, true).length;
  }
  const s = summary.aggregates[AGENCY_TABLE]!;
  expect(recovered).toBe(s.exposed_by_totals);
  expect(s.cells).toBe(pub.length);
  expect(s.suppressed_primary).toBe(truth.filter((t) => t.b < 3).length);
  expect(s.suppressed_primary + s.suppressed_complementary).toBe(
    pub.filter((p) => p.status === 'suppressed').length,
  );
}

// ---- microdata ----------------------------------------------------------------------

export interface InputRow {
  fy: number;
  pref_code: string;
  /** YYYY-MM */
  month: string;
  industry: string | null;
  employees_band: string | null;
  legal_form: string;
  business_key: string;
}

/**
 * Suppressed cells of the aggregate tables, as `fy|pref|value` keys per table column, nation
 * cells (`00`) kept as they are (they hide the value in every centre).
 */
export type SuppressedCells = Map<string, Set<string>>;

export async function suppressedCells(conn: DuckDBConnection): Promise<SuppressedCells> {
  const out: SuppressedCells = new Map();
  const add = (dim: string, key: string) => out.set(dim, (out.get(dim) ?? new Set()).add(key));
  for (const spec of AGGREGATES) {
    const r = await all<{ k: string }>(
      conn,
      `SELECT fiscal_year || '|' || pref_code || '|' || coalesce("${spec.column}", '<null>') AS k
       FROM pub.${spec.name} WHERE status = 'suppressed' AND "${spec.column}" IS DISTINCT FROM '${TOTAL}'`,
    );
    for (const { k } of r) add(spec.column, k);
  }
  const r = await all<{ dim: string; k: string }>(
    conn,
    `SELECT relation AS dim, fiscal_year || '|' || pref_code || '|' || agency AS k
     FROM pub.${AGENCY_TABLE} WHERE status = 'suppressed'`,
  );
  for (const { dim, k } of r) add(dim, k);
  return out;
}

/** Whether a value of a row (fiscal year, centre) falls in a suppressed cell, centre or nation. */
export function inSuppressed(
  cells: SuppressedCells,
  dim: string,
  fy: number,
  pref: string,
  value: string | null,
): boolean {
  const set = cells.get(dim);
  const v = value ?? '<null>';
  return !!set && (set.has(`${fy}|${pref}|${v}`) || set.has(`${fy}|00|${v}`));
}

/** The fiscal quarter 'YYYY-Qn' of a month 'YYYY-MM' in fiscal year `fy` (Q1 = April–June). */
export const quarterOf = (fy: number, month: string): string =>
  `${fy}-Q${Math.floor(((Number(month.slice(5)) + 8) % 12) / 3) + 1}`;

/**
 * A plain JS reference of the generalisation: the published quasi-identifier of each input
 * row ([fy, pref, quarter, industry, band, form], NULL as '<null>'), or null if withheld.
 * With `hidden`, one release, one answer first: industry, band and the quarter of a month
 * in a suppressed aggregate cell become '*'; then k-anonymity on those values.
 */
export function referenceGeneralisation(
  rows: InputRow[],
  k = 5,
  hidden: SuppressedCells = new Map(),
): (string[] | null)[] {
  const cols = ['industry', 'employees_band', 'legal_form'] as const;
  const values = rows.map((r) => {
    const is = (dim: string, v: string | null) => inSuppressed(hidden, dim, r.fy, r.pref_code, v);
    return {
      quarter: is('month', r.month) ? '*' : quarterOf(r.fy, r.month),
      industry: is('industry', r.industry) ? '*' : r.industry,
      employees_band: is('employees_band', r.employees_band) ? '*' : r.employees_band,
      legal_form: r.legal_form,
    };
  });
  const qi = (i: number, level: number) => [
    String(rows[i]!.fy),
    rows[i]!.pref_code,
    values[i]!.quarter,
    ...cols.map((c, l) => (l < level ? '*' : (values[i]![c] ?? '<null>'))),
  ];
  const out: (string[] | null)[] = rows.map(() => null);
  let failing = rows.map((_, i) => i);
  for (let level = 0; level <= 3; level++) {
    const groups = new Map<string, number[]>();
    for (const i of failing) {
      const key = JSON.stringify(qi(i, level));
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    const next: number[] = [];
    for (const members of groups.values()) {
      const businesses = new Set(members.map((i) => rows[i]!.business_key));
      if (businesses.size >= k) for (const i of members) out[i] = qi(i, level);
      else next.push(...members);
    }
    failing = next;
  }
  return out;
}

/** The microdata's quasi-identifier combinations with their row counts, as strings. */
export async function publishedCombinations(conn: DuckDBConnection): Promise<Map<string, number>> {
  const r = await all<{ key: string[]; n: number }>(
    conn,
    `SELECT [fiscal_year::VARCHAR, pref_code, quarter, coalesce(industry, '<null>'),
        coalesce(employees_band, '<null>'), legal_form] AS key, count(*) AS n
     FROM pub.microdata GROUP BY ALL`,
  );
  return new Map(r.map((x) => [JSON.stringify(x.key), x.n]));
}

/** Rules of the microdata that need no business keys, checked against the input. */
export async function checkMicrodata(
  conn: DuckDBConnection,
  summary: DisclosureSummary,
): Promise<void> {
  const input = await all<InputRow>(
    conn,
    `SELECT ${FY} AS fy, pref_code, strftime(date, '%Y-%m') AS month, industry, employees_band,
       legal_form, business_key
     FROM consultations ORDER BY consultation_id`,
  );
  const expected = referenceGeneralisation(input, 5, await suppressedCells(conn));
  // The reference's combinations, recounted: ≥ 5 distinct businesses each.
  const businesses = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  expected.forEach((q, i) => {
    if (!q) return;
    const key = JSON.stringify(q);
    businesses.set(key, (businesses.get(key) ?? new Set()).add(input[i]!.business_key));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  for (const [key, set] of businesses) expect(set.size, key).toBeGreaterThanOrEqual(5);
  // The published combinations are exactly the reference's, row for row.
  expect(Object.fromEntries(await publishedCombinations(conn))).toEqual(Object.fromEntries(counts));

  // Per centre-year accounting.
  const disc = await all<{
    fiscal_year: number;
    pref_code: string;
    consultations: number;
    rows_published: number;
    rows_generalised: number;
    rows_generalised_cells: number;
    rows_withheld: number;
  }>(conn, `SELECT * FROM pub.microdata_disclosure`);
  for (const d of disc) {
    const here = input
      .map((r, i) => ({ r, q: expected[i] }))
      .filter((x) => x.r.fy === d.fiscal_year && x.r.pref_code === d.pref_code);
    expect(d.consultations).toBe(here.length);
    expect(d.rows_withheld).toBe(here.filter((x) => !x.q).length);
    expect(d.rows_published).toBe(here.filter((x) => x.q).length);
    // industry, band or form '*' (a quarter '*' is the one-answer rule's alone)
    expect(d.rows_generalised).toBe(here.filter((x) => x.q?.slice(3).includes('*')).length);
  }
  const sum = (f: (d: (typeof disc)[number]) => number) => disc.reduce((s, d) => s + f(d), 0);
  expect(summary.microdata).toEqual({
    rows_in: input.length,
    rows_published: sum((d) => d.rows_published),
    rows_generalised: sum((d) => d.rows_generalised),
    rows_generalised_cells: sum((d) => d.rows_generalised_cells),
    rows_withheld: sum((d) => d.rows_withheld),
  });

  // counted_resolved: issue_resolved and a primary topic that is not excluded.
  const wrong = await all(
    conn,
    `SELECT * FROM pub.microdata WHERE counted_resolved IS DISTINCT FROM
       (issue_resolved AND primary_topic NOT IN (${[...excludedFromResolved].map((t) => `'${t}'`).join(', ')}))
         AND primary_topic <> '*'
       OR primary_topic IS DISTINCT FROM topics[1]`,
  );
  expect(wrong).toEqual([]);
}
