// Serves a built site the way a static host or CDN does (modelled on
// /work/shared/tools/serve.mjs), so `npm start` and the e2e suite see what the public sees:
// the site's own `_headers` (as Netlify and Cloudflare Pages read it), precompressed
// FILE.br / FILE.gz sidecars, gzip on the fly for text, byte ranges, ETag / Last-Modified
// with 304, index.html for folders and 404.html (status 404) for misses.
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { createGzip, gzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

const gzipAsync = promisify(gzip);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
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
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.csv',
  '.md',
  '.wasm',
  '.webmanifest',
]);
/** Gzipped bodies up to this size are kept (per file version); larger ones are streamed. */
const CACHE_FILE_LIMIT = 1 << 20;
const CACHE_TOTAL_LIMIT = 64 << 20;

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

/** The file for a URL path inside `root`, or null: a miss, or a path leading outside. */
export function resolveFile(
  root: string,
  urlPath: string,
): { file: string; stat: Stats; folder: boolean } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  let file = resolve(root, `.${decoded}`);
  const rel = relative(root, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  // Hosts do not serve their own configuration file.
  if (rel === '_headers') return null;
  try {
    let stat = statSync(file);
    const folder = stat.isDirectory();
    if (folder) {
      file = join(file, 'index.html');
      stat = statSync(file);
    }
    return stat.isFile() ? { file, stat, folder } : null;
  } catch {
    return null;
  }
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

/** A file body to the response; a read error (file removed meanwhile) cuts the response. */
function pipe(body: Readable, res: ServerResponse): void {
  body.on('error', () => res.destroy());
  body.pipe(res);
}

const etagMatches = (header: string | undefined, etag: string): boolean =>
  (header ?? '').split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });

export interface StaticHostOptions {
  /** The built site (dist/). */
  root: string;
  /** The URL prefix the site is built for (astro.config.mjs `base`), e.g. '/' or '/repo/'. */
  base?: string;
}

/** The request handler; `createStaticHost` wraps it in a server. */
export function staticHandler(options: StaticHostOptions) {
  const root = resolve(options.root);
  const base = options.base ?? '/';
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];
  const gzipped = new Map<string, Buffer>();
  let cachedBytes = 0;

  async function gzipOnce(file: string, stat: Stats): Promise<Buffer> {
    const key = `${file}:${stat.size}:${stat.mtimeMs}`;
    const hit = gzipped.get(key);
    if (hit) return hit;
    const body = await gzipAsync(readFileSync(file), { level: 6 });
    gzipped.set(key, body);
    cachedBytes += body.length;
    // Oldest first, so a long-running server does not keep every page it ever compressed.
    for (const [k, v] of gzipped) {
      if (cachedBytes <= CACHE_TOTAL_LIMIT) break;
      gzipped.delete(k);
      cachedBytes -= v.length;
    }
    return body;
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, headers: Record<string, string | number>, body?: string) => {
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'method not allowed');
    }
    const inBase = url.pathname.startsWith(base) || `${url.pathname}/` === base;
    const sitePath = inBase ? `/${url.pathname.slice(base.length)}` : null;
    const site = Object.fromEntries(headersFor(rules, sitePath ?? url.pathname));

    let found = sitePath === null ? null : resolveFile(root, sitePath);
    // A folder asked without its slash: hosts redirect to the folder URL.
    if (found?.folder && !url.pathname.endsWith('/')) {
      return send(301, { ...site, Location: `${url.pathname}/${url.search}` });
    }
    let status = 200;
    if (!found) {
      status = 404;
      found = resolveFile(root, '/404.html');
      if (!found) return send(404, { ...site, 'Content-Type': 'text/plain' }, 'not found');
    }
    const { file, stat } = found;
    const ext = extname(file).toLowerCase();
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers: Record<string, string | number> = {
      'Content-Type': contentType(file),
      'Accept-Ranges': 'bytes',
      Vary: 'Accept-Encoding',
      'Last-Modified': stat.mtime.toUTCString(),
      ETag: etag,
      ...site,
    };

    if (status === 200) {
      const ims = req.headers['if-modified-since'];
      const notModified =
        req.headers['if-none-match'] !== undefined
          ? etagMatches(req.headers['if-none-match'], etag)
          : ims !== undefined && Math.floor(stat.mtimeMs / 1000) * 1000 <= Date.parse(ims);
      if (notModified) return send(304, headers);

      const range = parseRange(req.headers.range, stat.size);
      if (range === 'unsatisfiable') {
        return send(416, { ...site, 'Content-Range': `bytes */${stat.size}` });
      }
      if (range) {
        const [start, end] = range;
        res.writeHead(206, {
          ...headers,
          'Content-Range': `bytes ${start}-${end}/${stat.size}`,
          'Content-Length': end - start + 1,
        });
        if (req.method === 'HEAD') return void res.end();
        return pipe(createReadStream(file, { start, end }), res);
      }
    }

    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    for (const [encoding, suffix] of [
      ['br', '.br'],
      ['gzip', '.gz'],
    ] as const) {
      if (!accepted.has(encoding) || !existsSync(file + suffix)) continue;
      const sidecar = statSync(file + suffix);
      res.writeHead(status, {
        ...headers,
        'Content-Encoding': encoding,
        'Content-Length': sidecar.size,
      });
      if (req.method === 'HEAD') return void res.end();
      return pipe(createReadStream(file + suffix), res);
    }
    if (accepted.has('gzip') && COMPRESSIBLE.has(ext)) {
      if (stat.size > CACHE_FILE_LIMIT) {
        res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip' });
        if (req.method === 'HEAD') return void res.end();
        return pipe(createReadStream(file).pipe(createGzip({ level: 6 })), res);
      }
      const body = await gzipOnce(file, stat);
      res.writeHead(status, {
        ...headers,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
      });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    res.writeHead(status, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') return void res.end();
    pipe(createReadStream(file), res);
  };
}

export function createStaticHost(options: StaticHostOptions): Server {
  const handle = staticHandler(options);
  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
  });
}

/** Starts serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves once listening. */
export function serveStatic(options: StaticHostOptions & { port: number }): Promise<Server> {
  const server = createStaticHost(options);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ok(server));
  });
}
