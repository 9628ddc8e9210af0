// The site ships DuckDB's engine and databases gzip-compressed (src/lib/browser-data.ts) and
// inflates them here, so the bytes on the wire do not depend on the host. A host that
// decodes them itself (sending Content-Encoding) hands over raw bytes: those pass as they
// are, told apart by gzip's two magic bytes (RFC 1952 §2.3.1).

const isGzip = (head: Uint8Array) => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

/** `body` inflated when it is gzip, else unchanged. */
export async function inflateIfGzip(
  body: ReadableStream<Uint8Array>,
): Promise<ReadableStream<Uint8Array>> {
  const reader = body.getReader();
  // Enough bytes to see the magic number, however the body happens to be chunked.
  let head = new Uint8Array(0);
  while (head.length < 2) {
    const { done, value } = await reader.read();
    if (done) break;
    const joined = new Uint8Array(head.length + value.length);
    joined.set(head);
    joined.set(value, head.length);
    head = joined;
  }
  const whole = new ReadableStream<Uint8Array>({
    start(controller) {
      if (head.length > 0) controller.enqueue(head);
    },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  if (!isGzip(head)) return whole;
  return whole.pipeThrough(
    new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
}
