// Microdata k-anonymity on data built to break it. Each test business consults about its
// own pair of secondary topics (a fingerprint) after one primary topic shared by all (so the
// topic table suppresses nothing the one-answer rule would generalise), and the businesses
// behind every published combination can be recounted from the published rows alone.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  MICRODATA_COLUMNS,
  type DisclosureSummary,
} from '../../../../../scripts/pipeline/disclosure/index.ts';
import { MICRODATA_TABLE } from '../../../../../scripts/pipeline/disclosure/microdata.ts';
import {
  publishedOrder,
  withInsertionOrder,
} from '../../../../../scripts/pipeline/publish/layout.ts';
import { checkOneAnswer } from './one-answer-checks.ts';
import { checkMicrodata, inSuppressed, suppressedCells, type SuppressedCells } from './checks.ts';
import {
  all,
  BANDS,
  consultation,
  CORP,
  describeTable,
  FORMS,
  INDUSTRIES,
  PRESTARTUP,
  prng,
  pubText,
  TOPICS,
  type Row,
  type TestDb,
  disclose,
} from './helpers.ts';

const SOLE = FORMS.find((f) => f !== CORP && f !== PRESTARTUP)!;
const PRIMARY = TOPICS[0]!;
const fingerprints = TOPICS.slice(1).flatMap((a) =>
  TOPICS.slice(1)
    .filter((b) => b !== a)
    .map((b) => [PRIMARY, a, b]),
);
let nBusinesses = 0;
const owner = new Map<string, string>(); // fingerprint → business_key
const qiOf = new Map<string, (string | null)[]>(); // business_key → [industry, band, form]

/** A business with its own fingerprint and `n` consultations. */
function business(
  n: number,
  o: {
    pref_code: string;
    date?: string;
    industry: string | null;
    band: string | null;
    form: string;
  },
): Row[] {
  const key = `BK-${++nBusinesses}`;
  const topics = fingerprints[nBusinesses]!;
  owner.set(topics.join(';'), key);
  qiOf.set(key, [o.industry, o.band, o.form]);
  return Array.from({ length: n }, (_, i) =>
    consultation({
      business_key: key,
      pref_code: o.pref_code,
      // one month: a quarter of its own, and a month cell that is the centre's total
      date: o.date ?? `2024-06-1${i % 10}`,
      industry: o.industry,
      employees_band: o.band,
      legal_form: o.form,
      topics,
      co_id: null,
    }),
  );
}
const many = (count: number, n: number, o: Parameters<typeof business>[1]) =>
  Array.from({ length: count }, () => business(n, o)).flat();

owner.set(fingerprints[0]!.join(';'), 'BK-SHIFTS');
const rows: Row[] = [
  // 13: every business its own combination (industry × band × form all differ).
  ...INDUSTRIES.slice(0, 14).flatMap((industry, i) =>
    business(2, { pref_code: '13', industry, band: BANDS[i % 7]!, form: i % 2 ? CORP : SOLE }),
  ),
  // 14: six businesses share a combination; the one straggler and four of another industry
  // fail alone and make (*, band, corp) together: 5 businesses, not 5 + the 6 already safe.
  ...many(6, 3, { pref_code: '14', industry: INDUSTRIES[2]!, band: BANDS[1]!, form: CORP }),
  ...business(4, { pref_code: '14', industry: INDUSTRIES[4]!, band: BANDS[1]!, form: CORP }),
  ...many(4, 1, { pref_code: '14', industry: INDUSTRIES[5]!, band: BANDS[1]!, form: CORP }),
  // 14: one lone sole proprietor: nothing to hide among at levels 1–2, so (*, *, *) with
  // the rest of the failing rows? There are none left: withheld.
  ...business(3, { pref_code: '14', industry: INDUSTRIES[6]!, band: BANDS[0]!, form: SOLE }),
  // 01 in FY2023: one business with five consultations is one business, not five.
  ...business(5, {
    pref_code: '01',
    date: '2023-05-10',
    industry: INDUSTRIES[0]!,
    band: BANDS[0]!,
    form: CORP,
  }),
  // 47: a tiny centre, two businesses in the year.
  ...many(2, 4, { pref_code: '47', industry: INDUSTRIES[0]!, band: BANDS[0]!, form: CORP }),
  // 27: prestartup with no industry and with one: NULL is a value of its own.
  ...many(3, 2, { pref_code: '27', industry: null, band: null, form: PRESTARTUP }),
  ...many(3, 2, { pref_code: '27', industry: INDUSTRIES[8]!, band: null, form: PRESTARTUP }),
  // 26: five prestartup businesses with no industry: safe as they are.
  ...many(5, 1, { pref_code: '26', industry: null, band: null, form: PRESTARTUP }),
  // 15: one business recorded under five industries is still one business when they are
  // merged into (*, band, form); with four more businesses it would be five.
  ...INDUSTRIES.slice(0, 5).map((industry) =>
    consultation({ business_key: 'BK-SHIFTS', pref_code: '15', industry, topics: fingerprints[0] }),
  ),
  // Fiscal-year boundary: 31 March belongs to the year before.
  ...['2025-03-31', '2025-04-01'].flatMap((date) =>
    many(5, 1, { pref_code: '11', date, industry: INDUSTRIES[1]!, band: BANDS[3]!, form: CORP }),
  ),
];

let db: TestDb;
let summary: DisclosureSummary;
type Micro = Record<(typeof MICRODATA_COLUMNS)[number], unknown> & {
  fiscal_year: number;
  pref_code: string;
  industry: string | null;
  employees_band: string | null;
  legal_form: string;
  topics: string[];
};
let micro: Micro[];
/** the aggregate tables' suppressed cells, whose values the microdata generalises too */
let hidden: SuppressedCells;

beforeAll(async () => {
  ({ db, summary } = await disclose({ consultations: rows }));
  micro = await all<Micro>(db.conn, 'SELECT * FROM pub.microdata');
  hidden = await suppressedCells(db.conn);
});
afterAll(() => db.close());

const slice = (pref: string, fy = 2024) =>
  micro.filter((m) => m.pref_code === pref && m.fiscal_year === fy);
const qi = (m: Micro) => [m.industry, m.employees_band, m.legal_form];

describe('pub.microdata', () => {
  test('is stored in its published order, as `presorted` tells the writers', async () => {
    expect(MICRODATA_TABLE.presorted).toBe(true);
    const [stored, sorted] = await withInsertionOrder(db.conn, async () => [
      await all(db.conn, 'SELECT * FROM pub.microdata'),
      await all(db.conn, `SELECT * FROM pub.microdata ORDER BY ${publishedOrder(MICRODATA_TABLE)}`),
    ]);
    expect(stored!.length).toBeGreaterThan(50);
    expect(stored).toEqual(sorted);
    // the input was not already in that order, so the test can fail
    const input = await all<{ pref_code: string }>(db.conn, 'SELECT pref_code FROM consultations');
    expect(input.map((r) => r.pref_code)).not.toEqual([...input.map((r) => r.pref_code)].sort());
  });

  test('has exactly the allowed columns, in order, with their types', async () => {
    expect(await describeTable(db.conn, 'pub.microdata')).toEqual([
      { name: 'fiscal_year', type: 'INTEGER' },
      { name: 'quarter', type: 'VARCHAR' },
      { name: 'pref_code', type: 'VARCHAR' },
      { name: 'primary_topic', type: 'VARCHAR' },
      { name: 'topics', type: 'VARCHAR[]' },
      { name: 'legal_form', type: 'VARCHAR' },
      { name: 'employees_band', type: 'VARCHAR' },
      { name: 'industry', type: 'VARCHAR' },
      { name: 'channel', type: 'VARCHAR' },
      { name: 'phase', type: 'INTEGER' },
      { name: 'issue_resolved', type: 'BOOLEAN' },
      { name: 'counted_resolved', type: 'BOOLEAN' },
      { name: 'outcome_confirmed', type: 'BOOLEAN' },
      { name: 'referred_to', type: 'VARCHAR[]' },
      { name: 'joint_with', type: 'VARCHAR[]' },
    ]);
    expect(MICRODATA_COLUMNS).toEqual(
      (await describeTable(db.conn, 'pub.microdata')).map((c) => c.name),
    );
  });

  test('every published combination comes from ≥ 5 distinct businesses (recounted from the output)', () => {
    const behind = new Map<string, Set<string>>();
    for (const m of micro) {
      const key = JSON.stringify([m.fiscal_year, m.pref_code, ...qi(m)]);
      const business = owner.get(m.topics.join(';'));
      expect(business).toBeDefined();
      behind.set(key, (behind.get(key) ?? new Set()).add(business!));
    }
    expect(behind.size).toBeGreaterThan(5);
    for (const [key, set] of behind) expect(set.size, key).toBeGreaterThanOrEqual(5);
  });

  test('generalises industry, then band, then form; rows it keeps are unchanged', () => {
    for (const m of micro) {
      const [industry, band, form] = qi(m);
      const truth = qiOf.get(owner.get(m.topics.join(';'))!)!;
      // a band of a suppressed cell of consultations_by_employees_band is '*' on its own
      const bandCell = inSuppressed(
        hidden,
        'employees_band',
        m.fiscal_year,
        m.pref_code,
        truth[1]!,
      );
      if (band === '*' && !bandCell) expect(industry).toBe('*');
      if (form === '*') expect([industry, band]).toEqual(['*', '*']);
      qi(m).forEach((v, i) => v !== '*' && expect(v).toBe(truth[i]));
    }
  });

  test('unique businesses are generalised until they hide among five', () => {
    const here = slice('13');
    expect(here).toHaveLength(28);
    // 14 businesses, 7 corp and 7 sole: only legal_form can stay.
    expect(new Set(here.map((m) => JSON.stringify(qi(m))))).toEqual(
      new Set([JSON.stringify(['*', '*', CORP]), JSON.stringify(['*', '*', SOLE])]),
    );
  });

  test('rows already safe are not regrouped with stragglers', () => {
    const here = slice('14');
    const safe = here.filter((m) => m.industry === INDUSTRIES[2]);
    expect(safe).toHaveLength(18);
    const merged = here.filter((m) => m.industry === '*');
    // 1 business × 4 + 4 businesses × 1: five businesses, eight rows. Their band is '*'
    // too: the lone sole proprietor's band is suppressed in consultations_by_employees_band,
    // and so, as its complement, is theirs (one release, one answer).
    expect(merged).toHaveLength(8);
    expect(inSuppressed(hidden, 'employees_band', 2024, '14', BANDS[0]!)).toBe(true);
    expect(inSuppressed(hidden, 'employees_band', 2024, '14', BANDS[1]!)).toBe(true);
    expect(new Set(merged.map((m) => JSON.stringify(qi(m))))).toEqual(
      new Set([JSON.stringify(['*', '*', CORP])]),
    );
    // The lone sole proprietor is withheld, not hidden among the others.
    expect(here.filter((m) => m.legal_form !== CORP)).toEqual([]);
  });

  test('one business with five consultations is withheld; so is a centre of two', () => {
    expect(slice('01', 2023)).toEqual([]);
    expect(slice('47')).toEqual([]);
  });

  test('prestartup NULLs are a value of their own, never merged with *', () => {
    // …by k-anonymity: the nation's NULL industry cell is suppressed (a complement), so
    // one release, one answer generalises it in every centre.
    expect(inSuppressed(hidden, 'industry', 2024, '26', null)).toBe(true);
    expect(slice('26').map(qi)).toEqual(Array(5).fill(['*', null, PRESTARTUP]));
    expect(slice('27').map(qi)).toEqual(Array(12).fill(['*', null, PRESTARTUP]));
  });

  test('one business under several combinations counts once when they merge', () => {
    expect(slice('15')).toEqual([]);
  });

  test('fiscal year: 31 March belongs to the year before', () => {
    expect(slice('11', 2024)).toHaveLength(5);
    expect(slice('11', 2025)).toHaveLength(5);
  });

  test('matches a plain reference implementation and accounts for every row', async () => {
    await checkMicrodata(db.conn, summary);
    await checkOneAnswer(db.conn);
    const d = await all(
      db.conn,
      `SELECT * FROM pub.microdata_disclosure WHERE pref_code IN ('01', '14', '47') ORDER BY ALL`,
    );
    expect(d).toEqual([
      {
        fiscal_year: 2023,
        pref_code: '01',
        consultations: 5,
        rows_published: 0,
        rows_generalised: 0,
        rows_generalised_cells: 0,
        rows_withheld: 5,
      },
      {
        fiscal_year: 2024,
        pref_code: '14',
        consultations: 29,
        rows_published: 26,
        rows_generalised: 26,
        // every published row: its band's cell is suppressed (above)
        rows_generalised_cells: 26,
        rows_withheld: 3,
      },
      {
        fiscal_year: 2024,
        pref_code: '47',
        consultations: 8,
        rows_published: 0,
        rows_generalised: 0,
        rows_generalised_cells: 0,
        rows_withheld: 8,
      },
    ]);
    expect(summary.microdata.rows_in).toBe(rows.length);
  });

  test('holds no business key, consultation id, coordinator or exact date', async () => {
    const text = (await pubText(db.conn)).get('microdata')!;
    const forbidden = new Set(rows.flatMap((r) => [r.business_key, r.consultation_id, r.date]));
    expect(text.filter((v) => forbidden.has(v))).toEqual([]);
    expect(text.filter((v) => /^\d{4}-\d{2}-\d{2}/.test(v))).toEqual([]);
  });
});

describe('pub.microdata on the national scale of things', () => {
  test('k = 5 holds on random data with many small combinations', async () => {
    const rand = prng(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const random: Row[] = [];
    for (let b = 0; b < 600; b++) {
      const form = pick(FORMS);
      const pre = form === PRESTARTUP;
      const base = {
        business_key: `R${b}`,
        pref_code: pick(['01', '02', '13']),
        legal_form: form,
        industry: pre && rand() < 0.7 ? null : pick(INDUSTRIES.slice(0, 6)),
        employees_band: pre ? null : pick(BANDS),
      };
      const n = 1 + Math.floor(rand() * 4);
      const shifts = rand() < 0.2; // its band or industry changes between consultations
      for (let i = 0; i < n; i++) {
        const row = { ...base, date: `${pick([2023, 2024])}-0${4 + i}-15` };
        if (shifts && !pre)
          Object.assign(row, {
            employees_band: pick(BANDS),
            industry: pick(INDUSTRIES.slice(0, 6)),
          });
        random.push(consultation(row));
      }
    }
    const { db: d, summary: s } = await disclose({ consultations: random });
    try {
      expect(s.microdata.rows_generalised).toBeGreaterThan(0);
      expect(s.microdata.rows_withheld).toBeGreaterThan(0);
      await checkMicrodata(d.conn, s);
      await checkOneAnswer(d.conn);
    } finally {
      d.close();
    }
  });
});
