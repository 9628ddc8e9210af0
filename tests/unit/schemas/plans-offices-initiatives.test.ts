// The format v1.1 schemas (format README: plans.csv, offices.csv, initiatives/*.md), rule
// by rule as the format's tables state them.
import { describe, expect, it } from 'vitest';
import { initiativeSchema } from '../../../src/schemas/initiatives.ts';
import { officeSchema } from '../../../src/schemas/offices.ts';
import { planSchema } from '../../../src/schemas/plans.ts';
import { check, exampleRow, itRejects } from './helpers.ts';

describe('planSchema', () => {
  const row = exampleRow('plans.csv', 3); // 13, 2024, r6_consultations, 50
  it('accepts a target and normalises codes and numbers', () => {
    expect(check(planSchema, { ...row, pref_code: '１３', target: '１２.５' }).data).toEqual({
      pref_code: '13',
      fiscal_year: 2024,
      indicator: 'r6_consultations',
      target: 12.5,
    });
  });
  it('takes r8_ ids, negative targets of the two growth indicators and shares in [0, 1]', () => {
    expect(check(planSchema, { ...row, indicator: 'r8_resolved' }).errors).toBeUndefined();
    for (const indicator of ['r8_value_added_growth', 'r8_sales_growth']) {
      expect(check(planSchema, { ...row, indicator, target: '-0.5' }).errors).toBeUndefined();
    }
    const share = { ...row, indicator: 'r6_sat_satisfied', target: '0.8' };
    expect(check(planSchema, share).errors).toBeUndefined();
  });
  // Only r6_ and r8_ ids of indicators.md; no negative counts; shares stay in [0, 1].
  itRejects(planSchema, row, [
    ...['funnel_phase2', 'r6_unknown', 'R6_consultations'].map(
      (indicator): [Record<string, string>, string] => [
        { indicator },
        `indicator: '${indicator}' is not an r6_ or r8_ indicator id of indicators.md`,
      ],
    ),
    [
      { target: '-1' },
      'target: -1 is negative (only r8_value_added_growth and r8_sales_growth may be)',
    ],
    [
      { indicator: 'r6_sat_satisfied', target: '80' },
      'target: 80 is not a share in [0, 1] (r6_sat_satisfied is a share)',
    ],
  ]);
  it('refuses what is not a plain decimal number', () => {
    for (const target of ['1e3', '1,000', '', 'abc']) {
      expect(check(planSchema, { ...row, target }).errors?.[0], target).toMatch(/^target: /);
    }
  });
});

describe('officeSchema', () => {
  // A satellite without website, booking page or online consultations.
  const row = exampleRow('offices.csv', 3);
  it('accepts an office; empty optional cells are null; phones may have brackets', () => {
    expect(check(officeSchema, row).data).toMatchObject({
      office_id: 'tokyo-tama',
      main: false,
      online: false,
      website: null,
      booking_url: null,
    });
    expect(check(officeSchema, { ...row, phone: '(03) 0000 0000' }).errors).toBeUndefined();
  });
  // https:// URLs only; office ids, phone characters and lengths are checked.
  itRejects(officeSchema, row, [
    ...['http://example.jp/', 'javascript:alert(1)', 'https://', 'ftp://x.jp'].map(
      (url): [Record<string, string>, string] => [
        { website: url },
        `website: '${url}' is not an https:// URL`,
      ],
    ),
    [
      { office_id: 'Tokyo_Main' },
      "office_id: 'Tokyo_Main' is not an office id (a–z 0–9 -, 2–40 characters)",
    ],
    [
      { phone: '03-0000 内線1' },
      "phone: '03-0000 内線1' is not a phone number (digits, '-', '(', ')', spaces)",
    ],
    [{ name: 'あ'.repeat(61) }, 'name: 61 characters, at most 60 allowed'],
    [{ address: '' }, 'address: missing value'],
  ]);
});

describe('initiativeSchema', () => {
  const row = {
    id: 'ex-13-buyers-2024',
    pref_code: '13',
    fiscal_year: '2024',
    title: '商談会',
    kind: 'business_meeting',
    stage: 'done',
    start: '2024-11-12',
    end: '2024-11-13',
    topics: 'sales_channel;product_dev',
    partners: '',
    participants: '',
    businesses: '28',
    outcome: '9社が取引を始めた。',
  };
  it('accepts an initiative, without an outcome while planned', () => {
    expect(check(initiativeSchema, row).data).toMatchObject({
      partners: [],
      participants: null,
      businesses: 28,
    });
    expect(
      check(initiativeSchema, { ...row, stage: 'planned', outcome: '' }).errors,
    ).toBeUndefined();
  });
  // An outcome once done; no end before the start, unknown kinds and stages or bad ids; title
  // and outcome short and on one line, counts whole and ≥ 0.
  itRejects(initiativeSchema, row, [
    [{ outcome: '' }, 'outcome: missing value (stage is done)'],
    [{ end: '2024-11-11' }, 'end: 2024-11-11 is before start 2024-11-12'],
    [{ kind: 'party' }, "kind: 'party' is not an initiative kind (vocab/initiative_kinds.csv)"],
    [{ stage: 'ongoing' }, "stage: 'ongoing' is not 'planned' or 'done'"],
    [{ id: 'ab' }, "id: 'ab' is not an initiative id (a–z 0–9 -, 3–40 characters)"],
    [{ title: 'x'.repeat(81) }, 'title: 81 characters, at most 80 allowed'],
    [{ outcome: 'a\nb' }, 'outcome: must be one line'],
    [{ participants: '-1' }, 'participants: -1 is out of range 0–2147483647'],
    [{ businesses: '2.5' }, "businesses: '2.5' is not an integer"],
  ]);
});
