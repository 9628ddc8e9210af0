// public/_headers, read the way Netlify / Cloudflare Pages read it (every matching block
// adds its headers): the right policy on each kind of path, and no header set twice for a
// path, which Cloudflare would join into one comma-separated (contradictory) value.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaderRules } from '../../../scripts/lib/http-headers.ts';

const rules = parseHeaderRules(
  readFileSync(new URL('../../../public/_headers', import.meta.url), 'utf8'),
);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, max-age=0, must-revalidate';

const PATHS: Record<string, string | undefined> = {
  '/': REVALIDATE,
  '/centers/13/': REVALIDATE,
  '/compare/13/2024/': REVALIDATE,
  '/404.html': REVALIDATE,
  '/_astro/Base.DQ6Uw9aE.css': IMMUTABLE,
  '/_data/portal.0a1b2c3d.duckdb.gz': IMMUTABLE,
  '/pagefind/fragment/ja_0123abcd.pf_fragment': IMMUTABLE,
  '/pagefind/index/ja_0123abcd.pf_index': IMMUTABLE,
  '/pagefind/pagefind.js': REVALIDATE,
  '/pagefind/pagefind-entry.json': REVALIDATE,
  '/pagefind/wasm.unknown.pagefind': REVALIDATE,
  '/data/files/indicators.csv': 'public, max-age=300, must-revalidate',
  '/trends/csv/monthly.csv': 'public, max-age=300, must-revalidate',
  // Left to the host's default (revalidate on Netlify and Cloudflare Pages).
  '/robots.txt': undefined,
  '/nowhere': undefined,
};

describe('public/_headers', () => {
  for (const [path, cacheControl] of Object.entries(PATHS)) {
    it(`${path}: security headers, Cache-Control ${cacheControl ?? '(host default)'}`, () => {
      const headers = headersFor(rules, path);
      const names = headers.map(([name]) => name.toLowerCase());
      expect(names.length, 'a header set by two matching blocks').toBe(new Set(names).size);
      const get = (name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1];
      expect(get('cache-control')).toBe(cacheControl);
      expect(get('x-content-type-options')).toBe('nosniff');
      expect(get('x-frame-options')).toBe('DENY');
      expect(get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    });
  }

  it('has a CSP that allows this origin only, no eval and no inline script', () => {
    const csp = headersFor(rules, '/').find(([n]) => n === 'Content-Security-Policy')?.[1] ?? '';
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/https?:|\*/);
  });
});
