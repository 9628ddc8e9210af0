// The endpoint of a directory's Atom feed: the site's address, the feed's own and the date of
// the published data are the same for every feed, only the list, its path and its title differ.
import type { APIRoute } from 'astro';
import { loadManifest } from '../published.ts';
import type { FeedOptions } from './atom.ts';

/** A GET route serving `render`'s feed at `path` (under the site root), titled `title`. */
export function feedRoute(
  path: string,
  title: string,
  render: (o: FeedOptions) => string,
): APIRoute {
  return ({ site }) => {
    const siteUrl = new URL(import.meta.env.BASE_URL, site ?? 'http://127.0.0.1:4321/').href;
    const xml = render({
      title,
      siteUrl,
      feedUrl: new URL(path, siteUrl).href,
      updated: loadManifest().generated_at,
    });
    return new Response(xml, {
      headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
    });
  };
}
