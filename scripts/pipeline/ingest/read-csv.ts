// Reads one export CSV: detects its encoding, checks the header, validates every row with
// its zod schema and stages the accepted rows. Every row ends up accepted or reported.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { LineSafeDecoder, type Encoding } from '../../../src/lib/csv/decode.ts';
import { CsvRecordParser, type CsvRecord } from '../../../src/lib/csv/records.ts';
import type { CsvFileSpec } from '../../../src/schemas/index.ts';
import { problemsFromZod, type Problem } from '../../../src/lib/validation.ts';
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
  const columns = o.spec.columns.map((c) => c.name);
  const decoder = new LineSafeDecoder((await onlyShiftJis(o.path)) ? 'shift_jis' : undefined);
  const hash = createHash('sha256');
  const badLines = new Set<number>();
  let bytes = 0;
  let index: number[] | null = null; // header position of each schema column
  let headerNames: string[] = [];
  let width = 0;
  const columnAt = (i: number): string | undefined => headerNames[i];
  let headerOk = false;
  let read = 0;
  let accepted = 0;

  const problem = (line: number, column: string, reason: string) =>
    o.report({ file: o.display, line, column, reason });

  const onHeader = (r: CsvRecord) => {
    const names = r.fields;
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) problem(r.line, name, 'column appears twice in the header');
      seen.add(name);
      if (!columns.includes(name)) {
        problem(
          r.line,
          name || '(empty)',
          'unknown column (not in format v1; it may hold identifying data)',
        );
      }
    }
    for (const c of columns) if (!seen.has(c)) problem(r.line, c, 'missing required column');
    headerOk =
      !r.error &&
      seen.size === names.length &&
      names.every((n) => columns.includes(n)) &&
      columns.every((c) => seen.has(c));
    if (r.error) problem(r.line, '(header)', r.error);
    if (badLines.has(r.line)) {
      problem(
        r.line,
        '(header)',
        `invalid ${decoder.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8'} byte sequence`,
      );
      headerOk = false;
    }
    index = columns.map((c) => names.indexOf(c));
    headerNames = names;
    width = names.length;
  };

  const rawCells = (fields: string[]): Record<string, string> => {
    const raw: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) raw[columns[i]!] = fields[index![i]!]!;
    return raw;
  };

  const onRow = (r: CsvRecord) => {
    read++;
    if (!headerOk) return; // the header problem explains every row
    const lastLine = r.line + countNewlines(r.fields);
    for (let l = r.line; l <= lastLine; l++) {
      if (badLines.has(l)) {
        const at = r.fields.findIndex((f) => f.includes('\uFFFD'));
        const column = at >= 0 ? (columnAt(at) ?? '(row)') : '(row)';
        problem(
          l,
          column,
          `invalid ${decoder.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8'} byte sequence`,
        );
        if (r.fields.length === width) o.onRejected?.(rawCells(r.fields));
        return;
      }
    }
    if (r.error) {
      problem(r.line, columnAt(r.errorField ?? 0) ?? '(row)', r.error);
      return;
    }
    if (r.fields.length !== width) {
      const column = r.fields.length < width ? (columnAt(r.fields.length) ?? '(row)') : '(row)';
      const what = r.fields.length < width ? 'missing field' : 'extra field';
      problem(
        r.line,
        column,
        `${what}: the row has ${r.fields.length} fields, the header ${width}`,
      );
      return;
    }
    const raw = rawCells(r.fields);
    const parsed = o.spec.schema.safeParse(raw);
    if (!parsed.success) {
      for (const p of problemsFromZod(o.display, r.line, parsed.error, columns)) o.report(p);
      o.onRejected?.(raw);
      return;
    }
    const row = parsed.data;
    o.stage.write([o.src, r.line, ...columns.map((c) => row[c])]);
    accepted++;
    if (o.progress && (accepted & 0xffff) === 0) o.progress(accepted);
  };
  const parser = new CsvRecordParser((r) => {
    if (index === null) onHeader(r);
    else onRow(r);
  });
  const feed = (text: string) => {
    for (const issue of decoder.issues.splice(0)) {
      badLines.add(issue.line);
      if (issue.reason.startsWith('file is')) problem(issue.line, '(file)', issue.reason);
    }
    if (text) parser.push(text);
  };

  for await (const chunk of createReadStream(o.path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    bytes += buf.length;
    hash.update(buf);
    feed(decoder.push(buf));
  }
  feed(decoder.end());
  parser.end();
  if (index === null) problem(1, '(header)', 'the file is empty: a header row is required');

  return {
    file: o.spec.file,
    source: o.display,
    encoding: decoder.encoding ?? 'utf-8', // ASCII only: valid UTF-8
    sha256: hash.digest('hex'),
    bytes,
    rows_read: read,
    rows_accepted: accepted,
    rows_rejected: read - accepted,
    blank_lines: parser.blankLines,
  };
}

function countNewlines(fields: readonly string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\n'); i >= 0; i = f.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Whether the whole file is Shift_JIS and not UTF-8. The decoder otherwise decides on the
 * first chunk with non-ASCII bytes, which a Shift_JIS file can hold in a form that is also
 * valid UTF-8 (half-width kana pairs such as ﾃｱ); its kanji would then read as errors.
 * One streamed pass, on the row-by-row path only.
 */
async function onlyShiftJis(path: string): Promise<boolean> {
  const validAll = async (label: string) => {
    const d = new TextDecoder(label, { fatal: true });
    try {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        d.decode(chunk as Buffer, { stream: true });
      }
      d.decode();
      return true;
    } catch {
      return false;
    }
  };
  return !(await validAll('utf-8')) && (await validAll('shift_jis'));
}
