// Hostile inputs: paths that are not regular files are refused before they are opened (a
// FIFO would block the run forever), links are named, and control characters in text
// fields and Markdown bodies are refused at `file:line: column: reason` (disclosure.md,
// "Untrusted text"). Both ingest paths run: the vectorised one must not accept what the
// exact one refuses, or the cell would be published.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BadCase, edit, f, oneCell, rejectsEach } from '../../../../helpers/bad-input.ts';
import { copyExample, readRows, run, setCell, tempDir } from '../../../../helpers/export.ts';

const BUYERS = 'initiatives/ex-13-buyers-2024.md';
const CASE = 'cases/ex-13-001.md';
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

const CASES: BadCase[] = [
  {
    name: 'a FIFO in place of a CSV file',
    breakIt: (d) => {
      rmSync(f(d, 'surveys.csv'));
      mkfifo(f(d, 'surveys.csv'));
    },
    expected: ['surveys.csv: (file): a FIFO, not a regular file: not opened'],
  },
  {
    name: 'a FIFO among the case studies',
    breakIt: (d) => mkfifo(f(d, 'cases/zz.md')),
    expected: ['cases/zz.md: (file): a FIFO, not a regular file: not opened'],
  },
  {
    name: 'a link to a device in place of a CSV file',
    breakIt: (d) => {
      rmSync(f(d, 'financials.csv'));
      symlinkSync('/dev/zero', f(d, 'financials.csv'));
    },
    expected: ['financials.csv: (file): a character device, not a regular file: not opened'],
  },
  {
    name: 'a folder in place of a CSV file',
    breakIt: (d) => {
      rmSync(f(d, 'capacity.csv'));
      mkdirSync(f(d, 'capacity.csv'));
    },
    expected: ['capacity.csv: (file): a directory, not a regular file: not opened'],
  },
  {
    name: 'a FIFO in place of the initiatives folder',
    breakIt: (d) => {
      rmSync(f(d, 'initiatives'), { recursive: true });
      mkfifo(f(d, 'initiatives'));
    },
    expected: ['initiatives: (folder): a FIFO, not a folder: not read'],
  },
  oneCell(
    'a NUL byte in a bio',
    ['coordinators.csv', 2, 'bio', 'IT導入\u0000を支援'],
    'coordinators.csv:2: bio: control character U+0000 at character 5 is not allowed',
  ),
  oneCell(
    'an ANSI escape in a display name',
    ['coordinators.csv', 3, 'display_name', 'a\u001b[31mb'],
    'coordinators.csv:3: display_name: control character U+001B at character 2 is not allowed',
  ),
  oneCell(
    'a C1 control character (CSI) in a menu description',
    ['support_menus.csv', 2, 'description', '相談会\u009b2J'],
    'support_menus.csv:2: description: control character U+009B at character 4 is not allowed',
  ),
  oneCell(
    'a DEL in an office address',
    ['offices.csv', 2, 'address', '東京都\u007f'],
    'offices.csv:2: address: control character U+007F at character 4 is not allowed',
  ),
  {
    name: 'an escape written in YAML in an initiative title',
    breakIt: (d) => edit(f(d, BUYERS), /^title: .*$/m, 'title: "商談会\\e[2J"'),
    expected: [`${BUYERS}:5: title: control character U+001B at character 4 is not allowed`],
  },
  {
    name: 'a NUL byte in a case study body',
    breakIt: (d) => {
      const text = readFileSync(f(d, CASE), 'utf8').split('\n');
      const close = text.indexOf('---', 1);
      text[close + 2] = `本文\u0000`;
      writeFileSync(f(d, CASE), text.join('\n'));
    },
    expected: [`${CASE}:LINE: body: control character U+0000 at character 3 is not allowed`],
  },
];

// The body case's line depends on the example's front matter.
const caseClose = readFileSync(
  join(import.meta.dirname, '../../../../fixtures/example/export', CASE),
  'utf8',
)
  .split('\n')
  .indexOf('---', 1);
CASES.at(-1)!.expected = [CASES.at(-1)!.expected[0]!.replace('LINE', String(caseClose + 3))];

describe('hostile input files and text are refused before harm', () => {
  rejectsEach(CASES);

  it('reads a linked input file and names the link', async () => {
    const d = copyExample();
    const elsewhere = join(tempDir(), 'surveys.csv');
    cpSync(f(d, 'surveys.csv'), elsewhere);
    rmSync(f(d, 'surveys.csv'));
    symlinkSync(elsewhere, f(d, 'surveys.csv'));
    const r = await run([d], join(tempDir(), 'out'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      `${d}/surveys.csv: a symbolic link to ${elsewhere}: reading the file it points to`,
    ]);
  });

  for (const exactOnly of [false, true]) {
    it(`keeps multi-line free text with tabs (${exactOnly ? 'exact' : 'vectorised'} path)`, async () => {
      const d = copyExample();
      setCell(f(d, 'coordinators.csv'), 2, 'bio', '一行目\r\n二行目\tタブ');
      const out = join(tempDir(), 'out');
      const r = await run([d], out, undefined, { exactOnly });
      expect(r.errors).toEqual([]);
      const bios = readRows(join(out, 'coordinators.csv')).map((row) => row.join('|'));
      expect(bios.some((b) => b.includes('一行目\r\n二行目\tタブ'))).toBe(true);
    });
  }
});
