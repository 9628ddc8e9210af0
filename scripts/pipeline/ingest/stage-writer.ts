// Accepted rows, already normalised, are written to a UTF-8 staging CSV that DuckDB reads
// with explicit column types: the fastest way from Node into columnar storage, and rows
// never pile up as JS objects (DEVELOPERS.md, "Stream large files").
import { closeSync, openSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

export class StageWriter {
  readonly path: string;
  rows = 0;
  private readonly fd: number;
  // Lines are collected and joined once per flush: appending to one growing string makes
  // a rope that V8 must flatten on write, which cost more than the rest of staging.
  private lines: string[] = [];
  private size = 0;

  constructor(path: string, header: readonly string[]) {
    this.path = path;
    this.fd = openSync(path, 'w');
    this.lines.push(header.join(','));
  }

  write(values: readonly unknown[]): void {
    let line = cell(values[0]);
    for (let i = 1; i < values.length; i++) line += ',' + cell(values[i]);
    this.lines.push(line);
    this.size += line.length;
    this.rows++;
    if (this.size > FLUSH_AT) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.lines.length) writeSync(this.fd, Buffer.from(this.lines.join('\n') + '\n'));
    this.lines = [];
    this.size = 0;
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
