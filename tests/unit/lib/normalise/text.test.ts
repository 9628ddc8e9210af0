import { describe, expect, it } from 'vitest';
import { foldCode } from '../../../../src/lib/normalise/text.ts';

describe('foldCode', () => {
  it('folds full-width digits and letters (NFKC) and trims', () => {
    expect(foldCode('　１３ ')).toBe('13');
    expect(foldCode('ＨＸ－１３－００１')).toBe('HX-13-001');
    expect(foldCode('−１２３')).toBe('-123');
    expect(foldCode(' plain ')).toBe('plain');
  });
});
