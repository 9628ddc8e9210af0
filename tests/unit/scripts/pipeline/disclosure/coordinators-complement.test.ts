// Per-coordinator figures against the centre totals published elsewhere (disclosure.md,
// "One release, one answer"): indicators.csv gives each centre's consultations
// (r6_consultations) and indicator_intervals.csv its answered satisfaction questions
// (r6_sat_satisfied n). A centre's total less its shown figures is the sum of its hidden
// ones; an attacker who knows even which coordinators were active must not get one hidden
// figure exactly, nor a hidden sum below the base.
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  MIN_FIGURE_BASE,
  P_PERCENT,
} from '../../../../../scripts/pipeline/disclosure/coordinators.ts';
import { generateSample } from '../../../../../scripts/sample/index.ts';
import { EXAMPLE, readRows, run, tempDir } from '../../../../helpers/export.ts';
import { all, consultation, coordinator, disclose, type Row, type TestDb } from './helpers.ts';

/** One coordinator's true figure in a year (consenting or not). */
interface Truth {
  fy: number;
  pref: string;
  co_id: string;
  n: number;
}
/** A published figure: the value when shown, null when hidden. */
interface Shown {
  fy: number;
  pref: string;
  co_id: string;
  value: number | null;
}

/**
 * The attack: per fiscal year and centre, the published total less the shown figures.
 * A leak is a remainder that pins down its largest hidden coordinator figure to within
 * P_PERCENT (exactly, when it is the only one), or, where figures are shown beside hidden
 * ones, a remainder below the base (with nothing shown, the remainder is the published
 * total itself, to which the figures add nothing).
 */
function attack(totals: Map<string, number>, shown: Shown[], truth: Truth[]): string[] {
  const leaks: string[] = [];
  const visible = new Set(shown.filter((s) => s.value !== null).map((s) => `${s.fy}|${s.co_id}`));
  for (const [key, total] of totals) {
    const [fy, pref] = key.split('|');
    const inGroup = (x: { fy: number; pref: string }) => `${x.fy}` === fy && x.pref === pref;
    const shownHere = shown.filter((s) => inGroup(s) && s.value !== null);
    const rest = total - shownHere.reduce((s, x) => s + x.value!, 0);
    const hidden = truth.filter((t) => inGroup(t) && t.n > 0 && !visible.has(`${t.fy}|${t.co_id}`));
    if (hidden.length === 0) continue;
    const top = hidden.reduce((a, b) => (b.n > a.n ? b : a));
    if ((rest - top.n) * 100 < P_PERCENT * top.n)
      leaks.push(`${key}: ${top.co_id} is ${top.n} of a remainder of ${rest}`);
    else if (shownHere.length > 0 && rest < MIN_FIGURE_BASE)
      leaks.push(`${key}: hidden figures sum to ${rest}`);
  }
  return leaks;
}

/** What the rule alone would show (no complement): the attack must find leaks in it. */
const naive = (truth: Truth[], consent: Set<string>): Shown[] =>
  truth
    .filter((t) => consent.has(t.co_id))
    .map((t) => ({ ...t, value: t.n >= MIN_FIGURE_BASE ? t.n : null }));

describe('complementary suppression of coordinator figures', () => {
  const A = (co_id: string, pref: string, publish_consent = true) =>
    coordinator({ co_id, pref_code: pref, publish_consent });
  const handled = (co_id: string, pref: string, n: number): Row[] =>
    Array.from({ length: n }, (_, i) =>
      consultation({ business_key: `BK-${co_id}-${i}`, co_id, pref_code: pref }),
    );
  const group: [string, string, number, boolean?][] = [
    // one small figure among shown ones: the smallest shown goes too
    ['A', '13', 5],
    ['B', '13', 30],
    ['C', '13', 12],
    // one coordinator without consent is the only unknown: the remainder is theirs
    ['D', '14', 12],
    ['E', '14', 15],
    ['F', '14', 20, false],
    // two small figures summing below the base
    ['G', '15', 3],
    ['H', '15', 4],
    ['I', '15', 25],
    // nothing hidden: everything shown
    ['J', '16', 12],
    ['K', '16', 11],
    // a large figure without consent, 3 sessions without a coordinator: within 10 % until
    // two shown figures are hidden
    ['L', '17', 200, false],
    ['M', '17', 10],
    ['N', '17', 11],
    ['O', '17', 50],
  ];
  const unattributed = 3;
  let db: TestDb;
  beforeAll(async () => {
    ({ db } = await disclose({
      coordinators: group.map(([id, pref, , consent]) => A(id, pref, consent ?? true)),
      consultations: [
        ...group.flatMap(([id, pref, n]) => handled(id, pref, n)),
        ...Array.from({ length: unattributed }, (_, i) =>
          consultation({ business_key: `BK-none-${i}`, pref_code: '17' }),
        ),
      ],
    }));
  });
  afterAll(() => db.close());

  test('hides the smallest shown figure where the total would give a hidden one away', async () => {
    const rows = await all<{ co_id: string; consultations: number | null; status: string }>(
      db.conn,
      `SELECT co_id, consultations, consultations_status AS status FROM pub.coordinator_figures
       ORDER BY co_id`,
    );
    expect(rows.map((r) => `${r.co_id}:${r.consultations ?? r.status}`)).toEqual([
      'A:suppressed',
      'B:30',
      'C:suppressed',
      'D:suppressed',
      'E:15',
      'G:suppressed',
      'H:suppressed',
      'I:suppressed',
      'J:12',
      'K:11',
      'M:suppressed',
      'N:suppressed',
      'O:50',
    ]);
  });

  test('the attack finds what the rule alone leaks, and nothing in what is published', async () => {
    const truth: Truth[] = group.map(([co_id, pref, n]) => ({ fy: 2024, pref, co_id, n }));
    const totals = new Map<string, number>();
    for (const t of truth) totals.set(`2024|${t.pref}`, (totals.get(`2024|${t.pref}`) ?? 0) + t.n);
    totals.set('2024|17', totals.get('2024|17')! + unattributed);
    const consent = new Set(group.filter((g) => g[3] !== false).map((g) => g[0]));
    expect(attack(totals, naive(truth, consent), truth)).toEqual([
      '2024|13: A is 5 of a remainder of 5',
      '2024|14: F is 20 of a remainder of 20',
      '2024|15: hidden figures sum to 7',
      '2024|17: L is 200 of a remainder of 203',
    ]);
    const published = await all<{ co_id: string; pref_code: string; consultations: number }>(
      db.conn,
      'SELECT co_id, pref_code, consultations FROM pub.coordinator_figures',
    );
    const shown = published.map((r) => ({
      fy: 2024,
      pref: r.pref_code,
      co_id: r.co_id,
      value: r.consultations,
    }));
    expect(attack(totals, shown, truth)).toEqual([]);
  });
});

/** Published files and the true figures of a whole pipeline run, for both measures. */
async function fromRun(dir: string) {
  const root = tempDir();
  const r = await run([dir], join(root, 'out'), join(root, 'ingested'));
  expect(r.errors).toEqual([]);
  const csv = (file: string) => {
    const [header, ...rows] = readRows(join(root, 'out', file));
    const h = header!.map((x) => x.replace(/^\uFEFF/, ''));
    return rows.map((row) => Object.fromEntries(h.map((k, i) => [k, row[i] ?? ''])));
  };
  const totals = (rows: Record<string, string>[], indicator: string, field: string) =>
    new Map(
      rows
        .filter((x) => x.indicator === indicator && x.pref_code !== '00' && x[field] !== '')
        .map((x) => [`${x.fiscal_year}|${x.pref_code}`, Number(x[field])]),
    );
  const figures = csv('coordinator_figures.csv');
  const shown = (field: string): Shown[] =>
    figures.map((f) => ({
      fy: Number(f.fiscal_year),
      pref: f.pref_code!,
      co_id: f.co_id!,
      value: f[field] === '' ? null : Number(f[field]),
    }));
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const ing = (t: string) => `read_parquet('${join(root, 'ingested', `${t}.parquet`)}')`;
  const fy = (d: string) => `(year(${d}) - CASE WHEN month(${d}) < 4 THEN 1 ELSE 0 END)::INTEGER`;
  const truth = async (sql: string) =>
    (await conn.runAndReadAll(sql)).getRowObjectsJS().map((x) => ({
      fy: Number(x.fy),
      pref: String(x.pref),
      co_id: String(x.co_id),
      n: Number(x.n),
    }));
  const consultations = await truth(
    `SELECT ${fy('c.date')} AS fy, k.pref_code AS pref, c.co_id, count(*) AS n
     FROM ${ing('consultations')} c JOIN ${ing('coordinators')} k USING (co_id) GROUP BY ALL`,
  );
  const answers = await truth(
    `SELECT ${fy('s.date')} AS fy, k.pref_code AS pref, s.co_id, count(s.q_satisfaction) AS n
     FROM ${ing('surveys')} s JOIN ${ing('coordinators')} k USING (co_id) GROUP BY ALL`,
  );
  const consent = new Set(
    (await conn.runAndReadAll(`SELECT co_id FROM ${ing('coordinators')} WHERE publish_consent`))
      .getRowObjectsJS()
      .map((x) => String(x.co_id)),
  );
  conn.closeSync();
  instance.closeSync();
  return {
    consultations: {
      totals: totals(csv('indicators.csv'), 'r6_consultations', 'value'),
      shown: shown('consultations'),
      truth: consultations,
    },
    answers: {
      totals: totals(csv('indicator_intervals.csv'), 'r6_sat_satisfied', 'n'),
      shown: shown('survey_answers'),
      truth: answers,
    },
    consent,
  };
}

describe('no hidden coordinator figure follows from the published centre totals', () => {
  test.each([
    ['the contract example', async () => EXAMPLE, false],
    [
      'a generated sample',
      async () => {
        const dir = join(tempDir(), 'export');
        await generateSample({ outDir: dir, scale: 'small', seed: 5 });
        return dir;
      },
      true,
    ],
  ])(
    '%s',
    async (_name, make, naiveLeaks) => {
      const r = await fromRun(await make());
      for (const m of [r.consultations, r.answers]) {
        expect(m.totals.size).toBeGreaterThan(0);
        expect(attack(m.totals, m.shown, m.truth)).toEqual([]);
      }
      // Not vacuous: without the complement the same attack succeeds on this data.
      if (naiveLeaks) {
        const c = r.consultations;
        expect(attack(c.totals, naive(c.truth, r.consent), c.truth).length).toBeGreaterThan(0);
      }
    },
    180_000,
  );
});
