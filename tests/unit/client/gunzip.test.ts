// inflateIfGzip: the site's .gz files are inflated in the page; bytes a host already
// decoded pass unchanged, however the body is chunked.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflateIfGzip } from '../../../src/client/gunzip.ts';

const streamOf = (chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const text = Buffer.from('\0asm DuckDB エンジン '.repeat(2000));

describe('inflateIfGzip', () => {
  it('inflates gzip', async () => {
    const gz = gzipSync(text);
    expect(await bytesOf(await inflateIfGzip(streamOf([gz])))).toEqual(text);
  });

  it('sees the magic number when the first chunk holds one byte', async () => {
    const gz = gzipSync(text);
    const chunks = [gz.subarray(0, 1), gz.subarray(1, 7), gz.subarray(7)];
    expect(await bytesOf(await inflateIfGzip(streamOf(chunks)))).toEqual(text);
  });

  it('passes bytes that are not gzip as they are', async () => {
    const chunks = [text.subarray(0, 1), text.subarray(1, 100), text.subarray(100)];
    expect(await bytesOf(await inflateIfGzip(streamOf(chunks)))).toEqual(text);
    expect(await bytesOf(await inflateIfGzip(streamOf([])))).toEqual(Buffer.alloc(0));
  });
});
