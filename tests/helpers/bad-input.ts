// The harness of the bad-input corpora: a case breaks a copy of the contract example in one
// way, and each must fail with exactly its `file:line: column: reason` messages while the
// previously published directory stays byte-for-byte unchanged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { EXAMPLE, copyExample, hashDir, run, setCell, tempDir } from './export.ts';

export interface BadCase {
  name: string;
  /** breaks the export in `dir`; may return extra input directories */
  breakIt: (dir: string) => void | string[];
  /**
   * messages without the directory prefix, e.g. 'consultations.csv:3: minutes: …';
   * DIR/ and SECOND/ name the input directories
   */
  expected: string[];
}

export const f = (dir: string, name: string) => join(dir, name);

/** Replaces the first `from` in the file by `to`; a `from` not found is a broken case. */
export const edit = (path: string, from: string | RegExp, to: string) => {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: nothing to replace`);
  writeFileSync(path, next);
};

const replaceLine = (path: string, line: number, text: string) => {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[line - 1] = text;
  writeFileSync(path, lines.join('\n'));
};

/** A case that sets one cell: [file, line, column, value]. */
export const oneCell = (
  name: string,
  [file, line, column, value]: [string, number, string, string],
  ...expected: string[]
): BadCase => ({ name, breakIt: (d) => setCell(f(d, file), line, column, value), expected });
/** A case that rewrites one line: [file, line, text]. */
export const oneLine = (
  name: string,
  [file, line, text]: [string, number, string],
  ...expected: string[]
): BadCase => ({ name, breakIt: (d) => replaceLine(f(d, file), line, text), expected });
/** A case that replaces the first `from` in a file by `to`: [file, from, to]. */
export const oneEdit = (
  name: string,
  [file, from, to]: [string, string | RegExp, string],
  ...expected: string[]
): BadCase => ({ name, breakIt: (d) => edit(f(d, file), from, to), expected });

/**
 * Registers, in the enclosing describe, one test per case against a directory published once
 * from the example beforehand.
 */
export function rejectsEach(cases: readonly BadCase[]): void {
  let published: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    published = join(tempDir(), 'published');
    expect((await run([EXAMPLE], published)).ok).toBe(true);
    before = hashDir(published);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = copyExample();
    const extra = c.breakIt(dir) ?? [];
    const second = extra[0] ?? '';
    const result = await run([dir, ...extra], published);
    const expand = (m: string) =>
      m.replaceAll('DIR/', `${dir}/`).replaceAll('SECOND/', `${second}/`);
    const expected = c.expected.map((m) =>
      m.startsWith('SECOND/') ? expand(m) : `${dir}/${expand(m)}`,
    );
    expect(result.ok).toBe(false);
    expect(result.errors.slice(0, -1)).toEqual(expected);
    expect(result.errors.at(-1)).toMatch(/problem\(s\): nothing was published/);
    expect(hashDir(published)).toEqual(before);
  });
}
