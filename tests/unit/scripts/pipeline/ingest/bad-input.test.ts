// The bad-input corpus: each case breaks a copy of the contract example in one way and
// asserts the exact `file:line: column: reason` and that the previously published
// directory is byte-for-byte unchanged (format README, "What the pipeline must do").
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  EXAMPLE,
  cell,
  readRows,
  run,
  setCell,
  tempDir,
  writeRows,
} from '../../../../helpers/export.ts';
import {
  type BadCase,
  f,
  oneCell,
  oneEdit,
  oneLine,
  rejectsEach,
} from '../../../../helpers/bad-input.ts';
import { encodeShiftJis } from '../../../../helpers/sjis.ts';

const CASES: BadCase[] = [
  {
    name: 'missing required file',
    breakIt: (d) => rmSync(f(d, 'consultations.csv')),
    expected: ['consultations.csv: (file): required file is missing'],
  },
  {
    name: 'missing coordinators file',
    breakIt: (d) => rmSync(f(d, 'coordinators.csv')),
    expected: ['coordinators.csv: (file): required file is missing'],
  },
  {
    name: 'empty file',
    breakIt: (d) => writeFileSync(f(d, 'capacity.csv'), ''),
    expected: ['capacity.csv:1: (header): the file is empty: a header row is required'],
  },
  {
    name: 'identifying extra column',
    breakIt: (d) => {
      const rows = readRows(f(d, 'consultations.csv'));
      rows.forEach((r, i) => r.push(i === 0 ? 'business_name' : '架空商店'));
      writeRows(f(d, 'consultations.csv'), rows);
    },
    expected: [
      'consultations.csv:1: business_name: unknown column (not in format v1; it may hold identifying data)',
    ],
  },
  {
    name: 'missing column',
    breakIt: (d) =>
      writeRows(
        f(d, 'surveys.csv'),
        readRows(f(d, 'surveys.csv')).map((r) => r.slice(0, -1)),
      ),
    expected: ['surveys.csv:1: q_outlook: missing required column'],
  },
  {
    name: 'column twice',
    breakIt: (d) =>
      writeRows(
        f(d, 'capacity.csv'),
        readRows(f(d, 'capacity.csv')).map((r) => [...r, r[1]!]),
      ),
    expected: ['capacity.csv:1: fiscal_year: column appears twice in the header'],
  },
  oneCell(
    'minutes out of range',
    ['consultations.csv', 3, 'minutes', '481'],
    'consultations.csv:3: minutes: 481 is out of range 1–480',
  ),
  oneCell(
    'minutes not a number',
    ['consultations.csv', 4, 'minutes', '30分'],
    "consultations.csv:4: minutes: '30分' is not an integer",
  ),
  oneCell(
    'impossible date',
    ['consultations.csv', 5, 'date', '2024-02-30'],
    "consultations.csv:5: date: '2024-02-30' is not a calendar date",
  ),
  oneCell(
    'date outside its era',
    ['consultations.csv', 6, 'date', 'R1.4.1'],
    "consultations.csv:6: date: 'R1.4.1' is outside its era (2019-05-01 – )",
  ),
  oneCell(
    'unknown centre',
    ['consultations.csv', 7, 'pref_code', '48'],
    "consultations.csv:7: pref_code: '48' is not a centre code (01–47 of vocab/centers.csv)",
  ),
  oneCell(
    'unknown coordinator',
    ['consultations.csv', 8, 'co_id', 'HX-99-999'],
    "consultations.csv:8: co_id: 'HX-99-999' is not a co_id in coordinators.csv",
  ),
  oneCell(
    'four topics',
    ['consultations.csv', 9, 'topics', 'finance;pricing;hr;ip'],
    'consultations.csv:9: topics: 4 codes given, 1–3 allowed',
  ),
  oneCell(
    'no topic',
    ['consultations.csv', 10, 'topics', ''],
    'consultations.csv:10: topics: missing value',
  ),
  oneCell(
    'unknown channel',
    ['consultations.csv', 11, 'channel', 'fax'],
    "consultations.csv:11: channel: 'fax' is not a channel code",
  ),
  oneCell(
    'bad boolean',
    ['consultations.csv', 12, 'outcome_confirmed', '2'],
    "consultations.csv:12: outcome_confirmed: '2' is not a boolean (1/0, true/false, Y/N)",
  ),
  {
    name: 'prestartup with an employee band',
    breakIt: (d) => {
      setCell(f(d, 'consultations.csv'), 13, 'legal_form', 'prestartup');
      setCell(f(d, 'consultations.csv'), 13, 'employees_band', '1-5');
    },
    expected: ['consultations.csv:13: employees_band: must be empty when legal_form is prestartup'],
  },
  oneCell(
    'missing industry',
    ['consultations.csv', 14, 'industry', ''],
    `consultations.csv:14: industry: missing value (legal_form is ${cell(f(EXAMPLE, 'consultations.csv'), 14, 'legal_form')})`,
  ),
  {
    name: 'duplicate consultation_id, at both lines',
    breakIt: (d) =>
      setCell(
        f(d, 'consultations.csv'),
        20,
        'consultation_id',
        cell(f(d, 'consultations.csv'), 3, 'consultation_id'),
      ),
    expected: [
      `consultations.csv:3: consultation_id: duplicate consultation_id '${cell(f(EXAMPLE, 'consultations.csv'), 3, 'consultation_id')}' (also at line 20)`,
      `consultations.csv:20: consultation_id: duplicate consultation_id '${cell(f(EXAMPLE, 'consultations.csv'), 3, 'consultation_id')}' (also at line 3)`,
    ],
  },
  oneCell(
    'display name without consent',
    ['coordinators.csv', 3, 'publish_consent', '0'],
    'coordinators.csv:3: display_name: must be empty when publish_consent is 0',
  ),
  oneCell(
    'left before joined',
    ['coordinators.csv', 4, 'left', '2010-01'],
    `coordinators.csv:4: left: 2010-01 is before joined ${cell(f(EXAMPLE, 'coordinators.csv'), 4, 'joined')}`,
  ),
  {
    name: 'malformed co_id',
    breakIt: (d) =>
      appendFileSync(f(d, 'coordinators.csv'), 'x,13,CO,,0,,pricing,,0,ja,,2020-01,\n'),
    expected: ["coordinators.csv:14: co_id: 'x' is not a coordinator id (3–32 of A–Z a–z 0–9 -)"],
  },
  oneCell(
    'bio too long',
    ['coordinators.csv', 6, 'bio', 'あ'.repeat(401)],
    'coordinators.csv:6: bio: 401 characters, at most 400 allowed',
  ),
  oneCell(
    'two CCOs at one centre at the same time, at both lines',
    ['coordinators.csv', 3, 'role', 'CCO'],
    'coordinators.csv:2: role: a second CCO at centre 13 at the same time (HX-13-001 at DIR/coordinators.csv:3)',
    'coordinators.csv:3: role: a second CCO at centre 13 at the same time (HX-13-000 at DIR/coordinators.csv:2)',
  ),
  oneCell(
    'corp with sole-only cost',
    ['financials.csv', 2, 'wages', '100'],
    'financials.csv:2: wages: must be empty when legal_form is corp',
  ),
  oneCell(
    'sole without wages',
    ['financials.csv', 8, 'wages', ''],
    'financials.csv:8: wages: missing value (legal_form is sole)',
  ),
  oneCell(
    'duplicate (business_key, fiscal_year)',
    ['financials.csv', 3, 'fiscal_year', '2022'],
    "financials.csv:2: business_key: duplicate (business_key, fiscal_year) 'HBK00003943eb30, 2022' (also at line 3)",
    "financials.csv:3: business_key: duplicate (business_key, fiscal_year) 'HBK00003943eb30, 2022' (also at line 2)",
  ),
  oneCell(
    'survey answer 6',
    ['surveys.csv', 2, 'q_satisfaction', '6'],
    'surveys.csv:2: q_satisfaction: 6 is out of range 1–5',
  ),
  oneCell(
    'survey rates an unknown coordinator',
    ['surveys.csv', 3, 'co_id', 'HX-13-999'],
    "surveys.csv:3: co_id: 'HX-13-999' is not a co_id in coordinators.csv",
  ),
  oneCell(
    'negative capacity',
    ['capacity.csv', 2, 'trainees', '-3'],
    'capacity.csv:2: trainees: -3 is out of range 0–2147483647',
  ),
  oneCell(
    'duplicate capacity year',
    ['capacity.csv', 3, 'fiscal_year', '2023'],
    "capacity.csv:2: pref_code: duplicate (pref_code, fiscal_year) '13, 2023' (also at line 3)",
    "capacity.csv:3: pref_code: duplicate (pref_code, fiscal_year) '13, 2023' (also at line 2)",
  ),
  oneCell(
    'phase-2 date not a date',
    ['phase2.csv', 2, 'consent', '2024-04-31'],
    "phase2.csv:2: consent: '2024-04-31' is not a calendar date",
  ),
  oneCell(
    'menu format',
    ['support_menus.csv', 2, 'format', 'webinar'],
    "support_menus.csv:2: format: 'webinar' is not a menu format (individual, seminar, outreach, clinic, online)",
  ),
  oneCell(
    'menu run by an unknown coordinator',
    ['support_menus.csv', 3, 'co_ids', 'HX-47-001;HX-47-404'],
    "support_menus.csv:3: co_ids: 'HX-47-404' is not a co_id in coordinators.csv",
  ),
  {
    name: 'invalid UTF-8 bytes',
    breakIt: (d) => {
      const bytes = readFileSync(f(d, 'support_menus.csv'));
      const at = bytes.indexOf(0x0a) + 1; // start of line 2
      writeFileSync(
        f(d, 'support_menus.csv'),
        Buffer.concat([bytes.subarray(0, at + 6), Buffer.from([0xff]), bytes.subarray(at + 6)]),
      );
    },
    expected: ['support_menus.csv:2: pref_code: invalid UTF-8 byte sequence'],
  },
  {
    name: 'invalid Shift_JIS bytes',
    breakIt: (d) => {
      const text = readFileSync(f(d, 'coordinators.csv'), 'utf8');
      const sjis = Buffer.from(encodeShiftJis(text));
      const lines: Buffer[] = [];
      let start = 0;
      for (let i = sjis.indexOf(0x0a); i >= 0; i = sjis.indexOf(0x0a, i + 1)) {
        lines.push(sjis.subarray(start, i + 1));
        start = i + 1;
      }
      // line 7, last column: a lead byte with no valid trail byte
      lines[6] = Buffer.concat([lines[6]!.subarray(0, -1), Buffer.from([0x85, 0x20, 0x0a])]);
      writeFileSync(f(d, 'coordinators.csv'), Buffer.concat(lines));
    },
    expected: ['coordinators.csv:7: left: invalid Shift_JIS byte sequence'],
  },
  {
    name: 'unterminated quote',
    breakIt: (d) => appendFileSync(f(d, 'capacity.csv'), '"13,2026,1,1,1,1,1\n47,2026,1,1,1,1,1\n'),
    expected: [
      'capacity.csv:8: pref_code: unterminated quoted field (a " opens a field that never closes)',
    ],
  },
  oneLine(
    'text after a closing quote',
    ['capacity.csv', 4, '"13"x,2025,6,1,10,0,55'],
    'capacity.csv:4: pref_code: unexpected text after a closing quote (write "" for a quote inside a field)',
  ),
  oneLine(
    'too few fields',
    ['capacity.csv', 5, '47,2023,0,4'],
    'capacity.csv:5: joint_staff: missing field: the row has 4 fields, the header 7',
  ),
  oneLine(
    'too many fields',
    ['capacity.csv', 6, '47,2024,7,4,14,2,161,9'],
    'capacity.csv:6: (row): extra field: the row has 8 fields, the header 7',
  ),
  oneEdit(
    'case study with an unknown topic',
    ['cases/ex-13-001.md', 'topics: [pricing, profitability]', 'topics: [pricing, cooking]'],
    "cases/ex-13-001.md:8: topics: 'cooking' is not a topic code",
  ),
  oneEdit(
    'case study naming an unknown coordinator',
    ['cases/ex-13-001.md', 'co_ids: [HX-13-001, HX-13-002]', 'co_ids: [HX-13-001, HX-13-777]'],
    "cases/ex-13-001.md:10: co_ids: 'HX-13-777' is not a co_id in coordinators.csv",
  ),
  {
    name: 'case study without an outcome',
    breakIt: (d) => {
      const p = f(d, 'cases/ex-13-001.md');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^outcome:.*\n/m, ''));
    },
    expected: ['cases/ex-13-001.md:1: outcome: missing front-matter field'],
  },
  {
    // an equal row would be the same coordinator again (merge-repeats.test.ts)
    name: 'a coordinator id repeated with other values in a second input directory',
    breakIt: (d) => {
      const second = join(d, '..', 'second');
      mkdirSync(second);
      const rows = readRows(f(d, 'coordinators.csv'));
      const changed = rows[3]!.map((v, i) => (rows[0]![i] === 'joined' ? '2001-01' : v));
      writeRows(join(second, 'coordinators.csv'), [rows[0]!, changed]);
      writeRows(join(second, 'consultations.csv'), [readRows(f(d, 'consultations.csv'))[0]!]);
      return [second];
    },
    expected: [
      "coordinators.csv:4: co_id: duplicate co_id 'HX-13-002' (also at SECOND/coordinators.csv:2)",
      "SECOND/coordinators.csv:2: co_id: duplicate co_id 'HX-13-002' (also at DIR/coordinators.csv:4)",
    ],
  },
];

describe('bad input is rejected precisely and publishes nothing', () => {
  it('has at least 25 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(25));

  rejectsEach(CASES);

  it('refuses to replace a directory that is not a pipeline output', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'precious.txt'), 'keep me');
    const result = await run([EXAMPLE], out);
    expect(result.ok).toBe(false);
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('keep me');
  });
});
