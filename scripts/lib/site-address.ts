// The site's public address, read in one place by astro.config.mjs (canonical links,
// sitemap, robots.txt) and by the local server: SITE is the origin the site is published
// at, BASE the sub-path it lives under (GitHub Pages project sites), both from the
// environment of the build.

export const DEFAULT_SITE = 'http://127.0.0.1:4321';

/** SITE, checked: an http(s) URL with nothing after the origin but an optional '/'. */
export function siteUrl(raw: string | undefined): string {
  const value = raw || DEFAULT_SITE;
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE=${value}: not an http(s) URL`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE=${value}: give the origin only; a sub-path goes in BASE`);
  }
  return url.origin;
}

/** BASE: '' or 'repo' or '/repo/' → '/' or '/repo/'. */
export function basePath(raw: string | undefined): string {
  const inner = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return inner === '' ? '/' : `/${inner}/`;
}
