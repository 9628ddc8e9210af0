// A file shipped in parts reads back as one stream, in order, whatever order the parts
// arrive in; a URL without `parts` is fetched as it is.
import { describe, expect, it } from 'vitest';
import { fetchParts, partUrls } from '../../../src/client/parts.ts';

const BASE = 'http://127.0.0.1/explore/';

describe('partUrls', () => {
  it('lists the parts a URL names, without the query', () => {
    expect(partUrls('/_data/x.0123.duckdb.gz?parts=3', BASE)).toEqual([
      'http://127.0.0.1/_data/x.0123.duckdb.gz.0',
      'http://127.0.0.1/_data/x.0123.duckdb.gz.1',
      'http://127.0.0.1/_data/x.0123.duckdb.gz.2',
    ]);
    expect(partUrls('/_data/x.gz', BASE)).toEqual(['http://127.0.0.1/_data/x.gz']);
    expect(partUrls('/_data/x.gz?parts=0', BASE)).toEqual(['http://127.0.0.1/_data/x.gz?parts=0']);
  });
});

describe('fetchParts', () => {
  const files: Record<string, string> = {
    'http://127.0.0.1/_data/f.gz.0': 'first part, ',
    'http://127.0.0.1/_data/f.gz.1': 'second part, ',
    'http://127.0.0.1/_data/f.gz.2': 'third.',
  };
  // The last part answers first.
  const fetcher = (async (url: string) => {
    const delay = 30 - Number(url.slice(-1)) * 10;
    await new Promise((r) => setTimeout(r, delay));
    const text = files[url];
    return text === undefined
      ? new Response('', { status: 404 })
      : new Response(text, { headers: { 'Content-Length': String(Buffer.byteLength(text)) } });
  }) as unknown as typeof fetch;

  it('reads the parts in order as one stream, with their total size', async () => {
    const { body, total } = await fetchParts('/_data/f.gz?parts=3', fetcher, BASE);
    expect(await new Response(body).text()).toBe('first part, second part, third.');
    expect(total).toBe(31);
  });

  it('fails when a part is missing', async () => {
    await expect(fetchParts('/_data/f.gz?parts=4', fetcher, BASE)).rejects.toThrow(
      'f.gz.3: HTTP 404',
    );
  });

  it('hands the signal to every part, so aborting it stops them all', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    // Like fetch: a request whose signal aborts rejects with the signal's reason.
    const slow = ((url: string, init?: RequestInit) => {
      signals.push(init?.signal ?? undefined);
      return new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => resolve(new Response(files[url] ?? '')), 5_000);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal!.reason);
        });
      });
    }) as unknown as typeof fetch;
    const ctl = new AbortController();
    const parts = fetchParts('/_data/f.gz?parts=3', slow, BASE, ctl.signal);
    ctl.abort();
    await expect(parts).rejects.toThrow(/abort/i);
    expect(signals).toHaveLength(3);
    expect(signals.every((s) => s === ctl.signal)).toBe(true);
  });
});
