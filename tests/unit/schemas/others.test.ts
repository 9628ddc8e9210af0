import { describe, expect, it } from 'vitest';
import { capacitySchema } from '../../../src/schemas/capacity.ts';
import { caseSchema } from '../../../src/schemas/cases.ts';
import { phase2Schema } from '../../../src/schemas/phase2.ts';
import { supportMenuSchema } from '../../../src/schemas/support-menus.ts';
import { surveySchema } from '../../../src/schemas/surveys.ts';
import { check, itRejects } from './helpers.ts';

describe('surveySchema', () => {
  const row = {
    response_id: 'S1',
    date: 'R6.5.1',
    pref_code: '47',
    co_id: '',
    q_insight: '4',
    q_knowhow: '',
    q_roadmap: '5',
    q_outcome: '3',
    q_satisfaction: '５',
    q_selfdrive: '',
    q_outlook: '',
  };
  it('accepts unanswered questions as null', () => {
    expect(check(surveySchema, row).data).toMatchObject({
      date: '2024-05-01',
      q_knowhow: null,
      q_satisfaction: 5,
      co_id: null,
    });
  });
  it('rejects answers outside 1–5', () => {
    expect(check(surveySchema, { ...row, q_outcome: '6' }).errors).toEqual([
      'q_outcome: 6 is out of range 1–5',
    ]);
  });
});

describe('capacitySchema', () => {
  const row = {
    pref_code: '13',
    fiscal_year: '2024',
    co_improved: '3',
    trainees: '0',
    joint_staff: '1',
    lectures: '2',
    lecture_attendees: '40',
  };
  it('rejects negative counts', () => {
    expect(check(capacitySchema, row).errors).toBeUndefined();
    expect(check(capacitySchema, { ...row, trainees: '-1' }).errors).toEqual([
      'trainees: -1 is out of range 0–2147483647',
    ]);
  });
});

describe('phase2Schema', () => {
  it('allows missing dates and rejects bad ones', () => {
    const row = {
      business_key: 'BK1',
      pref_code: '13',
      statements_submitted: '2024/5/18',
      visualization_started: '',
      consent: '',
    };
    expect(check(phase2Schema, row).data).toMatchObject({
      statements_submitted: '2024-05-18',
      consent: null,
    });
    expect(check(phase2Schema, { ...row, consent: '2024-04-31' }).errors).toEqual([
      "consent: '2024-04-31' is not a calendar date",
    ]);
  });
});

describe('supportMenuSchema', () => {
  const row = {
    menu_id: 'M1',
    pref_code: '13',
    title: '価格転嫁 相談会',
    topics: 'pricing',
    format: 'clinic',
    description: '<img src=x onerror=alert(1)>',
    co_ids: 'HX-13-001;HX-13-002',
  };
  it('keeps untrusted text as it is (escaping is the renderer’s job)', () => {
    expect(check(supportMenuSchema, row).data).toMatchObject({
      description: '<img src=x onerror=alert(1)>',
      co_ids: ['HX-13-001', 'HX-13-002'],
    });
  });
  itRejects(supportMenuSchema, row, [
    [
      { format: 'webinar' },
      "format: 'webinar' is not a menu format (individual, seminar, outreach, clinic, online)",
    ],
    [{ title: 'あ'.repeat(81) }, 'title: 81 characters, at most 80 allowed'],
    [{ description: 'x'.repeat(1001) }, 'description: 1001 characters, at most 1000 allowed'],
  ]);
});

describe('caseSchema', () => {
  const fm = {
    id: 'ex-1',
    pref_code: '13',
    title: 't',
    fiscal_year: '2024',
    industry: 'E',
    employees_band: '6-20',
    topics: 'pricing',
    agencies: '',
    co_ids: 'HX-13-001',
    outcome: 'ok',
    published: '2025-06-10',
  };
  it('accepts front matter turned into cells', () => {
    expect(check(caseSchema, fm).data).toMatchObject({
      fiscal_year: 2024,
      agencies: [],
      topics: ['pricing'],
    });
  });
  it('requires a one-line outcome', () => {
    expect(check(caseSchema, { ...fm, outcome: 'a\nb' }).errors).toEqual([
      'outcome: must be one line',
    ]);
  });
});
