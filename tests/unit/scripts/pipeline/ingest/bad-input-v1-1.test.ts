// The bad-input corpus of format v1.1 (plans.csv, offices.csv, initiatives/*.md) and of
// YAML tags in any front matter: each case breaks a copy of the contract example in one
// way and asserts the exact `file:line: column: reason` and that the previously published
// directory is byte-for-byte unchanged (format README, "What the pipeline must do").
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import {
  type BadCase,
  edit,
  f,
  oneCell,
  oneEdit,
  rejectsEach,
} from '../../../../helpers/bad-input.ts';
import { readRows, writeRows } from '../../../../helpers/export.ts';

const BUYERS = 'initiatives/ex-13-buyers-2024.md';
const CASE = 'cases/ex-13-001.md';
const TAGS = 'the front matter holds plain values and lists only';

/** A second input directory with the required files (header only) and one more file. */
const secondDir = (d: string, file: string, rows: string[][]) => {
  const second = join(d, '..', 'second');
  mkdirSync(second);
  for (const required of ['coordinators.csv', 'consultations.csv'])
    writeRows(join(second, required), [readRows(f(d, required))[0]!]);
  writeRows(join(second, file), rows);
  return [second];
};

const CASES: BadCase[] = [
  oneCell(
    'plan for a funnel indicator',
    ['plans.csv', 2, 'indicator', 'funnel_phase2'],
    "plans.csv:2: indicator: 'funnel_phase2' is not an r6_ or r8_ indicator id of indicators.md",
  ),
  oneCell(
    'plan for an unknown indicator',
    ['plans.csv', 3, 'indicator', 'r6_visits'],
    "plans.csv:3: indicator: 'r6_visits' is not an r6_ or r8_ indicator id of indicators.md",
  ),
  oneCell(
    'negative target of a count',
    ['plans.csv', 3, 'target', '-50'],
    'plans.csv:3: target: -50 is negative (only r8_value_added_growth and r8_sales_growth may be)',
  ),
  oneCell(
    'share target above 1',
    ['plans.csv', 7, 'target', '80'],
    'plans.csv:7: target: 80 is not a share in [0, 1] (r6_sat_satisfied is a share)',
  ),
  oneCell(
    'target not a number',
    ['plans.csv', 3, 'target', '50件'],
    "plans.csv:3: target: '50件' is not a number",
  ),
  {
    name: 'two targets for one centre, year and indicator, at both lines',
    breakIt: (d) => {
      const rows = readRows(f(d, 'plans.csv'));
      writeRows(f(d, 'plans.csv'), [...rows, ['13', '2024', 'r6_businesses', '20']]);
    },
    expected: [
      "plans.csv:2: pref_code: duplicate (pref_code, fiscal_year, indicator) '13, 2024, r6_businesses' (also at line 17)",
      "plans.csv:17: pref_code: duplicate (pref_code, fiscal_year, indicator) '13, 2024, r6_businesses' (also at line 2)",
    ],
  },
  {
    name: 'a target filed again with another value in a second input directory',
    breakIt: (d) =>
      secondDir(d, 'plans.csv', [
        ['pref_code', 'fiscal_year', 'indicator', 'target'],
        ['47', '2026', 'r6_consultations', '80'],
      ]),
    expected: [
      "plans.csv:16: pref_code: duplicate (pref_code, fiscal_year, indicator) '47, 2026, r6_consultations' (also at SECOND/plans.csv:2)",
      "SECOND/plans.csv:2: pref_code: duplicate (pref_code, fiscal_year, indicator) '47, 2026, r6_consultations' (also at DIR/plans.csv:16)",
    ],
  },
  oneCell(
    'plain http website',
    ['offices.csv', 2, 'website', 'http://example.jp/tokyo-yorozu/'],
    "offices.csv:2: website: 'http://example.jp/tokyo-yorozu/' is not an https:// URL",
  ),
  oneCell(
    'script URL for booking',
    ['offices.csv', 4, 'booking_url', 'javascript:alert(1)'],
    "offices.csv:4: booking_url: 'javascript:alert(1)' is not an https:// URL",
  ),
  oneCell(
    'phone number with words',
    ['offices.csv', 3, 'phone', '042-000-0000 内線12'],
    "offices.csv:3: phone: '042-000-0000 内線12' is not a phone number (digits, '-', '(', ')', spaces)",
  ),
  oneCell(
    'office id with capitals',
    ['offices.csv', 3, 'office_id', 'Tokyo-Tama'],
    "offices.csv:3: office_id: 'Tokyo-Tama' is not an office id (a–z 0–9 -, 2–40 characters)",
  ),
  oneCell(
    'office id twice, at both lines',
    ['offices.csv', 3, 'office_id', 'tokyo-main'],
    "offices.csv:2: office_id: duplicate office_id 'tokyo-main' (also at line 3)",
    "offices.csv:3: office_id: duplicate office_id 'tokyo-main' (also at line 2)",
  ),
  oneCell(
    'two main offices at one centre',
    ['offices.csv', 3, 'main', '1'],
    'offices.csv:2: main: centre 13 has 2 main offices (exactly one is required)',
    'offices.csv:3: main: centre 13 has 2 main offices (exactly one is required)',
  ),
  oneCell(
    'a centre without a main office',
    ['offices.csv', 4, 'main', '0'],
    'offices.csv:4: main: centre 47 has no main office (exactly one row with main = 1 is required)',
  ),
  oneCell(
    'office name too long',
    ['offices.csv', 3, 'name', 'サ'.repeat(61)],
    'offices.csv:3: name: 61 characters, at most 60 allowed',
  ),
  oneEdit(
    'initiative of an unknown kind',
    [BUYERS, 'kind: business_meeting', 'kind: party'],
    `${BUYERS}:6: kind: 'party' is not an initiative kind (vocab/initiative_kinds.csv)`,
  ),
  oneEdit(
    'initiative in an unknown stage',
    [BUYERS, 'stage: done', 'stage: ongoing'],
    `${BUYERS}:7: stage: 'ongoing' is not 'planned' or 'done'`,
  ),
  oneEdit(
    'initiative ending before it starts',
    [BUYERS, 'end: 2024-11-13', 'end: 2024-11-01'],
    `${BUYERS}:9: end: 2024-11-01 is before start 2024-11-12`,
  ),
  oneEdit(
    'done initiative without an outcome',
    [BUYERS, /^outcome:.*\n/m, ''],
    `${BUYERS}:1: outcome: missing value (stage is done)`,
  ),
  {
    name: 'initiative with an unknown partner and too long a title',
    breakIt: (d) => {
      edit(f(d, BUYERS), 'partners: [cci, regional_bank]', 'partners: [cci, bank_of_x]');
      edit(f(d, BUYERS), /^title: .*$/m, `title: ${'商'.repeat(81)}`);
    },
    expected: [
      `${BUYERS}:5: title: 81 characters, at most 80 allowed`,
      `${BUYERS}:11: partners: 'bank_of_x' is not an agency code`,
    ],
  },
  oneEdit(
    'initiative with negative participants',
    [BUYERS, 'participants: 64', 'participants: -64'],
    `${BUYERS}:12: participants: -64 is out of range 0–2147483647`,
  ),
  {
    name: 'initiative with an unknown field and without a kind',
    breakIt: (d) => {
      edit(f(d, BUYERS), /^kind: .*\n/m, '');
      edit(f(d, BUYERS), 'stage: done', 'stage: done\nbudget: 120');
    },
    expected: [
      `${BUYERS}:7: budget: unknown front-matter field`,
      `${BUYERS}:1: kind: missing front-matter field`,
    ],
  },
  {
    name: 'initiative id taken by another file, at both files',
    breakIt: (d) =>
      writeFileSync(
        f(d, 'initiatives/zz-copy.md'),
        readFileSync(f(d, 'initiatives/ex-47-islands-2025.md'), 'utf8').replace(
          'id: ex-47-islands-2025',
          'id: ex-13-buyers-2024',
        ),
      ),
    expected: [
      `${BUYERS}:2: id: duplicate id 'ex-13-buyers-2024' (also at DIR/initiatives/zz-copy.md:2)`,
      `initiatives/zz-copy.md:2: id: duplicate id 'ex-13-buyers-2024' (also at DIR/${BUYERS}:2)`,
    ],
  },
  oneEdit(
    'initiative id with capitals',
    [BUYERS, 'id: ex-13-buyers-2024', 'id: EX-13'],
    `${BUYERS}:2: id: 'EX-13' is not an initiative id (a–z 0–9 -, 3–40 characters)`,
  ),
  oneEdit(
    'YAML tag !!binary in an initiative',
    [BUYERS, /^title: .*$/m, 'title: !!binary 5ZWG6KuH5Lya'],
    `${BUYERS}:5: title: YAML tag '!!binary' is not allowed: ${TAGS}`,
  ),
  {
    name: 'YAML tag !!js/function in an initiative list',
    breakIt: (d) =>
      edit(
        f(d, BUYERS),
        'topics: [sales_channel, product_dev]',
        'topics:\n  - sales_channel\n  - !!js/function "function () { return 1 }"',
      ),
    expected: [`${BUYERS}:12: topics: YAML tag '!!js/function' is not allowed: ${TAGS}`],
  },
  oneEdit(
    'YAML local tag in a case study',
    [CASE, 'industry: E', 'industry: !industry E'],
    `${CASE}:6: industry: YAML tag '!industry' is not allowed: ${TAGS}`,
  ),
  oneEdit(
    'YAML tag even for a plain string, on the front matter itself',
    [CASE, /^---\nid:/, '---\n!!map\nid:'],
    `${CASE}:2: (front matter): YAML tag '!!map' is not allowed: ${TAGS}`,
  ),
  {
    name: 'initiatives folder with a non-UTF-8 file',
    breakIt: (d) => {
      rmSync(f(d, 'initiatives/ex-47-islands-2025.md'));
      writeFileSync(f(d, 'initiatives/bad.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0x0a]));
    },
    expected: ['initiatives/bad.md:2: (file): invalid UTF-8 byte sequence'],
  },
];

describe('bad plans, offices, initiatives and YAML tags are rejected precisely', () => {
  rejectsEach(CASES);
});
