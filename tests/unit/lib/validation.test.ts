// Problems quote input text (a header, a cell, a file name); what reaches the terminal
// must not carry escape sequences or other control characters from it.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, terminalSafe } from '../../../src/lib/validation.ts';
import { copyExample, tempDir } from '../../helpers/export.ts';

describe('terminal-safe messages', () => {
  it('drops ANSI sequences and shows other control characters as code points', () => {
    expect(terminalSafe('a\u001b[31;1mred\u001b[0m b')).toBe('ared b');
    expect(terminalSafe('title\u001b]0;pwned\u0007!')).toBe('title!');
    expect(terminalSafe('clear\u009b2J')).toBe('clear');
    expect(terminalSafe('nul\u0000 cr\r bell\u0007 del\u007f')).toBe(
      'nul\\u{00} cr\\u{0d} bell\\u{07} del\\u{7f}',
    );
    expect(terminalSafe('tab\tand\nnewline 日本語')).toBe('tab\tand\nnewline 日本語');
  });

  it('formatProblem sanitises every part', () => {
    expect(
      formatProblem({
        file: 'x\u001b[2J.csv',
        line: 1,
        column: 'evil\u001b[31m',
        reason: "unknown column 'evil\u001b[31m'",
      }),
    ).toBe("x.csv:1: evil: unknown column 'evil'");
  });

  it('the pipeline never writes an escape from a header to the terminal', () => {
    const d = copyExample();
    const path = join(d, 'capacity.csv');
    const [header, ...rest] = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, [`${header},\u001b[2J\u001b]0;owned\u0007x`, ...rest].join('\n'));
    const r = spawnSync(
      process.execPath,
      ['scripts/pipeline.ts', '--in', d, '--out', join(tempDir(), 'out')],
      { cwd: resolve(import.meta.dirname, '../../..'), encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path}:1: x: unknown column`);
    // eslint-disable-next-line no-control-regex
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
