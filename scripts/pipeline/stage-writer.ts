// Accepted rows, already normalised, are written to a UTF-8 staging CSV that DuckDB reads
// with explicit column types: the fastest way from Node into columnar storage, and rows
// never pile up as JS objects (DEVELOPERS.md, "Stream large files").
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

export class StageWriter {
  readonly path: string;
  rows = 0;
  private readonly fd: number;
  private buf = '';

  constructor(path: string, header: readonly string[]) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.buf = header.join(',') + '\n';
  }

  write(values: readonly unknown[]): void {
    let line = '';
    for (let i = 0; i < values.length; i++) {
      if (i) line += ',';
      line += cell(values[i]);
    }
    this.buf += line + '\n';
    this.rows++;
    if (this.buf.length > FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.buf.length) writeSync(this.fd, this.buf);
    this.buf = '';
  }
}

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.length ? quote(v.join(';')) : '';
  if (typeof v === 'string') return quote(v);
  return String(v);
}

// Always quoting strings keeps '' (an empty string) apart from NULL and is cheap.
function quote(s: string): string {
  return s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
}
