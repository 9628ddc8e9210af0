// The format v1.1 schemas (format README: plans.csv, offices.csv, initiatives/*.md), rule
// by rule as the format's tables state them.
import { describe, expect, it } from 'vitest';
import { initiativeSchema } from '../../../src/schemas/initiatives.ts';
import { officeSchema } from '../../../src/schemas/offices.ts';
import { planSchema } from '../../../src/schemas/plans.ts';
import { check } from './helpers.ts';

describe('planSchema', () => {
  const row = { pref_code: '13', fiscal_year: '2024', indicator: 'r6_consultations', target: '50' };
  it('accepts a target and normalises codes and numbers', () => {
    expect(check(planSchema, { ...row, pref_code: '１３', target: '１２.５' }).data).toEqual({
      pref_code: '13',
      fiscal_year: 2024,
      indicator: 'r6_consultations',
      target: 12.5,
    });
  });
  it('takes only r6_ and r8_ ids of indicators.md', () => {
    expect(check(planSchema, { ...row, indicator: 'r8_resolved' }).errors).toBeUndefined();
    for (const indicator of ['funnel_phase2', 'r6_unknown', 'R6_consultations']) {
      expect(check(planSchema, { ...row, indicator }).errors).toEqual([
        `indicator: '${indicator}' is not an r6_ or r8_ indicator id of indicators.md`,
      ]);
    }
  });
  it('refuses negative targets, except for the two growth indicators', () => {
    expect(check(planSchema, { ...row, target: '-1' }).errors).toEqual([
      'target: -1 is negative (only r8_value_added_growth and r8_sales_growth may be)',
    ]);
    for (const indicator of ['r8_value_added_growth', 'r8_sales_growth']) {
      expect(check(planSchema, { ...row, indicator, target: '-0.5' }).errors).toBeUndefined();
    }
  });
  it('keeps share targets in [0, 1]', () => {
    const share = { ...row, indicator: 'r6_sat_satisfied' };
    expect(check(planSchema, { ...share, target: '0.8' }).errors).toBeUndefined();
    expect(check(planSchema, { ...share, target: '80' }).errors).toEqual([
      'target: 80 is not a share in [0, 1] (r6_sat_satisfied is a share)',
    ]);
  });
  it('refuses what is not a plain decimal number', () => {
    for (const target of ['1e3', '1,000', '', 'abc']) {
      expect(check(planSchema, { ...row, target }).errors?.[0], target).toMatch(/^target: /);
    }
  });
});

describe('officeSchema', () => {
  const row = {
    pref_code: '13',
    office_id: 'tokyo-main',
    name: '本部',
    main: '1',
    address: '東京都千代田区架空町1-2-3',
    phone: '03-0000-0000',
    website: 'https://example.jp/',
    booking_url: '',
    hours: '',
    online: '0',
  };
  it('accepts an office; empty optional cells are null', () => {
    expect(check(officeSchema, row).data).toMatchObject({
      main: true,
      online: false,
      booking_url: null,
      hours: null,
    });
  });
  it('takes https:// URLs only', () => {
    for (const url of ['http://example.jp/', 'javascript:alert(1)', 'https://', 'ftp://x.jp']) {
      expect(check(officeSchema, { ...row, website: url }).errors).toEqual([
        `website: '${url}' is not an https:// URL`,
      ]);
    }
  });
  it('checks office ids, phone characters and lengths', () => {
    expect(check(officeSchema, { ...row, office_id: 'Tokyo_Main' }).errors).toEqual([
      "office_id: 'Tokyo_Main' is not an office id (a–z 0–9 -, 2–40 characters)",
    ]);
    expect(check(officeSchema, { ...row, phone: '(03) 0000 0000' }).errors).toBeUndefined();
    expect(check(officeSchema, { ...row, phone: '03-0000 内線1' }).errors).toEqual([
      "phone: '03-0000 内線1' is not a phone number (digits, '-', '(', ')', spaces)",
    ]);
    expect(check(officeSchema, { ...row, name: 'あ'.repeat(61) }).errors).toEqual([
      'name: 61 characters, at most 60 allowed',
    ]);
    expect(check(officeSchema, { ...row, address: '' }).errors).toEqual(['address: missing value']);
  });
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
  it('accepts an initiative', () => {
    expect(check(initiativeSchema, row).data).toMatchObject({
      partners: [],
      participants: null,
      businesses: 28,
    });
  });
  it('needs an outcome once done, not while planned', () => {
    expect(check(initiativeSchema, { ...row, outcome: '' }).errors).toEqual([
      'outcome: missing value (stage is done)',
    ]);
    expect(
      check(initiativeSchema, { ...row, stage: 'planned', outcome: '' }).errors,
    ).toBeUndefined();
  });
  it('refuses an end before the start, unknown kinds and stages, and bad ids', () => {
    expect(check(initiativeSchema, { ...row, end: '2024-11-11' }).errors).toEqual([
      'end: 2024-11-11 is before start 2024-11-12',
    ]);
    expect(check(initiativeSchema, { ...row, kind: 'party' }).errors).toEqual([
      "kind: 'party' is not an initiative kind (vocab/initiative_kinds.csv)",
    ]);
    expect(check(initiativeSchema, { ...row, stage: 'ongoing' }).errors).toEqual([
      "stage: 'ongoing' is not 'planned' or 'done'",
    ]);
    expect(check(initiativeSchema, { ...row, id: 'ab' }).errors).toEqual([
      "id: 'ab' is not an initiative id (a–z 0–9 -, 3–40 characters)",
    ]);
  });
  it('keeps title and outcome short and on one line, counts whole and ≥ 0', () => {
    expect(check(initiativeSchema, { ...row, title: 'x'.repeat(81) }).errors).toEqual([
      'title: 81 characters, at most 80 allowed',
    ]);
    expect(check(initiativeSchema, { ...row, outcome: 'a\nb' }).errors).toEqual([
      'outcome: must be one line',
    ]);
    expect(check(initiativeSchema, { ...row, participants: '-1' }).errors).toEqual([
      'participants: -1 is out of range 0–2147483647',
    ]);
    expect(check(initiativeSchema, { ...row, businesses: '2.5' }).errors).toEqual([
      "businesses: '2.5' is not an integer",
    ]);
  });
});
