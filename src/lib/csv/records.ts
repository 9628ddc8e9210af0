// Streaming RFC 4180 reader that knows the physical line each record starts on (header =
// line 1), so a rejected row is reported where a person finds it in the file, even after
// quoted fields spanning several lines (format README, "What the pipeline must do").

export interface CsvRecord {
  /** physical line the record starts on */
  line: number;
  fields: string[];
  /** set when the record is malformed; fields are then incomplete */
  error?: string;
  /** index of the field the error is in */
  errorField?: number;
}

// A record longer than this is an unterminated quote swallowing the file, not data.
const MAX_RECORD_CHARS = 4 * 1024 * 1024;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

export class CsvRecordParser {
  private buf = '';
  private line = 1;
  private readonly emit: (record: CsvRecord) => void;
  /** physical lines that held nothing at all (skipped, reported in the manifest) */
  blankLines = 0;

  constructor(emit: (record: CsvRecord) => void) {
    this.emit = emit;
  }

  private swallowed = false;

  push(text: string): void {
    if (this.swallowed) return;
    this.buf = this.buf.length ? this.buf + text : text;
    this.parse(false);
    if (this.buf.length > MAX_RECORD_CHARS) {
      this.emit({
        line: this.line,
        fields: [],
        error: 'unterminated quoted field (a " opens a field that never closes)',
      });
      this.swallowed = true;
      this.buf = '';
    }
  }

  end(): void {
    if (!this.swallowed) this.parse(true);
    this.buf = '';
  }

  private parse(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    let pos = 0;
    let line = this.line;
    records: while (pos < n) {
      const recStart = pos;
      const recLine = line;
      const fields: string[] = [];
      let error: string | undefined;
      let errorField: number;
      for (;;) {
        errorField = fields.length;
        let field: string;
        if (s.charCodeAt(pos) === QUOTE) {
          let i = pos + 1;
          let segStart = i;
          let value = '';
          for (;;) {
            const q = s.indexOf('"', i);
            if (q < 0 || (q + 1 >= n && !final)) {
              if (!final) {
                pos = recStart; // wait for more text, then read the record again
                line = recLine;
                break records;
              }
              error = 'unterminated quoted field (a " opens a field that never closes)';
              line += countLf(s, recStart, n);
              pos = n;
              break;
            }
            if (s.charCodeAt(q + 1) === QUOTE) {
              value += s.slice(segStart, q + 1);
              i = q + 2;
              segStart = i;
              continue;
            }
            value += s.slice(segStart, q);
            pos = q + 1;
            break;
          }
          if (error) break;
          field = value;
          const c = s.charCodeAt(pos);
          const atEnd =
            pos >= n || c === COMMA || c === LF || (c === CR && s.charCodeAt(pos + 1) === LF);
          if (!atEnd) {
            if (pos + 1 >= n && c === CR && !final) {
              pos = recStart;
              line = recLine;
              break records;
            }
            error = 'unexpected text after a closing quote (write "" for a quote inside a field)';
            const nl = s.indexOf('\n', pos);
            if (nl < 0 && !final) {
              pos = recStart;
              line = recLine;
              break records;
            }
            line += countLf(s, recStart, nl < 0 ? n : nl);
            pos = nl < 0 ? n : nl;
          } else {
            line += countLf(s, recStart, pos);
          }
        } else {
          let i = pos;
          while (i < n) {
            const c = s.charCodeAt(i);
            if (c === COMMA || c === LF) break;
            i++;
          }
          if (i >= n && !final) {
            pos = recStart;
            line = recLine;
            break records;
          }
          const end = i > pos && s.charCodeAt(i - 1) === CR && s.charCodeAt(i) === LF ? i - 1 : i;
          field = s.slice(pos, end);
          pos = i;
        }
        fields.push(field);
        if (error) break;
        const c = s.charCodeAt(pos);
        if (c === COMMA) {
          pos++;
          continue;
        }
        if (c === CR) pos++; // CRLF after a quoted field
        if (s.charCodeAt(pos) === LF) {
          pos++;
          line++;
        }
        break;
      }
      if (error) {
        // skip to the end of the physical line the error is on
        if (pos < n && s.charCodeAt(pos) === LF) {
          pos++;
          line++;
        }
        this.emit({ line: recLine, fields, error, errorField });
        continue;
      }
      if (fields.length === 1 && fields[0] === '' && s.charCodeAt(recStart) !== QUOTE) {
        this.blankLines++;
        continue;
      }
      this.emit({ line: recLine, fields });
    }
    this.buf = pos < n ? s.slice(pos) : '';
    this.line = line;
  }
}

function countLf(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
