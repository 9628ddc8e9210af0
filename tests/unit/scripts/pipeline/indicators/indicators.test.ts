// indicators.csv against a second, naive implementation of indicators.md
// (tests/helpers/indicators-reference.ts) on generated exports the golden test never saw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../../../scripts/sample/index.ts';
import { contractNumber } from '../../../../../src/lib/indicator-compute/contract-csv.ts';
import { indicatorValues } from '../../../../../src/lib/indicator-compute/index.ts';
import { parseCsvText } from '../../../../../src/lib/csv/parse-text.ts';
import { EXAMPLE, run, tempDir } from '../../../../helpers/export.ts';
import { referenceIndicators } from '../../../../helpers/indicators-reference.ts';

function published(out: string) {
  const [, ...rows] = parseCsvText(readFileSync(join(out, 'indicators.csv'), 'utf8'));
  return rows.map(([fy, pref, indicator, value, status]) => ({
    fiscal_year: Number(fy),
    pref_code: pref!,
    indicator: indicator!,
    value: value === '' ? null : Number(value),
    status: status!,
  }));
}

describe('indicators.csv equals an independent implementation', () => {
  it('on the contract example', async () => {
    const out = join(tempDir(), 'out');
    expect((await run([EXAMPLE], out)).ok).toBe(true);
    expect(published(out)).toEqual(referenceIndicators(EXAMPLE));
  });

  it.each([11, 12, 13])('on a generated small export, seed %i', async (seed) => {
    const root = tempDir();
    await generateSample({ outDir: join(root, 'export'), scale: 'small', seed });
    expect((await run([join(root, 'export')], join(root, 'out'))).ok).toBe(true);
    const ours = published(join(root, 'out'));
    const theirs = referenceIndicators(join(root, 'export'));
    expect(ours.length).toBe(theirs.length);
    expect(ours).toEqual(theirs);
    // the data exercise every status
    expect(new Set(ours.map((r) => r.status))).toEqual(new Set(['ok', 'na', 'suppressed']));
  });
});

describe('status rules', () => {
  it('suppresses financial figures from 1–2 businesses before any na rule', () => {
    const v = indicatorValues({ fin_n: 2, fin_va: 100, fin_emp: 0, pair_n: 1, va_prev: -5 });
    expect(v.r8_value_added!.status).toBe('suppressed');
    expect(v.r8_productivity!.status).toBe('suppressed');
    expect(v.r8_value_added_growth!.status).toBe('suppressed');
  });
  it('says na for productivity without employees and growth from a non-positive base', () => {
    const v = indicatorValues({
      fin_n: 3,
      fin_va: 100,
      fin_emp: 0,
      pair_n: 3,
      va_now: 10,
      va_prev: 0,
    });
    expect(v.r8_productivity).toEqual({ value: null, status: 'na' });
    expect(v.r8_value_added_growth).toEqual({ value: null, status: 'na' });
    expect(v.r8_value_added).toEqual({ value: 100, status: 'ok' });
  });
  it('suppresses shares from 1–9 answers, na from none, counts are 0 not na', () => {
    expect(
      indicatorValues({ r6_sat_insight_n: 9, r6_sat_insight_pos: 9 }).r6_sat_insight!.status,
    ).toBe('suppressed');
    expect(indicatorValues({ r6_sat_insight_n: 10, r6_sat_insight_pos: 9 }).r6_sat_insight).toEqual(
      { value: 0.9, status: 'ok' },
    );
    const empty = indicatorValues({});
    expect(empty.r6_sat_insight!.status).toBe('na');
    expect(empty.r6_consultations).toEqual({ value: 0, status: 'ok' });
    expect(empty.r8_co_improved!.status).toBe('na');
  });
});

describe('contractNumber', () => {
  it("equals Python's repr(float) on 4,035 doubles of every magnitude", () => {
    // generated once with Python 3.11 (hex bits → repr); see the fixture's source field
    const { cases } = JSON.parse(
      readFileSync(new URL('../../../../fixtures/python-float-repr.json', import.meta.url), 'utf8'),
    ) as { cases: [string, string][] };
    const wrong = cases
      .map(([hex, repr]) => [Buffer.from(hex, 'hex').readDoubleBE(0), repr] as const)
      .filter(([x, repr]) => contractNumber(x) !== repr)
      .map(([x, repr]) => `${repr} written as ${contractNumber(x)}`);
    expect(wrong).toEqual([]);
    expect(cases.length).toBe(4035);
  });

  it('writes doubles as the contract example does', () => {
    expect(contractNumber(16)).toBe('16.0');
    expect(contractNumber(0)).toBe('0.0');
    expect(contractNumber(0.5833333333333334)).toBe('0.5833333333333334');
    expect(contractNumber(-25702)).toBe('-25702.0');
    expect(contractNumber(1e-7)).toBe('1e-07');
    for (const x of [2267.5151515151515, -0.21695101075186085, 1 / 3])
      expect(Number(contractNumber(x))).toBe(x);
  });
});
