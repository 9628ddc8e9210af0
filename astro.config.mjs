// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { basePath, siteUrl } from './scripts/lib/site-address.ts';
import { patchLinkedomOnLoad } from './scripts/lib/linkedom-lazy-listeners.ts';

// Before any page module imports linkedom (src/charts/render.ts).
patchLinkedomOnLoad();

export default defineConfig({
  // SITE and BASE from the environment: canonical links, sitemap and robots.txt follow.
  site: siteUrl(process.env['SITE']),
  base: basePath(process.env['BASE']),
  server: { host: '127.0.0.1', port: 4321 },
  build: { format: 'directory' },
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // Each page's entry lists its twin in the other edition (xhtml:link alternates), like the
  // hreflang links in the pages; Japanese is at the unprefixed addresses.
  integrations: [sitemap({ i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } } })],
  vite: {
    build: {
      // Never inline a script into the HTML: the CSP (public/_headers) allows no inline
      // script. Other assets keep Vite's default limit.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
    },
  },
});
