// Side effects come in from outside so tests run silent and with a fixed clock
// (code-style.md, "Side effects come in from outside").
import { terminalSafe } from '../../src/lib/validation.ts';

export interface Effects {
  /** normal progress and summary lines */
  log: (message: string) => void;
  /** something the operator must see though nothing was rejected (a stale lock taken over) */
  warn: (message: string) => void;
  /** one rejected row or fatal problem per call */
  error: (message: string) => void;
  /** transient progress (rows/s); a no-op when stderr is not a terminal */
  progress: (message: string) => void;
  now: () => Date;
}

export const silentEffects = (now = new Date('2026-01-01T00:00:00Z')): Effects => ({
  log: () => {},
  warn: () => {},
  error: () => {},
  progress: () => {},
  now: () => now,
});

export function consoleEffects(): Effects {
  // Progress and summaries on a terminal; quiet otherwise, so only problems reach logs.
  // Every line passes terminalSafe: messages quote input text (headers, cells, file
  // names), and an escape sequence in an export must not drive the operator's terminal.
  const tty = process.stderr.isTTY === true;
  return {
    log: tty ? (m) => console.log(terminalSafe(m)) : () => {},
    warn: (m) => console.error(terminalSafe(m)),
    error: (m) => console.error(terminalSafe(m)),
    progress: tty ? (m) => process.stderr.write(`\r\x1b[2K${terminalSafe(m)}`) : () => {},
    now: () => new Date(),
  };
}
