// DuckDB-WASM's own worker, with `fetch` taught to inflate the site's gzip-compressed engine
// (`*.wasm.gz`, src/client/gunzip.ts): DuckDB fetches its wasm inside the worker, and the raw
// engine (33 MiB) is over the 25 MiB file limit of common static hosts, so it is not shipped.
// The inflated stream goes straight into WebAssembly's streaming compiler.
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { inflateIfGzip } from './gunzip.ts';
import { fetchParts } from './parts.ts';

const networkFetch = globalThis.fetch.bind(globalThis);

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const url = input instanceof Request ? input.url : String(input);
  if (!new URL(url, location.href).pathname.endsWith('.wasm.gz')) return networkFetch(input, init);
  const { body } = await fetchParts(url, networkFetch);
  return new Response(await inflateIfGzip(body), {
    headers: { 'Content-Type': 'application/wasm' },
  });
};

// DuckDB's worker is a classic script; it looks `fetch` up when it runs, after the line above.
// (Imported as a module it would be dropped: the package declares no side effects.)
(globalThis as unknown as { importScripts(url: string): void }).importScripts(duckdbWorkerUrl);
