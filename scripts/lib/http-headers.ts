// What a static host reads from request and response headers, as pure functions: the
// content type of a file, the site's `_headers` rules (as Netlify and Cloudflare Pages read
// them), Accept-Encoding, Range and If-None-Match. static-host.ts serves with them.
import { extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ttl': 'text/turtle; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.parquet': 'application/vnd.apache.parquet',
  '.zip': 'application/zip',
  // A .gz the page inflates itself is a file, never a Content-Encoding.
  '.gz': 'application/gzip',
};
/** Text types worth compressing (fonts, images and archives are compressed already). */
export const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.jsonld',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
  '.md',
  '.ttl',
  '.wasm',
  '.webmanifest',
]);

export const contentType = (file: string): string =>
  TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export interface HeaderRule {
  path: string;
  pattern: RegExp;
  headers: [name: string, value: string][];
}

/**
 * Parses a `_headers` file: an unindented path pattern (`*` matches anything, `:name` one
 * segment), then indented `Name: value` lines; `#` starts a comment line. Malformed lines
 * throw, so a broken file fails loudly here rather than silently on the host.
 */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const where = `_headers line ${i + 1}`;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/')) throw new Error(`${where}: a path must start with /`);
      const source = trimmed
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ path: trimmed, pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = trimmed.indexOf(':');
    if (!rule) throw new Error(`${where}: a header before any path`);
    if (colon <= 0) throw new Error(`${where}: expected "Name: value"`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Every matching rule's headers, in file order (all matching blocks add their headers). */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): [string, string][] {
  return rules.filter((r) => r.pattern.test(urlPath)).flatMap((r) => r.headers);
}

/** Content codings the client accepts (q=0 refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/** A single byte range against `size`: [start, end] inclusive, 'unsatisfiable', or null (ignore). */
export function parseRange(
  header: string | undefined,
  size: number,
): [number, number] | 'unsatisfiable' | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const [from, to] = [m[1] ?? '', m[2] ?? ''];
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start > end || start >= size ? 'unsatisfiable' : [start, end];
}

/** True when If-None-Match names the current ETag (or `*`). */
export const etagMatches = (header: string | undefined, etag: string): boolean =>
  (header ?? '').split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
