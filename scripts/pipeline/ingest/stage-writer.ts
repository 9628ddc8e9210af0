// Accepted rows, already normalised, are written to a UTF-8 staging CSV that DuckDB reads
// with explicit column types: the fastest way from Node into columnar storage, and rows
// never pile up as JS objects (DEVELOPERS.md, "Stream large files").
import { closeSync, openSync, writeSync } from 'node:fs';
import { stageLine } from '../../../src/lib/ingest/stage-line.ts';

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
    const line = stageLine(values);
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
