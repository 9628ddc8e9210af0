// The header rules a static host applies, on hand-written headers and `_headers` files.
import { describe, expect, it } from 'vitest';
import {
  acceptedEncodings,
  headersFor,
  parseHeaderRules,
  parseRange,
} from '../../../../scripts/lib/http-headers.ts';
import { HEADERS_FILE } from './headers-file.ts';

describe('parseHeaderRules / headersFor', () => {
  const rules = parseHeaderRules(HEADERS_FILE);

  it('adds the headers of every matching block, in file order', () => {
    expect(headersFor(rules, '/_astro/a.js')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Cache-Control', 'public, max-age=31536000, immutable'],
    ]);
    expect(headersFor(rules, '/centers/13/')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Cache-Control', 'public, max-age=0, must-revalidate'],
    ]);
  });

  it('matches :name as one path segment and escapes regex characters', () => {
    const r = parseHeaderRules('/a/:id/x.json\n  X-A: 1\n');
    expect(headersFor(r, '/a/7/x.json')).toEqual([['X-A', '1']]);
    expect(headersFor(r, '/a/7/8/x.json')).toEqual([]);
    expect(headersFor(r, '/a/7/xxjson')).toEqual([]);
  });

  it('refuses malformed files', () => {
    expect(() => parseHeaderRules('  X-A: 1\n')).toThrow(/line 1: a header before any path/);
    expect(() => parseHeaderRules('/x\n  no colon\n')).toThrow(/line 2: expected "Name: value"/);
    expect(() => parseHeaderRules('x/\n')).toThrow(/must start with \//);
  });
});

describe('parseRange', () => {
  it('reads one range, open-ended and suffix forms', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual([0, 9]);
    expect(parseRange('bytes=90-', 100)).toEqual([90, 99]);
    expect(parseRange('bytes=-10', 100)).toEqual([90, 99]);
    expect(parseRange('bytes=95-200', 100)).toEqual([95, 99]);
  });
  it('tells an unsatisfiable range from one to ignore', () => {
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=5-2', 100)).toBe('unsatisfiable');
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
    expect(parseRange('bytes=-', 100)).toBeNull();
  });
});

describe('acceptedEncodings', () => {
  it('drops codings refused with q=0', () => {
    expect([...acceptedEncodings('gzip, deflate, br;q=0')]).toEqual(['gzip', 'deflate']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
