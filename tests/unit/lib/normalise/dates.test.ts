import { describe, expect, it } from 'vitest';
import { parseDate, parseMonth } from '../../../../src/lib/normalise/dates.ts';

describe('parseDate', () => {
  it.each([
    ['2024-04-01', '2024-04-01'],
    ['2024/04/01', '2024-04-01'],
    ['2024/4/1', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['R6.4.1', '2024-04-01'],
    ['r6.4.1', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R1.5.1', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['H26.6.2', '2014-06-02'],
    ['2024-02-29', '2024-02-29'],
    ['2024年4月1日', '2024-04-01'],
    ['1900-01-01', '1900-01-01'],
    ['2100-01-01', '2100-01-01'], // FY2099: financials.csv allows fiscal years to 2100
    ['2101-03-31', '2101-03-31'], // the last day of FY2100
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['2023-02-29', 'not a calendar date'],
    ['2024-13-01', 'not a calendar date'],
    ['0000-01-01', 'outside the dates this portal reads (1900-01-01 – 2101-03-31)'],
    ['0099-01-01', 'outside the dates'],
    ['1899-12-31', 'outside the dates'],
    ['2101-04-01', 'outside the dates'],
    ['令和83年4月1日', 'outside the dates'], // 2101-04-01
    ['R1.4.30', 'outside its era'], // 令和 began on 1 May 2019
    ['平成31年5月1日', 'outside its era'],
    ['R0.5.1', 'not a calendar date'],
    ['2024.04.01', 'is not a date'],
    ['20240401', 'is not a date'],
    ['2024年2月30日', 'not a calendar date'],
    ['2024-04-01 00:00', 'is not a date'],
  ])('%s is rejected (%s)', (input, reason) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('parseMonth', () => {
  it('normalises months', () => {
    expect(parseMonth('2024-4')).toEqual({ ok: true, value: '2024-04' });
    expect(parseMonth('2024/04')).toEqual({ ok: true, value: '2024-04' });
    expect(parseMonth('令和6年4月')).toEqual({ ok: true, value: '2024-04' });
    expect(parseMonth('2024-13').ok).toBe(false);
    expect(parseMonth('2024-04-01').ok).toBe(false);
  });
});
