// The local static host against a small site on disk: what a browser or crawler gets back.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, serveStatic } from '../../../../scripts/lib/static-host.ts';
import { HEADERS_FILE } from './headers-file.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request (fetch would normalise the path and decode bodies itself). */
function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the server', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-host-'));
  const page = '<!doctype html><title>centre</title>' + 'x'.repeat(2000);
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    mkdirSync(join(root, 'centers/13'), { recursive: true });
    mkdirSync(join(root, '_astro'));
    mkdirSync(join(root, 'data/files'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(root, 'centers/13/index.html'), page);
    writeFileSync(join(root, '404.html'), '<!doctype html><title>missing</title>');
    writeFileSync(join(root, '_astro/app.js'), 'console.log(1);');
    writeFileSync(join(root, '_astro/app.js.br'), 'BROTLI-BYTES');
    writeFileSync(join(root, 'data/files/portal.duckdb.gz'), gzipSync('db'));
    writeFileSync(join(root, 'data/files/plain.bin'), Buffer.from('0123456789'));
    writeFileSync(join(root, '_headers'), HEADERS_FILE);
    writeFileSync(join(tmpdir(), 'static-host-secret.txt'), 'secret');
    utimesSync(join(root, 'index.html'), new Date('2026-01-01'), new Date('2026-01-01'));
    server = await serveStatic({ root, port: 0 });
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('serves index.html for a folder, with the _headers of its path', async () => {
    const r = await get(port, '/centers/13/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(r.body.toString()).toBe(page);
  });

  it('redirects a folder asked without its slash, keeping the query', async () => {
    const r = await get(port, '/centers/13?fy=2024');
    expect(r.status).toBe(301);
    expect(r.headers['location']).toBe('/centers/13/?fy=2024');
  });

  it('answers a miss with 404.html and status 404', async () => {
    const r = await get(port, '/nowhere/');
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain('<title>missing</title>');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses paths leading outside the site, and does not serve _headers', async () => {
    for (const path of [
      '/../static-host-secret.txt',
      '/%2e%2e/static-host-secret.txt',
      '/..%2fstatic-host-secret.txt',
      '/%00',
      '/%E0%A4%A',
      '/_headers',
    ]) {
      const r = await get(port, path);
      expect(r.status, path).toBe(404);
      expect(r.body.toString(), path).not.toContain('secret');
    }
    expect(resolveFile(root, '/../static-host-secret.txt')).toBeNull();
  });

  it('gzips text on the fly when asked, and not otherwise', async () => {
    const zipped = await get(port, '/centers/13/', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toBe('Accept-Encoding');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(page.length);
    expect(gunzipSync(zipped.body).toString()).toBe(page);
    const plain = await get(port, '/centers/13/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(page.length);
  });

  it('prefers a precompressed .br sidecar and keeps the original type', async () => {
    const r = await get(port, '/_astro/app.js', { 'Accept-Encoding': 'gzip, br' });
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.body.toString()).toBe('BROTLI-BYTES');
  });

  it('serves a .gz file as a file (application/gzip), never as a Content-Encoding', async () => {
    const r = await get(port, '/data/files/portal.duckdb.gz', { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-type']).toBe('application/gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(r.body).toString()).toBe('db');
  });

  it('answers byte ranges with 206, and 416 past the end', async () => {
    const r = await get(port, '/data/files/plain.bin', { Range: 'bytes=2-4' });
    expect(r.status).toBe(206);
    expect(r.headers['content-range']).toBe('bytes 2-4/10');
    expect(r.body.toString()).toBe('234');
    const past = await get(port, '/data/files/plain.bin', { Range: 'bytes=10-' });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */10');
  });

  it('revalidates with ETag and Last-Modified (304 without a body)', async () => {
    const first = await get(port, '/');
    const etag = String(first.headers['etag']);
    expect(first.headers['last-modified']).toBe('Thu, 01 Jan 2026 00:00:00 GMT');
    const byTag = await get(port, '/', { 'If-None-Match': etag });
    expect(byTag.status).toBe(304);
    expect(byTag.body.length).toBe(0);
    expect((await get(port, '/', { 'If-None-Match': '"other"' })).status).toBe(200);
    const byDate = await get(port, '/', { 'If-Modified-Since': 'Thu, 01 Jan 2026 00:00:00 GMT' });
    expect(byDate.status).toBe(304);
    const older = await get(port, '/', { 'If-Modified-Since': 'Wed, 31 Dec 2025 00:00:00 GMT' });
    expect(older.status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(port, '/centers/13/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe(page.length);
    expect(head.body.length).toBe(0);
    const post = await get(port, '/', {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
  });
});

describe('the server under a base path', () => {
  it('serves the site under BASE and nothing outside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-host-base-'));
    writeFileSync(join(root, 'index.html'), 'home');
    writeFileSync(join(root, '404.html'), 'missing');
    const server = await serveStatic({ root, base: '/repo/', port: 0 });
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      expect((await get(port, '/repo/')).body.toString()).toBe('home');
      const outside = await get(port, '/index.html');
      expect(outside.status).toBe(404);
      expect(outside.body.toString()).toBe('missing');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
