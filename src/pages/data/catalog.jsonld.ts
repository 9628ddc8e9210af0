// /data/catalog.jsonld: the DCAT catalogue of the published files for data portals (a CKAN
// DCAT harvester takes this URL as its source). Download URLs are absolute, from SITE and
// BASE (scripts/lib/site-address.ts): build with the deployed SITE, or they name the
// local default origin.
import type { APIRoute } from 'astro';
import { buildDcatCatalog } from '../../lib/catalogue/dcat.ts';
import { catalogueUrls } from '../../lib/pages/data-files.ts';
import { loadManifest } from '../../lib/published.ts';
import { PUBLISHED_TABLES } from '../../schemas/published/index.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('catalog.jsonld: `site` is not set in astro.config.mjs');
  const urls = catalogueUrls(site, import.meta.env.BASE_URL);
  const catalog = buildDcatCatalog(loadManifest(), PUBLISHED_TABLES, urls);
  return new Response(JSON.stringify(catalog, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/ld+json' },
  });
};
