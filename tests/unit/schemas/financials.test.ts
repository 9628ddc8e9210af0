import { describe, expect, it } from 'vitest';
import { financialSchema } from '../../../src/schemas/financials.ts';
import { check } from './helpers.ts';

const corp = {
  business_key: 'BK1',
  fiscal_year: '2024',
  legal_form: 'corp',
  employees: '10',
  sales: '１２３４５',
  operating_profit: '−500',
  personnel_cost: '3000',
  depreciation: '100',
  welfare_cost: '',
  wages: '',
};
const sole = { ...corp, legal_form: 'sole', personnel_cost: '', welfare_cost: '50', wages: '900' };

describe('financialSchema', () => {
  it('reads money in 千円, negatives included', () => {
    expect(check(financialSchema, corp).data).toMatchObject({
      sales: 12345,
      operating_profit: -500,
      welfare_cost: null,
    });
    expect(check(financialSchema, sole).errors).toBeUndefined();
  });

  it.each([
    [corp, { personnel_cost: '' }, 'personnel_cost: missing value (legal_form is corp)'],
    [corp, { wages: '10' }, 'wages: must be empty when legal_form is corp'],
    [sole, { welfare_cost: '' }, 'welfare_cost: missing value (legal_form is sole)'],
    [sole, { personnel_cost: '1' }, 'personnel_cost: must be empty when legal_form is sole'],
    [corp, { legal_form: 'prestartup' }, "legal_form: 'prestartup' is not 'corp' or 'sole'"],
    [corp, { sales: '-1' }, 'sales: -1 is out of range 0–1000000000000000'],
    [corp, { fiscal_year: '2013' }, 'fiscal_year: 2013 is out of range 2014–2100'],
  ])('rejects %#', (base, change, message) => {
    expect(check(financialSchema, { ...base, ...change }).errors).toEqual([message]);
  });
});
