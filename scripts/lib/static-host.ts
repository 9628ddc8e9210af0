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
import {
  COMPRESSIBLE,
  acceptedEncodings,
  contentType,
  etagMatches,
  headersFor,
  parseHeaderRules,
  parseRange,
} from './http-headers.ts';

const gzipAsync = promisify(gzip);

/** Gzipped bodies up to this size are kept (per file version); larger ones are streamed. */
const CACHE_FILE_LIMIT = 1 << 20;
const CACHE_TOTAL_LIMIT = 64 << 20;

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

/** A file body to the response; a read error (file removed meanwhile) cuts the response. */
function pipe(body: Readable, res: ServerResponse): void {
  body.on('error', () => res.destroy());
  body.pipe(res);
}

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
