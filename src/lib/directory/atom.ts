// The Atom feeds of the directory (RFC 4287), newest first. Every text is XML-escaped; the
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

/** One entry: its page's path under the site root, texts as given (escaped here). */
export interface AtomEntry {
  path: string;
  title: string;
  /** a date (YYYY-MM-DD), read as midnight in Japan */
  date: string;
  summary: string;
  /** the Markdown body, untrusted */
  body: string;
}

/** An Atom feed of `entries`, whose HTML page is `listPath` under the site root. */
export function atomFeed(entries: readonly AtomEntry[], listPath: string, o: FeedOptions): string {
  const items = entries.map((e) => {
    const url = new URL(e.path, o.siteUrl).href;
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${escapeXml(e.date)}T00:00:00+09:00</published>`,
      `    <updated>${escapeXml(e.date)}T00:00:00+09:00</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      `    <content type="html">${escapeXml(renderCaseBody(e.body))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  <id>${escapeXml(o.feedUrl)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(new URL(listPath, o.siteUrl).href)}"/>`,
    `  <updated>${escapeXml(o.updated)}</updated>`,
    `  <author><name>${escapeXml(o.title)}</name></author>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

export function caseFeed(cases: readonly CaseRow[], o: FeedOptions): string {
  const entries = cases.map((c) => ({
    path: `cases/${c.id}/`,
    title: c.title,
    date: c.published,
    summary: c.outcome,
    body: c.body,
  }));
  return atomFeed(entries, 'cases/', o);
}
