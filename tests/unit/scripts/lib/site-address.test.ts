import { describe, expect, it } from 'vitest';
import { basePath, DEFAULT_SITE, siteUrl } from '../../../../scripts/lib/site-address.ts';

describe('siteUrl', () => {
  it('defaults to the local server and keeps the origin only', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE);
    expect(siteUrl('')).toBe(DEFAULT_SITE);
    expect(siteUrl('https://portal.example.go.jp/')).toBe('https://portal.example.go.jp');
  });
  it('refuses a sub-path (that is BASE) and non-http URLs', () => {
    expect(() => siteUrl('https://example.github.io/repo/')).toThrow(/sub-path goes in BASE/);
    expect(() => siteUrl('ftp://example.org')).toThrow(/not an http\(s\) URL/);
    expect(() => siteUrl('example.org')).toThrow();
  });
});

describe('basePath', () => {
  it('gives one leading and one trailing slash', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath('/')).toBe('/');
    expect(basePath('repo')).toBe('/repo/');
    expect(basePath('/repo/')).toBe('/repo/');
    expect(basePath('a/b')).toBe('/a/b/');
  });
});
