// Output helpers: RFC 4180 quoting and a chunked synchronous file writer, so the large
// consultations.csv is streamed to disk in a few-MB pieces instead of held in memory.
import { closeSync, openSync, writeSync } from 'node:fs';
import { CSV_FILES } from '../../src/schemas/index.ts';

const NEEDS_QUOTES = /[",\r\n]/;

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CHUNK_CHARS = 2 * 1024 * 1024;

/** A file's header row, in the column order of its schema (the format README's order). */
export function csvHeader(file: string): string {
  const spec = CSV_FILES.find((f) => f.file === file);
  if (!spec) throw new Error(`${file} is not a file of the export format`);
  return spec.columns.map((c) => c.name).join(',');
}

export class ChunkWriter {
  readonly path: string;
  private readonly fd: number;
  private buf = '';
  bytes = 0;
  rows = 0;

  constructor(path: string, header: string) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.buf = header;
  }

  /** Appends one complete row (with its trailing newline). */
  row(line: string): void {
    this.buf += line;
    this.rows++;
    if (this.buf.length >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.buf === '') return;
    const data = Buffer.from(this.buf, 'utf8');
    this.buf = '';
    let off = 0;
    while (off < data.length) off += writeSync(this.fd, data, off, data.length - off);
    this.bytes += data.length;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
