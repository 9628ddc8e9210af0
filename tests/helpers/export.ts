// Helpers for pipeline tests: copy the example export, edit one cell, run the pipeline
// in-process with silent effects, and hash a directory to prove it was left untouched.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseCsvText } from '../../src/lib/csv/parse-text.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { silentEffects } from '../../scripts/lib/effects.ts';

export const EXAMPLE = join(import.meta.dirname, '../fixtures/example/export');

export function tempDir(prefix = 'yorozu-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function copyExample(): string {
  const dir = join(tempDir(), 'export');
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

export function readRows(path: string): string[][] {
  return parseCsvText(readFileSync(path, 'utf8'));
}

export function writeRows(path: string, rows: string[][]): void {
  const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  writeFileSync(path, rows.map((r) => r.map(cell).join(',')).join('\n') + '\n');
}

/** Sets one cell; `line` is the physical line (header = 1) in a file without multi-line fields. */
export function setCell(path: string, line: number, column: string, value: string): void {
  const rows = readRows(path);
  const i = rows[0]!.indexOf(column);
  if (i < 0) throw new Error(`no column ${column}`);
  rows[line - 1]![i] = value;
  writeRows(path, rows);
}

export function cell(path: string, line: number, column: string): string {
  const rows = readRows(path);
  return rows[line - 1]![rows[0]!.indexOf(column)]!;
}

export async function run(
  inDirs: string[],
  outDir: string,
  ingestedDir?: string,
  options: { exactOnly?: boolean } = {},
) {
  const errors: string[] = [];
  const logs: string[] = [];
  const warnings: string[] = [];
  const effects = {
    ...silentEffects(),
    error: (m: string) => errors.push(m),
    warn: (m: string) => warnings.push(m),
    log: (m: string) => logs.push(m),
  };
  const result = await runPipeline({
    inDirs,
    outDir,
    ...(ingestedDir && { ingestedDir }),
    effects,
    codeVersion: 'test',
    ...options,
  });
  return { ...result, errors, logs, warnings };
}

export function hashDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
