// Checks one export CSV fed as bytes: decodes it (encoding detected), checks the header,
// validates every row with its zod schema and hands on the accepted rows. Every row ends
// up accepted or reported as `file:line: column: reason` (format README, "What the
// pipeline must do with bad input"). No I/O: the pipeline feeds it from a file stream, the
// browser from a File, so both give the same messages.
import { LineSafeDecoder, type Encoding } from '../csv/decode.ts';
import { CsvRecordParser, type CsvRecord } from '../csv/records.ts';
import type { CsvFileSpec } from '../../schemas/index.ts';
import { problemsFromZod, type Problem } from '../validation.ts';

export interface CsvCheckOptions {
  /** how the file is named in messages, e.g. data/sample/consultations.csv */
  display: string;
  spec: CsvFileSpec;
  /** the encoding when the caller checked the whole file first (onlyShiftJis) */
  encoding?: Encoding;
  report: (p: Problem) => void;
  /** an accepted row: its physical line and its values in the spec's column order */
  accept: (line: number, values: unknown[]) => void;
  /** sees the raw cells of every row that failed its schema (for reference checks) */
  onRejected?: (raw: Record<string, string>) => void;
}

export interface CsvCheckResult {
  encoding: Encoding;
  rows_read: number;
  rows_accepted: number;
  rows_rejected: number;
  blank_lines: number;
}

export class CsvChecker {
  private readonly o: CsvCheckOptions;
  private readonly columns: string[];
  private readonly decoder: LineSafeDecoder;
  private readonly parser: CsvRecordParser;
  private readonly badLines = new Set<number>();
  private index: number[] | null = null; // header position of each schema column
  private headerNames: string[] = [];
  private width = 0;
  private headerOk = false;
  private read = 0;
  private accepted = 0;

  constructor(o: CsvCheckOptions) {
    this.o = o;
    this.columns = o.spec.columns.map((c) => c.name);
    this.decoder = new LineSafeDecoder(o.encoding);
    this.parser = new CsvRecordParser((r) => {
      if (this.index === null) this.onHeader(r);
      else this.onRow(r);
    });
  }

  /** Rows accepted so far (for progress). */
  get rowsAccepted(): number {
    return this.accepted;
  }

  push(bytes: Uint8Array): void {
    this.feed(this.decoder.push(bytes));
  }

  end(): CsvCheckResult {
    this.feed(this.decoder.end());
    this.parser.end();
    if (this.index === null)
      this.problem(1, '(header)', 'the file is empty: a header row is required');
    return {
      encoding: this.decoder.encoding ?? 'utf-8', // ASCII only: valid UTF-8
      rows_read: this.read,
      rows_accepted: this.accepted,
      rows_rejected: this.read - this.accepted,
      blank_lines: this.parser.blankLines,
    };
  }

  private feed(text: string): void {
    for (const issue of this.decoder.issues.splice(0)) {
      this.badLines.add(issue.line);
      if (issue.reason.startsWith('file is')) this.problem(issue.line, '(file)', issue.reason);
    }
    if (text) this.parser.push(text);
  }

  private problem(line: number, column: string, reason: string): void {
    this.o.report({ file: this.o.display, line, column, reason });
  }

  private invalidBytes(): string {
    return `invalid ${this.decoder.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8'} byte sequence`;
  }

  private onHeader(r: CsvRecord): void {
    const names = r.fields;
    const { columns } = this;
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) this.problem(r.line, name, 'column appears twice in the header');
      seen.add(name);
      if (!columns.includes(name)) {
        this.problem(
          r.line,
          name || '(empty)',
          'unknown column (not in format v1; it may hold identifying data)',
        );
      }
    }
    for (const c of columns) if (!seen.has(c)) this.problem(r.line, c, 'missing required column');
    this.headerOk =
      !r.error &&
      seen.size === names.length &&
      names.every((n) => columns.includes(n)) &&
      columns.every((c) => seen.has(c));
    if (r.error) this.problem(r.line, '(header)', r.error);
    if (this.badLines.has(r.line)) {
      this.problem(r.line, '(header)', this.invalidBytes());
      this.headerOk = false;
    }
    this.index = columns.map((c) => names.indexOf(c));
    this.headerNames = names;
    this.width = names.length;
  }

  private columnAt(i: number): string | undefined {
    return this.headerNames[i];
  }

  private rawCells(fields: string[]): Record<string, string> {
    const raw: Record<string, string> = {};
    for (let i = 0; i < this.columns.length; i++) raw[this.columns[i]!] = fields[this.index![i]!]!;
    return raw;
  }

  private onRow(r: CsvRecord): void {
    this.read++;
    if (!this.headerOk) return; // the header problem explains every row
    const lastLine = r.line + countNewlines(r.fields);
    for (let l = r.line; l <= lastLine; l++) {
      if (this.badLines.has(l)) {
        const at = r.fields.findIndex((f) => f.includes('\uFFFD'));
        const column = at >= 0 ? (this.columnAt(at) ?? '(row)') : '(row)';
        this.problem(l, column, this.invalidBytes());
        if (r.fields.length === this.width) this.o.onRejected?.(this.rawCells(r.fields));
        return;
      }
    }
    if (r.error) {
      this.problem(r.line, this.columnAt(r.errorField ?? 0) ?? '(row)', r.error);
      return;
    }
    if (r.fields.length !== this.width) {
      const short = r.fields.length < this.width;
      const column = short ? (this.columnAt(r.fields.length) ?? '(row)') : '(row)';
      this.problem(
        r.line,
        column,
        `${short ? 'missing field' : 'extra field'}: the row has ${r.fields.length} fields, the header ${this.width}`,
      );
      return;
    }
    const raw = this.rawCells(r.fields);
    const parsed = this.o.spec.schema.safeParse(raw);
    if (!parsed.success) {
      for (const p of problemsFromZod(this.o.display, r.line, parsed.error, this.columns))
        this.o.report(p);
      this.o.onRejected?.(raw);
      return;
    }
    const row = parsed.data;
    this.accepted++;
    this.o.accept(
      r.line,
      this.columns.map((c) => row[c]),
    );
  }
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
 * `chunks` gives the file's bytes afresh on each call (one pass per encoding tried).
 */
export async function onlyShiftJis(
  chunks: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<boolean> {
  const validAll = async (label: string) => {
    const d = new TextDecoder(label, { fatal: true });
    try {
      for await (const chunk of chunks()) d.decode(chunk, { stream: true });
      d.decode();
      return true;
    } catch {
      return false;
    }
  };
  return !(await validAll('utf-8')) && (await validAll('shift_jis'));
}
