// /cases/feed.xml: Atom feed of the case studies, so readers hear of new ones.
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { caseFeed } from '../../lib/directory/atom.ts';
import { cases } from '../../lib/directory/data.ts';
import { loadManifest } from '../../lib/published.ts';

export const GET: APIRoute = ({ site }) => {
  const siteUrl = new URL(import.meta.env.BASE_URL, site ?? 'http://127.0.0.1:4321/').href;
  const xml = caseFeed(cases(), {
    title: t('dir.cases.feedTitle'),
    siteUrl,
    feedUrl: new URL('cases/feed.xml', siteUrl).href,
    updated: loadManifest().generated_at,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
