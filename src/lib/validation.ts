// The one place where problems become messages: `file:line: column: reason` (format
// README, "What the pipeline must do with bad input"). Lines are physical, header = 1.
import type { z } from 'zod';

export interface Problem {
  file: string;
  /** physical line; omitted for a whole missing file */
  line?: number;
  column: string;
  reason: string;
}

export function formatProblem(p: Problem): string {
  return terminalSafe(
    p.line === undefined
      ? `${p.file}: ${p.column}: ${p.reason}`
      : `${p.file}:${p.line}: ${p.column}: ${p.reason}`,
  );
}

// ANSI escape sequences (CSI … final byte, OSC … BEL/ST, and two-byte ESC forms), then
// any other C0/C1 control character or DEL.
const ANSI =
  // eslint-disable-next-line no-control-regex
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text fit for a terminal line: escape sequences removed, other control characters shown
 * as `\u{..}` so the reader sees something was there; tab and newline kept (a message
 * may be several lines). Input text reaches messages (a header name, a cell), and must
 * not be able to move the cursor, rewrite the screen or set the window title.
 */
export function terminalSafe(s: string): string {
  return s
    .replace(ANSI, '')
    .replace(CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(2, '0')}}`);
}

/** Turns a failed safeParse of one row into problems, one per issue, in column order. */
export function problemsFromZod(
  file: string,
  line: number,
  error: z.ZodError,
  columnOrder: readonly string[],
): Problem[] {
  const problems = error.issues.map((issue) => ({
    file,
    line,
    column: issue.path.length ? String(issue.path[0]) : '(row)',
    reason: issue.message,
  }));
  const rank = (c: string) => {
    const i = columnOrder.indexOf(c);
    return i < 0 ? columnOrder.length : i;
  };
  return problems.sort((a, b) => rank(a.column) - rank(b.column));
}
