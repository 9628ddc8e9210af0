import { describe, expect, it } from 'vitest';
import {
  alternates,
  langOfPath,
  langParam,
  langSegment,
  localePath,
} from '../../../src/i18n/paths.ts';
import { editionLink } from '../../../src/i18n/editions.ts';

describe('langParam and langSegment', () => {
  it('map the optional first path segment to a language and back', () => {
    expect(langParam(undefined)).toBe('ja');
    expect(langParam('en')).toBe('en');
    expect(langSegment('ja')).toBeUndefined();
    expect(langSegment('en')).toBe('en');
  });

  it('refuses a segment that names no other edition', () => {
    expect(() => langParam('ja')).toThrow();
    expect(() => langParam('fr')).toThrow();
  });
});

describe('langOfPath and localePath', () => {
  it('find the twin of a page at the site root', () => {
    expect(langOfPath('/methodology/', '/')).toBe('ja');
    expect(langOfPath('/en/methodology/', '/')).toBe('en');
    expect(localePath('en', '/methodology/', '/')).toBe('/en/methodology/');
    expect(localePath('ja', '/en/centers/01/2024/', '/')).toBe('/centers/01/2024/');
    expect(localePath('en', '/en/data/', '/')).toBe('/en/data/');
  });

  it('handle the home pages', () => {
    expect(localePath('en', '/', '/')).toBe('/en/');
    expect(localePath('ja', '/en/', '/')).toBe('/');
    expect(localePath('ja', '/en', '/')).toBe('/');
  });

  it('honour BASE, with or without its trailing slash', () => {
    expect(localePath('en', '/portal/data/', '/portal/')).toBe('/portal/en/data/');
    expect(localePath('ja', '/portal/en/data/', '/portal')).toBe('/portal/data/');
    expect(langOfPath('/portal/en/', '/portal/')).toBe('en');
    expect(() => localePath('en', '/data/', '/portal/')).toThrow('not under the base');
  });

  it('does not take a page whose name starts with "en" for English', () => {
    expect(langOfPath('/entries/', '/')).toBe('ja');
    expect(localePath('en', '/entries/', '/')).toBe('/en/entries/');
  });
});

describe('alternates', () => {
  it('gives the same absolute set on both editions, x-default Japanese', () => {
    const site = 'https://example.go.jp';
    const expected = [
      { hreflang: 'ja', href: 'https://example.go.jp/portal/data/' },
      { hreflang: 'en', href: 'https://example.go.jp/portal/en/data/' },
      { hreflang: 'x-default', href: 'https://example.go.jp/portal/data/' },
    ];
    expect(alternates('/portal/data/', '/portal/', site)).toEqual(expected);
    expect(alternates('/portal/en/data/', '/portal/', site)).toEqual(expected);
  });
});

describe('editionLink', () => {
  it('keeps Japanese links as they are', () => {
    expect(editionLink('ja', 'data/', '/')).toEqual({ href: '/data/', hreflang: undefined });
  });

  it('links English pages to English twins, else to Japanese marked hreflang="ja"', () => {
    expect(editionLink('en', 'methodology/', '/portal/')).toEqual({
      href: '/portal/en/methodology/',
      hreflang: undefined,
    });
    expect(editionLink('en', 'data/', '/portal/')).toEqual({
      href: '/portal/en/data/',
      hreflang: undefined,
    });
    // Files and pages without an English twin stay Japanese, marked as such.
    expect(editionLink('en', 'data/files/manifest.json', '/portal/')).toEqual({
      href: '/portal/data/files/manifest.json',
      hreflang: 'ja',
    });
  });
});
