import { describe, expect, it } from 'vitest';
import { consultationSchema } from '../../../src/schemas/consultations.ts';
import { check, itRejects } from './helpers.ts';

const row = {
  consultation_id: 'C1',
  date: '2024-10-08',
  pref_code: '13',
  co_id: 'HX-13-001',
  business_key: 'BK1',
  legal_form: 'corp',
  employees_band: '1-5',
  industry: 'E',
  topics: 'finance;mgmt_plan',
  channel: 'online',
  minutes: '56',
  phase: '1',
  issue_resolved: '0',
  outcome_confirmed: '1',
  referred_to: '',
  joint_with: 'cci;shokokai',
};

describe('consultationSchema', () => {
  it('normalises a valid row', () => {
    expect(check(consultationSchema, row).data).toEqual({
      ...row,
      topics: ['finance', 'mgmt_plan'],
      minutes: 56,
      phase: 1,
      issue_resolved: false,
      outcome_confirmed: true,
      referred_to: [],
      joint_with: ['cci', 'shokokai'],
    });
  });

  it('folds full-width codes and numbers, era dates, 1 → 01 and boolean words', () => {
    const data = check(consultationSchema, {
      ...row,
      date: '令和６年１０月８日',
      pref_code: '１',
      co_id: ' ＨＸ－１３－００１ ',
      minutes: '５６',
      issue_resolved: 'TRUE',
      outcome_confirmed: 'N',
      industry: 'Ｅ',
    }).data as Record<string, unknown>;
    expect(data).toMatchObject({
      date: '2024-10-08',
      pref_code: '01',
      co_id: 'HX-13-001',
      minutes: 56,
      issue_resolved: true,
      outcome_confirmed: false,
      industry: 'E',
    });
  });

  it('keeps the opaque keys as given, trimmed only: Ｂ1 and B1 are two businesses', () => {
    // README: full-width is folded "in code and number fields"; the keys are strings
    const data = check(consultationSchema, {
      ...row,
      consultation_id: ' Ｃ１ ',
      business_key: 'Ｂ1',
    }).data as Record<string, unknown>;
    expect(data).toMatchObject({ consultation_id: 'Ｃ１', business_key: 'Ｂ1' });
  });

  itRejects(consultationSchema, row, [
    [{ minutes: '0' }, 'minutes: 0 is out of range 1–480'],
    [{ minutes: '481' }, 'minutes: 481 is out of range 1–480'],
    [{ minutes: '1.5' }, "minutes: '1.5' is not an integer"],
    [{ phase: '3' }, 'phase: 3 is out of range 1–2'],
    [{ pref_code: '48' }, "pref_code: '48' is not a centre code (01–47 of vocab/centers.csv)"],
    [{ pref_code: '00' }, "pref_code: '00' is not a centre code (01–47 of vocab/centers.csv)"],
    [{ topics: '' }, 'topics: missing value'],
    [{ topics: 'finance;pricing;hr;ip' }, 'topics: 4 codes given, 1–3 allowed'],
    [{ topics: 'finance;finance' }, "topics: 'finance;finance' lists a code twice"],
    [{ topics: 'cooking' }, "topics: 'cooking' is not a topic code"],
    [{ channel: 'fax' }, "channel: 'fax' is not a channel code"],
    [
      { issue_resolved: 'maybe' },
      "issue_resolved: 'maybe' is not a boolean (1/0, true/false, Y/N)",
    ],
    [{ date: '2024-02-30' }, "date: '2024-02-30' is not a calendar date"],
    [{ co_id: 'a b' }, "co_id: 'a b' is not a coordinator id (3–32 of A–Z a–z 0–9 -)"],
    [{ business_key: '' }, 'business_key: missing value'],
    [{ legal_form: 'prestartup' }, 'employees_band: must be empty when legal_form is prestartup'],
    [{ employees_band: '' }, 'employees_band: missing value (legal_form is corp)'],
    [{ industry: '' }, 'industry: missing value (legal_form is corp)'],
    [{ referred_to: 'bank' }, "referred_to: 'bank' is not an agency code"],
  ]);

  it('drops empty list items: a trailing separator names no code (docs/ingest.md)', () => {
    const data = check(consultationSchema, { ...row, referred_to: 'jetro;', joint_with: ';' })
      .data as Record<string, unknown>;
    expect(data).toMatchObject({ referred_to: ['jetro'], joint_with: [] });
  });

  it('allows a prestartup row without band and industry, and a group session without co_id', () => {
    const r = check(consultationSchema, {
      ...row,
      legal_form: 'prestartup',
      employees_band: '',
      industry: '',
      co_id: '',
    });
    expect(r.errors).toBeUndefined();
  });
});
