// Streaming decoder for exports: UTF-8, UTF-8 with BOM and Shift_JIS/CP932 are detected,
// not asked for (format README). Bytes are cut at LF, which is never part of a multi-byte
// character in either encoding, so invalid bytes can be reported at their physical line.

export type Encoding = 'utf-8' | 'utf-8-bom' | 'shift_jis';

export interface DecodeIssue {
  line: number;
  reason: string;
}

const LF = 0x0a;

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return true;
  return false;
}

export class LineSafeDecoder {
  /** null until the first non-ASCII byte decides it (ASCII is valid in all three). */
  encoding: Encoding | null = null;
  /**
   * `known`: the encoding when the caller has checked the whole file (the first chunk
   * with non-ASCII bytes can be valid in both, e.g. half-width kana that read as UTF-8).
   * A byte order mark still wins.
   */
  constructor(known?: Encoding) {
    if (known) this.setEncoding(known);
  }
  readonly issues: DecodeIssue[] = [];
  private pending: Uint8Array = new Uint8Array(0);
  private line = 1; // physical line of the first byte of `pending`
  private started = false;
  private fatal: TextDecoder | null = null;
  private lenient: TextDecoder | null = null;

  /** Decodes every complete line in `chunk` (plus what was pending); keeps the rest. */
  push(chunk: Uint8Array): string {
    let bytes = this.pending.length ? concat(this.pending, chunk) : chunk;
    if (!this.started) {
      if (bytes.length < 3) {
        this.pending = bytes;
        return '';
      }
      this.started = true;
      bytes = this.stripBom(bytes);
    }
    const cut = bytes.lastIndexOf(LF);
    if (cut < 0) {
      this.pending = bytes;
      return '';
    }
    this.pending = bytes.slice(cut + 1);
    return this.decodeLines(bytes.subarray(0, cut + 1));
  }

  /** Decodes whatever is left (a last line without a final newline). */
  end(): string {
    let bytes = this.pending;
    this.pending = new Uint8Array(0);
    if (!this.started) {
      this.started = true;
      bytes = this.stripBom(bytes);
    }
    return bytes.length ? this.decodeLines(bytes) : '';
  }

  private stripBom(bytes: Uint8Array): Uint8Array {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.setEncoding('utf-8-bom');
      return bytes.subarray(3);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      this.issues.push({ line: 1, reason: 'file is UTF-16; save it as CSV in UTF-8 or Shift_JIS' });
    }
    return bytes;
  }

  private setEncoding(e: Encoding): void {
    this.encoding = e;
    const label = e === 'shift_jis' ? 'shift_jis' : 'utf-8';
    this.fatal = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    this.lenient = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  }

  private decodeLines(bytes: Uint8Array): string {
    if (this.encoding === null) {
      if (!hasNonAscii(bytes)) {
        this.line += countLf(bytes);
        return latin(bytes);
      }
      this.setEncoding(detect(bytes));
    }
    try {
      const text = this.fatal!.decode(bytes);
      this.line += countLf(bytes);
      return text;
    } catch {
      return this.decodeLineByLine(bytes);
    }
  }

  /** Slow path, only for chunks with invalid bytes: find and report each bad line. */
  private decodeLineByLine(bytes: Uint8Array): string {
    const parts: string[] = [];
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(LF, start);
      end = end < 0 ? bytes.length : end + 1;
      const lineBytes = bytes.subarray(start, end);
      try {
        parts.push(this.fatal!.decode(lineBytes));
      } catch {
        this.issues.push({
          line: this.line,
          reason: `invalid ${label(this.encoding!)} byte sequence`,
        });
        parts.push(this.lenient!.decode(lineBytes));
      }
      this.line++;
      start = end;
    }
    // The last line of a chunk has its LF, except at the very end of the file.
    if (bytes[bytes.length - 1] !== LF) this.line--;
    return parts.join('');
  }
}

function label(e: Encoding): string {
  return e === 'shift_jis' ? 'Shift_JIS' : 'UTF-8';
}

/** UTF-8 if the bytes are valid UTF-8, else Shift_JIS if valid there, else the one with fewer bad lines. */
function detect(bytes: Uint8Array): Encoding {
  if (validIn('utf-8', bytes)) return 'utf-8';
  if (validIn('shift_jis', bytes)) return 'shift_jis';
  return badLines('shift_jis', bytes) < badLines('utf-8', bytes) ? 'shift_jis' : 'utf-8';
}

function validIn(enc: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(enc, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function badLines(enc: string, bytes: Uint8Array): number {
  let bad = 0;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(LF, start);
    end = end < 0 ? bytes.length : end + 1;
    if (!validIn(enc, bytes.subarray(start, end))) bad++;
    start = end;
  }
  return bad;
}

function countLf(bytes: Uint8Array): number {
  let n = 0;
  let i = bytes.indexOf(LF);
  while (i >= 0) {
    n++;
    i = bytes.indexOf(LF, i + 1);
  }
  return n;
}

function latin(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
