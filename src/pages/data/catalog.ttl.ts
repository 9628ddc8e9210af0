// /data/catalog.ttl: the DCAT catalogue of ./catalog.jsonld.ts as Turtle, the same triples,
// for harvesters that take Turtle (ckanext-dcat reads either by its content type).
import type { APIRoute } from 'astro';
import { buildDcatCatalog } from '../../lib/catalogue/dcat.ts';
import { toTurtle } from '../../lib/catalogue/turtle.ts';
import { catalogueUrls } from '../../lib/pages/data-files.ts';
import { loadManifest } from '../../lib/published.ts';
import { PUBLISHED_TABLES } from '../../schemas/published/index.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('catalog.ttl: `site` is not set in astro.config.mjs');
  const urls = catalogueUrls(site, import.meta.env.BASE_URL);
  const catalog = buildDcatCatalog(loadManifest(), PUBLISHED_TABLES, urls);
  return new Response(toTurtle(catalog), {
    headers: { 'Content-Type': 'text/turtle; charset=utf-8' },
  });
};
