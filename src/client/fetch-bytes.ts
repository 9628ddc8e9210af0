// A browser file of the site (src/lib/browser-data.ts) as bytes: its parts fetched at once,
// inflated, and the bytes received reported as they arrive.
import { inflateIfGzip } from './gunzip.ts';
import { fetchParts } from './parts.ts';

export type Progress = (received: number, total: number | null) => void;

/** The whole file inflated, reporting progress (bytes received, total or null); `signal` stops it. */
export async function fetchBytes(
  url: string,
  progress: Progress = () => {},
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const { body, total } = await fetchParts(url, fetch, location.href, signal);
  let received = 0;
  const counted = body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.length;
        progress(received, total);
        controller.enqueue(chunk);
      },
    }),
  );
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = (await inflateIfGzip(counted)).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
