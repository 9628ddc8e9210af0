// /initiatives/feed.xml: Atom feed of the centres' own initiatives, newest year first (valid
// and without entries when none are published).
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { initiativeFeed, initiatives } from '../../lib/directory/initiatives.ts';
import { loadManifest } from '../../lib/published.ts';

export const GET: APIRoute = ({ site }) => {
  const siteUrl = new URL(import.meta.env.BASE_URL, site ?? 'http://127.0.0.1:4321/').href;
  const xml = initiativeFeed(initiatives(), {
    title: t('init.list.feedTitle'),
    siteUrl,
    feedUrl: new URL('initiatives/feed.xml', siteUrl).href,
    updated: loadManifest().generated_at,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
