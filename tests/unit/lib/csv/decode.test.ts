import { describe, expect, it } from 'vitest';
import { LineSafeDecoder } from '../../../../src/lib/csv/decode.ts';
import { encodeShiftJis } from '../../../helpers/sjis.ts';

function decodeAll(bytes: Uint8Array, chunk = 7) {
  const d = new LineSafeDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += chunk) text += d.push(bytes.subarray(i, i + chunk));
  text += d.end();
  return { text, encoding: d.encoding, issues: d.issues };
}

const SAMPLE = 'pref_code,name\n13,東京都よろず支援拠点\n47,沖縄県\n';

describe('LineSafeDecoder', () => {
  it('detects UTF-8', () => {
    expect(decodeAll(new TextEncoder().encode(SAMPLE))).toEqual({
      text: SAMPLE,
      encoding: 'utf-8',
      issues: [],
    });
  });

  it('detects and strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decodeAll(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8-bom', issues: [] });
  });

  it('detects Shift_JIS (CP932) including NEC special characters', () => {
    const text = SAMPLE + '01,①㈱髙\n';
    expect(decodeAll(encodeShiftJis(text), 5)).toEqual({ text, encoding: 'shift_jis', issues: [] });
  });

  it('reports invalid bytes at their physical line and keeps decoding', () => {
    const good = new TextEncoder().encode('a,b\n1,日本\n');
    const bad = new Uint8Array([...good, 0x32, 0x2c, 0xff, 0xfe, 0x0a, 0x33, 0x2c, 0x34, 0x0a]);
    const r = decodeAll(bad, 3);
    expect(r.encoding).toBe('utf-8');
    expect(r.issues).toEqual([{ line: 3, reason: 'invalid UTF-8 byte sequence' }]);
    expect(r.text.split('\n')[3]).toBe('3,4');
  });

  it('leaves ASCII-only input undecided until a non-ASCII byte appears', () => {
    const ascii = new TextEncoder().encode('a,b\n1,2\n'.repeat(3));
    const sjis = encodeShiftJis('3,東京\n');
    const r = decodeAll(new Uint8Array([...ascii, ...sjis]), 4);
    expect(r.encoding).toBe('shift_jis');
    expect(r.text.endsWith('3,東京\n')).toBe(true);
  });
});
