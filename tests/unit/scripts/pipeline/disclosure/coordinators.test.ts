// Coordinator consent and per-coordinator figures; menus, cases and capacity. A
// coordinator without consent must appear nowhere in any published table.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  COORDINATOR_COLUMNS,
  type DisclosureSummary,
} from '../../../../../scripts/pipeline/disclosure/index.ts';
import {
  AGENCIES,
  all,
  consultation,
  coordinator,
  describeTable,
  pubText,
  TOPICS,
  type Row,
  type TestDb,
  disclose,
} from './helpers.ts';

const SECRET_ID = 'CO-SECRET-9';
const SECRET_BIO = '同意していない人の自己紹介 xyzzy';

const coordinators = [
  coordinator({ co_id: 'CO-B', pref_code: '14' }),
  coordinator({ co_id: 'CO-A', pref_code: '13', role: 'CCO', bio: '<script>x</script> 紹介' }),
  coordinator({ co_id: SECRET_ID, publish_consent: false, bio: SECRET_BIO }),
];

const handled = (co_id: string, n: number, date: string): Row[] =>
  Array.from({ length: n }, (_, i) =>
    consultation({ business_key: `BK-${co_id}-${date}-${i}`, co_id, date }),
  );

let nResponses = 0;
const rated = (co_id: string, answers: (number | null)[], date: string): Row[] =>
  answers.map((q_satisfaction) => ({
    response_id: `RESP-${++nResponses}`,
    date,
    pref_code: '13',
    co_id,
    q_insight: 4,
    q_satisfaction,
  }));

const consultations = [
  ...handled('CO-A', 9, '2024-05-01'), // FY2024: 9 → not shown
  ...handled('CO-A', 10, '2023-05-01'), // FY2023: 10 → shown
  ...handled('CO-A', 1, '2024-03-31'), // 31 March 2024 is FY2023: 11
  ...handled('CO-B', 10, '2024-05-01'),
  ...handled(SECRET_ID, 30, '2024-05-01'),
];
const surveys = [
  ...rated('CO-A', [5, 5, 4, 4, 3, 2, 1, 5, 4, null, null, null], '2024-06-01'), // 9 answered
  ...rated('CO-A', [5, 5, 4, 4, 5, 4, 4, 3, 2, 1], '2023-06-01'), // 10 answered, 7 satisfied
  ...rated(SECRET_ID, Array(20).fill(5), '2024-06-01'),
];
const menus = [
  {
    menu_id: 'M1',
    pref_code: '13',
    title: '相談会',
    topics: [TOPICS[0]],
    format: 'clinic',
    description: '=1+1 <img src=x onerror=alert(1)>',
    co_ids: [SECRET_ID, 'CO-A'],
  },
  {
    menu_id: 'M2',
    pref_code: '13',
    title: 'セミナー',
    topics: [],
    format: 'seminar',
    co_ids: [SECRET_ID],
  },
];
const cases = [
  {
    id: 'case-1',
    pref_code: '13',
    title: '事例',
    fiscal_year: 2024,
    industry: null,
    employees_band: null,
    topics: [TOPICS[1]],
    agencies: [AGENCIES[0]],
    co_ids: ['CO-A', SECRET_ID, 'CO-B'],
    outcome: '成果',
    published: '2025-06-10',
    body: '## 見出し\n\n本文 <script>alert(1)</script>\n',
  },
];
const capacity = [
  {
    pref_code: '13',
    fiscal_year: 2024,
    co_improved: 3,
    trainees: 1,
    joint_staff: 2,
    lectures: 0,
    lecture_attendees: 0,
  },
];

let db: TestDb;
let summary: DisclosureSummary;
beforeAll(async () => {
  ({ db, summary } = await disclose({
    coordinators,
    consultations,
    surveys,
    support_menus: menus,
    cases,
    capacity,
  }));
});
afterAll(() => db.close());

describe('pub.coordinators', () => {
  test('only consenting coordinators, only the allowed columns, by centre and id', async () => {
    expect((await describeTable(db.conn, 'pub.coordinators')).map((c) => c.name)).toEqual([
      ...COORDINATOR_COLUMNS,
    ]);
    expect(COORDINATOR_COLUMNS).toEqual([
      'co_id',
      'display_name',
      'pref_code',
      'role',
      'qualifications',
      'specialties',
      'industries',
      'online',
      'languages',
      'bio',
      'joined',
    ]);
    const rows = await all<{ co_id: string; bio: string }>(
      db.conn,
      'SELECT * FROM pub.coordinators',
    );
    expect(rows.map((r) => r.co_id)).toEqual(['CO-A', 'CO-B']);
    expect(rows[0]!.bio).toBe('<script>x</script> 紹介'); // text, left to the renderer
    expect(summary.coordinators).toEqual({ published: 2, withheld_no_consent: 1 });
  });

  test('a coordinator without consent appears in no published table', async () => {
    const text = await pubText(db.conn);
    expect([...text.keys()]).toEqual(
      expect.arrayContaining(['coordinators', 'coordinator_figures', 'support_menus', 'cases']),
    );
    for (const [table, values] of text) {
      const leaks = values.filter((v) => v.includes(SECRET_ID) || v.includes('xyzzy'));
      expect(leaks, table).toEqual([]);
    }
  });

  test('no response, consultation or business identifiers anywhere', async () => {
    const ids = new Set<unknown>([
      ...surveys.map((s) => s.response_id),
      ...consultations.flatMap((c) => [c.consultation_id, c.business_key]),
    ]);
    for (const [table, values] of await pubText(db.conn)) {
      expect(
        values.filter((v) => ids.has(v)),
        table,
      ).toEqual([]);
    }
  });
});

describe('pub.coordinator_figures', () => {
  test('counts shown from 10 consultations and shares from 10 answers, else NULL', async () => {
    expect(await describeTable(db.conn, 'pub.coordinator_figures')).toEqual([
      { name: 'fiscal_year', type: 'INTEGER' },
      { name: 'pref_code', type: 'VARCHAR' },
      { name: 'co_id', type: 'VARCHAR' },
      { name: 'consultations', type: 'INTEGER' },
      { name: 'consultations_status', type: 'VARCHAR' },
      { name: 'survey_answers', type: 'INTEGER' },
      { name: 'satisfied_share', type: 'DOUBLE' },
      { name: 'survey_status', type: 'VARCHAR' },
    ]);
    expect(await all(db.conn, 'SELECT * FROM pub.coordinator_figures')).toEqual([
      {
        fiscal_year: 2023,
        pref_code: '13',
        co_id: 'CO-A',
        consultations: 11,
        consultations_status: 'ok',
        survey_answers: 10,
        satisfied_share: 0.7,
        survey_status: 'ok',
      },
      {
        fiscal_year: 2024,
        pref_code: '13',
        co_id: 'CO-A',
        consultations: null,
        consultations_status: 'suppressed',
        survey_answers: null,
        satisfied_share: null,
        survey_status: 'suppressed',
      },
      {
        fiscal_year: 2024,
        pref_code: '14',
        co_id: 'CO-B',
        consultations: 10,
        consultations_status: 'ok',
        survey_answers: null,
        satisfied_share: null,
        survey_status: 'na',
      },
    ]);
  });
});

describe('menus, cases and capacity', () => {
  test('co_ids keep only consenting coordinators; text is kept as given', async () => {
    expect(
      await all(db.conn, 'SELECT menu_id, co_ids, description FROM pub.support_menus'),
    ).toEqual([
      { menu_id: 'M1', co_ids: ['CO-A'], description: '=1+1 <img src=x onerror=alert(1)>' },
      { menu_id: 'M2', co_ids: [], description: null },
    ]);
    const [c] = await all<Row>(db.conn, 'SELECT * FROM pub.cases');
    expect(c!.co_ids).toEqual(['CO-A', 'CO-B']);
    expect(c!.body).toBe(cases[0]!.body);
    expect(Object.keys(c!)).toEqual([
      'id',
      'pref_code',
      'title',
      'fiscal_year',
      'industry',
      'employees_band',
      'topics',
      'agencies',
      'co_ids',
      'outcome',
      'published',
      'body',
    ]);
  });

  test('capacity is published as given', async () => {
    expect(await all(db.conn, 'SELECT * FROM pub.capacity')).toEqual(capacity);
  });
});
