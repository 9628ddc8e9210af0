// A large browser file ships as parts of at most 4 MiB (scripts/lib/browser-data.ts): a
// browser keeps no HTTP-cache entry over about 6 MB in a private window (measured: 6 MB
// kept, 7 MB not), so whole files would be fetched again for every view there. A URL
// `file.gz?parts=N` names the parts `file.gz.0` … `file.gz.N-1`; they are requested at
// once and read back in order as one stream.

/** The part URLs of `url` (itself when it names no parts). */
export function partUrls(url: string, base = location.href): string[] {
  const u = new URL(url, base);
  const n = Number(u.searchParams.get('parts') ?? 0);
  if (!Number.isInteger(n) || n < 1) return [u.href];
  u.search = '';
  return Array.from({ length: n }, (_, i) => `${u.href}.${i}`);
}

/**
 * One stream of the parts' bodies in order, and their total size when every part says it.
 * Aborting `signal` stops every part's download (the visitor cancelled).
 */
export async function fetchParts(
  url: string,
  fetcher: typeof fetch = fetch,
  base = location.href,
  signal?: AbortSignal,
): Promise<{ body: ReadableStream<Uint8Array>; total: number | null }> {
  const responses = await Promise.all(
    partUrls(url, base).map(async (u) => {
      const r = await fetcher(u, { credentials: 'same-origin', ...(signal ? { signal } : {}) });
      if (!r.ok || !r.body) throw new Error(`${u}: HTTP ${r.status}`);
      return r;
    }),
  );
  const sizes = responses.map((r) => Number(r.headers.get('content-length')) || null);
  const total = sizes.every((s) => s !== null) ? sizes.reduce((a, b) => a! + b!, 0) : null;
  let i = 0;
  let reader = responses[0]!.body!.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const { done, value } = await reader.read();
        if (!done) return controller.enqueue(value);
        if (++i === responses.length) return controller.close();
        reader = responses[i]!.body!.getReader();
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return { body, total };
}
