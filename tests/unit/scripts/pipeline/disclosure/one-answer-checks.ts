// One release, one answer (disclosure.md), checked as an outsider would: every suppressed
// cell of every aggregate table (centre, nation and total rows) recounted from the other
// published files — the microdata, its disclosure report and the lineage — and, against
// the input, the exact microdata the rule must give.
import type { DuckDBConnection } from '@duckdb/node-api';
import { expect } from 'vitest';
import { TOTAL } from '../../../../../src/schemas/published/disclosure-rules.ts';
import {
  AGENCY_RELATIONS,
  AGENCY_TABLE,
  AGGREGATES,
} from '../../../../../scripts/pipeline/disclosure/index.ts';
import {
  determined,
  inSuppressed,
  referenceGeneralisation,
  suppressedCells,
  type InputRow,
} from './checks.ts';
import { all } from './helpers.ts';

const FY = `(year(date) - CASE WHEN month(date) < 4 THEN 1 ELSE 0 END)`;

/** The microdata column holding each aggregate table's category (the month: its quarter). */
const MICRO_COLUMN: Record<string, string> = {
  topic: 'primary_topic',
  industry: 'industry',
  employees_band: 'employees_band',
  channel: 'channel',
};
/** The fiscal quarter 'YYYY-Qn' of a 'YYYY-MM' SQL expression in fiscal year `fy`. */
const quarterSql = (fy: string, month: string) =>
  `${fy} || '-Q' || ((CAST(right(${month}, 2) AS INTEGER) + 8) % 12 // 3 + 1)`;

/**
 * Suppressed cells of every aggregate table for which the published microdata has rows —
 * a count, however partial, of what the table hides. Returns them as `table fy|pref|value`.
 */
export async function cellsSeenInMicrodata(conn: DuckDBConnection): Promise<string[]> {
  const seen: string[] = [];
  for (const spec of AGGREGATES) {
    const col = MICRO_COLUMN[spec.column];
    // the month: only its total row here (its cells below, through their quarters)
    const value = col ? `m.${col} IS NOT DISTINCT FROM s."${spec.column}"` : 'false';
    const r = await all<{ k: string; n: number }>(
      conn,
      `SELECT s.fiscal_year || '|' || s.pref_code || '|' || coalesce(s."${spec.column}", '<null>') AS k,
         (SELECT count(*) FROM pub.microdata m
          WHERE m.fiscal_year = s.fiscal_year
            AND (s.pref_code = '00' OR m.pref_code = s.pref_code)
            AND (s."${spec.column}" = '${TOTAL}' OR ${value}))::INTEGER AS n
       FROM pub.${spec.name} s WHERE s.status = 'suppressed'`,
    );
    seen.push(...r.filter((x) => x.n > 0).map((x) => `${spec.name} ${x.k}`));
  }
  // A quarter's rows may hold no row of a suppressed month: they number at most the sum of
  // its months published at the centre and in the nation, so nothing is left for a hidden one.
  const byMonth = AGGREGATES.find((a) => a.column === 'month')!.name;
  const quarters = await all<{ k: string; rows: number; shown: number | null }>(
    conn,
    `WITH months AS (
       SELECT fiscal_year, pref_code, month, consultations, status,
         ${quarterSql('fiscal_year', 'month')} AS quarter
       FROM pub.${byMonth} WHERE month <> '${TOTAL}'),
     shown AS (
       SELECT c.fiscal_year, c.pref_code, c.quarter, sum(c.consultations) AS shown
       FROM months c JOIN months n ON n.pref_code = '00' AND n.fiscal_year = c.fiscal_year
         AND n.month = c.month
       WHERE c.pref_code <> '00' AND c.status = 'ok' AND n.status = 'ok' GROUP BY ALL),
     micro AS (
       SELECT fiscal_year, pref_code, quarter, count(*) AS rows FROM pub.microdata
       WHERE quarter <> '*' GROUP BY ALL)
     SELECT m.fiscal_year || '|' || m.pref_code || '|' || m.quarter AS k, m.rows::INTEGER AS rows,
       s.shown::INTEGER AS shown
     FROM micro m LEFT JOIN shown s USING (fiscal_year, pref_code, quarter)`,
  );
  seen.push(
    ...quarters
      .filter((q) => q.rows > (q.shown ?? 0))
      .map((q) => `${byMonth} quarter ${q.k}: ${q.rows} rows > ${q.shown ?? 0} published`),
  );
  for (const { relation, column } of AGENCY_RELATIONS) {
    const r = await all<{ k: string; n: number }>(
      conn,
      `SELECT s.fiscal_year || '|' || s.pref_code || '|' || s.agency AS k,
         (SELECT count(*) FROM pub.microdata m
          WHERE m.fiscal_year = s.fiscal_year
            AND (s.pref_code = '00' OR m.pref_code = s.pref_code)
            AND list_contains(m.${column}, s.agency))::INTEGER AS n
       FROM pub.${AGENCY_TABLE} s WHERE s.status = 'suppressed' AND s.relation = '${relation}'`,
    );
    seen.push(...r.filter((x) => x.n > 0).map((x) => `${AGENCY_TABLE} ${relation} ${x.k}`));
  }
  return seen;
}

/**
 * Suppressed category cells a reader can solve for from a table's published cells and
 * totals together with what the microdata says where it says it exactly (a centre-year with
 * nothing withheld and no k-anonymity generalisation): each published value's row count,
 * and the count of '*' rows — the sum of the cells whose value is hidden there.
 */
async function solvableWithMicrodata(conn: DuckDBConnection): Promise<string[]> {
  const found: string[] = [];
  const exact = new Set(
    (
      await all<{ k: string }>(
        conn,
        `SELECT fiscal_year || '|' || pref_code AS k FROM pub.microdata_disclosure
         WHERE rows_withheld = 0 AND rows_generalised = 0`,
      )
    ).map((r) => r.k),
  );
  for (const spec of AGGREGATES) {
    const col = MICRO_COLUMN[spec.column];
    if (!col) continue; // the month: its quarters are checked in cellsSeenInMicrodata
    const cells = await all<{
      fiscal_year: number;
      pref_code: string;
      cat: string | null;
      consultations: number | null;
      status: string;
    }>(
      conn,
      `SELECT fiscal_year, pref_code, "${spec.column}" AS cat, consultations, status
       FROM pub.${spec.name}`,
    );
    const micro = await all<{
      fiscal_year: number;
      pref_code: string;
      v: string | null;
      n: number;
    }>(
      conn,
      `SELECT fiscal_year, pref_code, ${col} AS v, count(*)::INTEGER AS n FROM pub.microdata GROUP BY ALL`,
    );
    for (const fy of new Set(cells.map((c) => c.fiscal_year))) {
      const year = cells.filter((c) => c.fiscal_year === fy);
      const unknown = year.filter((c) => c.status === 'suppressed' && c.cat !== TOTAL);
      const index = new Map(unknown.map((c, i) => [`${c.pref_code}|${c.cat}`, i]));
      const equations: Map<number, number>[] = [];
      const prefs = [...new Set(year.map((c) => c.pref_code))];
      for (const p of prefs) {
        const eq = new Map<number, number>();
        for (const c of year.filter((x) => x.pref_code === p && x.cat !== TOTAL)) {
          const i = index.get(`${p}|${c.cat}`);
          if (i !== undefined) eq.set(i, 1);
        }
        equations.push(eq);
      }
      for (const cat of new Set(year.map((c) => c.cat))) {
        const eq = new Map<number, number>();
        for (const c of year.filter((x) => x.cat === cat)) {
          const i = index.get(`${c.pref_code}|${cat}`);
          if (i !== undefined) eq.set(i, c.pref_code === '00' ? -1 : 1);
        }
        equations.push(eq);
      }
      // The microdata of exact centre-years: one equation per value it shows (a hidden cell
      // among them would be solved at once), and one for its '*' rows.
      for (const p of prefs.filter((x) => exact.has(`${fy}|${x}`))) {
        const here = micro.filter((m) => m.fiscal_year === fy && m.pref_code === p);
        for (const m of here.filter((x) => x.v !== '*')) {
          const i = index.get(`${p}|${m.v}`);
          if (i !== undefined) equations.push(new Map([[i, 1]]));
        }
        const shown = new Set(here.map((m) => m.v));
        const star = new Map<number, number>();
        for (const c of year.filter((x) => x.pref_code === p && x.cat !== TOTAL)) {
          const i = index.get(`${p}|${c.cat}`);
          if (i !== undefined && !shown.has(c.cat)) star.set(i, 1);
        }
        equations.push(star);
      }
      const det = determined(unknown.length, equations);
      const alone = determined(
        unknown.length,
        equations.slice(0, prefs.length + new Set(year.map((c) => c.cat)).size),
      );
      unknown.forEach((c, i) => {
        if (det[i] && !alone[i]) found.push(`${spec.name} ${fy}|${c.pref_code}|${c.cat}`);
      });
    }
  }
  return found;
}

interface InputConsultation extends InputRow {
  topics: string[];
  channel: string;
  referred_to: string[];
  joint_with: string[];
}

/**
 * Every rule of one release, one answer: nothing suppressed is seen or solvable from the
 * microdata, the microdata is exactly the input with each suppressed value generalised (no
 * more), and rows_generalised_cells counts those rows per fiscal year and centre.
 */
export async function checkOneAnswer(conn: DuckDBConnection): Promise<void> {
  expect(await cellsSeenInMicrodata(conn)).toEqual([]);
  expect(await solvableWithMicrodata(conn)).toEqual([]);

  const hidden = await suppressedCells(conn);
  const input = await all<InputConsultation>(
    conn,
    `SELECT ${FY} AS fy, pref_code, strftime(date, '%Y-%m') AS month, industry, employees_band,
       legal_form, business_key, topics, channel, referred_to, joint_with
     FROM consultations ORDER BY consultation_id`,
  );
  const qi = referenceGeneralisation(input, 5, hidden);
  const expected = new Map<string, number>();
  const generalisedCells = new Map<string, number>();
  input.forEach((r, i) => {
    const q = qi[i];
    const at = `${r.fy}|${r.pref_code}`;
    generalisedCells.set(at, generalisedCells.get(at) ?? 0);
    if (!q) return;
    const is = (dim: string, v: string | null) => inSuppressed(hidden, dim, r.fy, r.pref_code, v);
    const hideTopic = is('topic', r.topics[0]!);
    const agencies = (relation: string, list: string[]) =>
      list.map((a) => (is(relation, a) ? '*' : a));
    const row = [
      r.fy,
      q[2],
      r.pref_code,
      hideTopic ? '*' : r.topics[0],
      hideTopic ? ['*', ...r.topics.slice(1)] : r.topics,
      q[5],
      q[4],
      q[3],
      is('channel', r.channel) ? '*' : r.channel,
      agencies('referred', r.referred_to),
      agencies('joint', r.joint_with),
    ];
    const key = JSON.stringify(row);
    expected.set(key, (expected.get(key) ?? 0) + 1);
    const any =
      hideTopic ||
      is('month', r.month) ||
      is('channel', r.channel) ||
      is('industry', r.industry) ||
      is('employees_band', r.employees_band) ||
      r.referred_to.some((a) => is('referred', a)) ||
      r.joint_with.some((a) => is('joint', a));
    generalisedCells.set(at, generalisedCells.get(at)! + (any ? 1 : 0));
  });
  const published = await all<{ key: string; n: number }>(
    conn,
    `SELECT to_json([fiscal_year::JSON, to_json(quarter), to_json(pref_code), to_json(primary_topic),
         to_json(topics), to_json(legal_form), to_json(coalesce(employees_band, '<null>')),
         to_json(coalesce(industry, '<null>')), to_json(channel), to_json(referred_to),
         to_json(joint_with)])::VARCHAR AS key, count(*)::INTEGER AS n
     FROM pub.microdata GROUP BY ALL`,
  );
  expect(Object.fromEntries(published.map((p) => [p.key, p.n]))).toEqual(
    Object.fromEntries(expected),
  );
  const disc = await all<{ k: string; n: number }>(
    conn,
    `SELECT fiscal_year || '|' || pref_code AS k, rows_generalised_cells AS n
     FROM pub.microdata_disclosure`,
  );
  expect(Object.fromEntries(disc.map((d) => [d.k, d.n]))).toEqual(
    Object.fromEntries(generalisedCells),
  );
}
