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
  return p.line === undefined
    ? `${p.file}: ${p.column}: ${p.reason}`
    : `${p.file}:${p.line}: ${p.column}: ${p.reason}`;
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
