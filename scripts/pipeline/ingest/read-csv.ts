// Reads one export CSV from disk through the shared checker (src/lib/ingest/csv-checker.ts,
// which the browser uses too) and stages the accepted rows; adds the file's hash and size.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Encoding } from '../../../src/lib/csv/decode.ts';
import { CsvChecker, onlyShiftJis } from '../../../src/lib/ingest/csv-checker.ts';
import type { CsvFileSpec } from '../../../src/schemas/index.ts';
import type { Problem } from '../../../src/lib/validation.ts';
import { StageWriter } from './stage-writer.ts';

export interface FileReport {
  file: string;
  source: string;
  encoding: Encoding;
  sha256: string;
  bytes: number;
  rows_read: number;
  rows_accepted: number;
  rows_rejected: number;
  blank_lines: number;
  /** accepted rows equal to a row of an earlier directory, kept once (merge-repeats.ts) */
  rows_merged?: number;
}

export interface ReadCsvOptions {
  path: string;
  /** how the file is named in messages, e.g. data/sample/consultations.csv */
  display: string;
  spec: CsvFileSpec;
  /** index of this input file in the run, staged with each row */
  src: number;
  stage: StageWriter;
  report: (p: Problem) => void;
  progress?: (rows: number) => void;
  /** sees the raw cells of every row that failed its schema (for reference checks) */
  onRejected?: (raw: Record<string, string>) => void;
}

export async function readCsvFile(o: ReadCsvOptions): Promise<FileReport> {
  const chunks = () =>
    createReadStream(o.path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>;
  const hash = createHash('sha256');
  let bytes = 0;
  const checker: CsvChecker = new CsvChecker({
    display: o.display,
    spec: o.spec,
    ...((await onlyShiftJis(chunks)) && { encoding: 'shift_jis' as const }),
    report: o.report,
    accept: (line, values) => {
      o.stage.write([o.src, line, ...values]);
      if (o.progress && (checker.rowsAccepted & 0xffff) === 0) o.progress(checker.rowsAccepted);
    },
    ...(o.onRejected && { onRejected: o.onRejected }),
  });
  for await (const chunk of chunks()) {
    bytes += chunk.length;
    hash.update(chunk);
    checker.push(chunk);
  }
  const r = checker.end();
  return {
    file: o.spec.file,
    source: o.display,
    encoding: r.encoding,
    sha256: hash.digest('hex'),
    bytes,
    rows_read: r.rows_read,
    rows_accepted: r.rows_accepted,
    rows_rejected: r.rows_rejected,
    blank_lines: r.blank_lines,
  };
}
