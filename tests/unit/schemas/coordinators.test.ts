import { describe, expect, it } from 'vitest';
import { coordinatorSchema } from '../../../src/schemas/coordinators.ts';
import { check, itRejects } from './helpers.ts';

const row = {
  co_id: 'HX-13-001',
  pref_code: '13',
  role: 'CO',
  display_name: '架空 太郎',
  publish_consent: '1',
  qualifications: 'sme_consultant;cpa',
  specialties: 'pricing',
  industries: '',
  online: 'Y',
  languages: '',
  bio: '  <b>販路開拓</b>が得意です。 ',
  joined: '2018-04',
  left: '',
};

describe('coordinatorSchema', () => {
  it('normalises a valid row; free text is trimmed only, languages default to ja', () => {
    expect(check(coordinatorSchema, row).data).toMatchObject({
      qualifications: ['sme_consultant', 'cpa'],
      industries: [],
      online: true,
      languages: ['ja'],
      bio: '<b>販路開拓</b>が得意です。',
      left: null,
    });
  });

  it('keeps full-width text in bios (NFKC applies to codes and numbers only)', () => {
    const data = check(coordinatorSchema, { ...row, bio: 'ＤＸ支援' }).data as { bio: string };
    expect(data.bio).toBe('ＤＸ支援');
  });

  itRejects(coordinatorSchema, row, [
    [{ co_id: 'ab' }, "co_id: 'ab' is not a coordinator id (3–32 of A–Z a–z 0–9 -)"],
    [{ role: 'cco' }, "role: 'cco' is not a role ('CCO' or 'CO')"],
    [{ publish_consent: '0' }, 'display_name: must be empty when publish_consent is 0'],
    [{ specialties: '' }, 'specialties: missing value'],
    [
      { specialties: 'pricing;finance;hr;ip;legal;bcp;other' },
      'specialties: 7 codes given, 1–6 allowed',
    ],
    [{ qualifications: 'chef' }, "qualifications: 'chef' is not a qualification code"],
    [{ languages: 'fr' }, "languages: 'fr' is not a language code"],
    [{ bio: 'あ'.repeat(401) }, 'bio: 401 characters, at most 400 allowed'],
    [{ joined: '2018-13' }, "joined: '2018-13' is not a month (use YYYY-MM)"],
    [{ left: '2018-03' }, 'left: 2018-03 is before joined 2018-04'],
  ]);
});
