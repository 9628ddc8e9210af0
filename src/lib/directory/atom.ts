// The Atom feed of case studies (RFC 4287), newest first. Every text is XML-escaped; the
// entry content is the body rendered with raw HTML disabled, carried as escaped HTML.
import type { CaseRow } from './data.ts';
import { renderCaseBody } from './markdown.ts';

const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export interface FeedOptions {
  title: string;
  /** absolute URL of the site root, ending in / */
  siteUrl: string;
  /** the feed's own absolute URL */
  feedUrl: string;
  /** when the published data was made (manifest generated_at) */
  updated: string;
}

export function caseFeed(cases: readonly CaseRow[], o: FeedOptions): string {
  const entries = cases.map((c) => {
    const url = new URL(`cases/${c.id}/`, o.siteUrl).href;
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(c.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${c.published}T00:00:00+09:00</published>`,
      `    <updated>${c.published}T00:00:00+09:00</updated>`,
      `    <summary>${escapeXml(c.outcome)}</summary>`,
      `    <content type="html">${escapeXml(renderCaseBody(c.body))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${escapeXml(o.feedUrl)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(new URL('cases/', o.siteUrl).href)}"/>`,
    `  <updated>${o.updated}</updated>`,
    `  <author><name>${escapeXml(o.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
