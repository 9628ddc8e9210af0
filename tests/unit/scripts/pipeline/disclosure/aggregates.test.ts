// Aggregate tables on data built to break small-count and complementary suppression.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AGGREGATES,
  applyDisclosure,
  type DisclosureSummary,
} from '../../../../../scripts/pipeline/disclosure/index.ts';
import { TOTAL } from '../../../../../src/schemas/published/disclosure-rules.ts';
import { checkAgencyAggregate, checkAggregates } from './checks.ts';
import {
  AGENCIES,
  all,
  BANDS,
  CHANNELS,
  consultation,
  createTables,
  describeTable,
  FORMS,
  INDUSTRIES,
  openDb,
  PRESTARTUP,
  prng,
  TOPICS,
  type Row,
  type TestDb,
  disclose,
} from './helpers.ts';

const [A, B, C, D] = TOPICS as [string, string, string, string];

/** `businesses` businesses at a centre, each with `each` consultations on `topic`. */
function cell(pref: string, topic: string, businesses: number, each: number, tag: string): Row[] {
  return Array.from({ length: businesses * each }, (_, i) =>
    consultation({
      business_key: `${tag}-${pref}-${topic}-${Math.floor(i / each)}`,
      pref_code: pref,
      topics: [topic],
      date: `2024-0${4 + (i % 5)}-0${1 + (i % 9)}`,
    }),
  );
}

const handmade: Row[] = [
  // 13: C has one business with five consultations (one business, not five) and the total
  // would give it away; D (4 businesses, 8 consultations) is the smallest other cell.
  ...cell('13', A, 10, 2, 'h'),
  ...cell('13', B, 10, 2, 'h'),
  ...cell('13', C, 1, 5, 'h'),
  ...cell('13', D, 4, 2, 'h'),
  // 14 and 15: C at ten businesses each, so 13's C is alone in its column.
  ...cell('14', A, 10, 1, 'h'),
  ...cell('14', C, 10, 1, 'h'),
  ...cell('15', B, 10, 1, 'h'),
  ...cell('15', C, 6, 1, 'h'),
  // 47: a tiny centre of two businesses.
  ...cell('47', A, 1, 3, 'h'),
  ...cell('47', B, 1, 2, 'h'),
  // A business that went to two centres counts once in the nation.
  consultation({ business_key: 'both', pref_code: '14', topics: [D] }),
  consultation({ business_key: 'both', pref_code: '15', topics: [D] }),
  consultation({ business_key: 'both2', pref_code: '14', topics: [D] }),
  consultation({ business_key: 'both2', pref_code: '15', topics: [D] }),
];

let db: TestDb;
let summary: DisclosureSummary;
beforeAll(async () => {
  ({ db, summary } = await disclose({ consultations: handmade }));
});
afterAll(() => db.close());

type Pub = {
  pref_code: string;
  topic: string;
  consultations: number | null;
  businesses: number | null;
  status: string;
};
const byTopic = () =>
  all<Pub>(db.conn, `SELECT * FROM pub.consultations_by_topic WHERE fiscal_year = 2024`);

describe('aggregate tables', () => {
  test('have their columns, with a total row per fiscal year and centre', async () => {
    for (const spec of AGGREGATES) {
      expect(await describeTable(db.conn, `pub.${spec.name}`)).toEqual([
        { name: 'fiscal_year', type: 'INTEGER' },
        { name: 'pref_code', type: 'VARCHAR' },
        { name: spec.column, type: 'VARCHAR' },
        { name: 'consultations', type: 'INTEGER' },
        { name: 'businesses', type: 'INTEGER' },
        { name: 'status', type: 'VARCHAR' },
      ]);
    }
    const totals = (await byTopic()).filter((r) => r.topic === TOTAL);
    expect(totals.map((t) => t.pref_code).sort()).toEqual(['00', '13', '14', '15', '47']);
  });

  test('one business with five consultations is one business: suppressed', async () => {
    const c13 = (await byTopic()).find((r) => r.pref_code === '13' && r.topic === C)!;
    expect(c13).toEqual({ ...c13, consultations: null, businesses: null, status: 'suppressed' });
  });

  test('the total cannot give a lone suppressed cell away: the next-smallest goes too', async () => {
    const row13 = (await byTopic()).filter((r) => r.pref_code === '13');
    const hidden = row13.filter((r) => r.status === 'suppressed').map((r) => r.topic);
    expect(hidden).toContain(D);
    expect(row13.find((r) => r.topic === TOTAL)!.status).toBe('ok');
    // Column C: 13's cell must not follow from the nation's C minus 14's and 15's.
    const colC = (await byTopic()).filter((r) => r.topic === C && r.status === 'suppressed');
    expect(colC.length).toBeGreaterThanOrEqual(2);
  });

  test('a tiny centre is suppressed whole; the nation counts a business once', async () => {
    const t = await byTopic();
    expect(t.filter((r) => r.pref_code === '47').every((r) => r.status === 'suppressed')).toBe(
      true,
    );
    const d = t.filter((r) => r.topic === D);
    // 'both' and 'both2' at 14 and at 15: two businesses at each, two in the nation (not 4).
    expect(d.find((r) => r.pref_code === '14')!.status).toBe('suppressed');
    const nation = await all<{ b: number }>(
      db.conn,
      `SELECT count(DISTINCT business_key) AS b FROM consultations WHERE topics[1] = '${D}'`,
    );
    expect(nation[0]!.b).toBe(6);
    const n00 = d.find((r) => r.pref_code === '00')!;
    expect(n00.status === 'suppressed' || n00.businesses === 6).toBe(true);
  });

  test('every rule holds against an independent recount', async () => {
    await checkAggregates(db.conn, summary);
    expect(summary.aggregates.consultations_by_topic!.exposed_by_totals).toBeGreaterThan(0);
  });

  test('a category outside its code list stops disclosure (no business is lost from a count)', async () => {
    const d = await openDb();
    try {
      await createTables(d.conn, {
        consultations: [
          ...cell('13', A, 3, 1, 'x'),
          consultation({ business_key: 'x-odd', topics: ['not_a_topic'] }),
        ],
      });
      await expect(applyDisclosure(d.conn, d.scratch)).rejects.toThrow(
        'disclosure: topic outside its code list',
      );
    } finally {
      d.close();
    }
  });

  test('random data with many small cells: every rule holds', async () => {
    const rand = prng(3);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const rows: Row[] = [];
    for (let b = 0; b < 700; b++) {
      const form = pick(FORMS);
      const pre = form === PRESTARTUP;
      const prefs = rand() < 0.05 ? ['01', '02'] : [pick(['01', '02', '03', '13', '14', '27'])];
      const n = 1 + Math.floor(rand() * 5);
      for (let i = 0; i < n; i++) {
        rows.push(
          consultation({
            business_key: `R${b}`,
            pref_code: pick(prefs),
            legal_form: form,
            industry: pre && rand() < 0.6 ? null : pick(INDUSTRIES.slice(0, 12)),
            employees_band: pre ? null : pick(BANDS),
            topics: [pick(TOPICS.slice(0, 14))],
            channel: pick(CHANNELS),
            referred_to:
              rand() < 0.3 ? [pick(AGENCIES.slice(0, 6)), pick(AGENCIES.slice(0, 6))] : [],
            joint_with: rand() < 0.2 ? [pick(AGENCIES.slice(0, 6))] : [],
            date: `${pick([2023, 2024, 2025])}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-10`,
          }),
        );
      }
    }
    const { db: d, summary: s } = await disclose({ consultations: rows });
    try {
      for (const spec of AGGREGATES) {
        expect(s.aggregates[spec.name]!.suppressed_primary, spec.name).toBeGreaterThan(0);
      }
      expect(s.aggregates.consultations_by_topic!.suppressed_complementary).toBeGreaterThan(0);
      await checkAggregates(d.conn, s);
      await checkAgencyAggregate(d.conn, s);
      expect(s.aggregates.consultations_by_agency!.suppressed_primary).toBeGreaterThan(0);
      // NULL industry (prestartup) is a category of its own.
      const nulls = await all(
        d.conn,
        `SELECT * FROM pub.consultations_by_industry WHERE industry IS NULL`,
      );
      expect(nulls.length).toBeGreaterThan(0);
    } finally {
      d.close();
    }
  });
});

describe('consultations_by_agency', () => {
  const [X, Y] = AGENCIES as [string, string];
  // 13 refers ten businesses to X and one business (three consultations) to Y; one
  // consultation names X twice; 14 works jointly with X for four businesses, once named twice.
  const rows: Row[] = [
    ...Array.from({ length: 10 }, (_, i) =>
      consultation({ business_key: `x${i}`, pref_code: '13', referred_to: [X] }),
    ),
    consultation({ business_key: 'x0', pref_code: '13', referred_to: [X, X] }),
    ...Array.from({ length: 3 }, () =>
      consultation({ business_key: 'y', pref_code: '13', referred_to: [Y] }),
    ),
    ...Array.from({ length: 4 }, (_, i) =>
      consultation({ business_key: `j${i}`, pref_code: '14', joint_with: i ? [X] : [X, X] }),
    ),
  ];
  let d: TestDb;
  let s: DisclosureSummary;
  beforeAll(async () => {
    ({ db: d, summary: s } = await disclose({ consultations: rows }));
  });
  afterAll(() => d.close());
  type Agency = Pub & { relation: string; agency: string };
  const cell = async (pref: string, relation: string, agency: string) =>
    (await all<Agency>(d.conn, 'SELECT * FROM pub.consultations_by_agency')).find(
      (r) => r.pref_code === pref && r.relation === relation && r.agency === agency,
    );

  test('counts consultations and businesses per relation and agency; a twice-named agency once', async () => {
    expect(await cell('14', 'joint', X)).toMatchObject({ consultations: 4, businesses: 4 });
    expect(await cell('00', 'joint', X)).toMatchObject({ consultations: 4, businesses: 4 });
    expect(await cell('14', 'referred', X)).toBeUndefined();
  });

  test('one business is suppressed, and so is the other cell of its row', async () => {
    expect(await cell('13', 'referred', Y)).toMatchObject({
      consultations: null,
      businesses: null,
      status: 'suppressed',
    });
    // r6_referrals publishes 13's margin (14 consultations): X alone would give Y away.
    expect((await cell('13', 'referred', X))!.status).toBe('suppressed');
    await checkAgencyAggregate(d.conn, s);
  });
});
