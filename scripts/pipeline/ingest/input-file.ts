// What an input path is, checked before anything opens it: only regular files are read
// (opening a FIFO blocks until a writer comes, a device can stream forever), and a
// symbolic link is followed but named, so the operator sees what was really read.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
import type { Problem } from '../../../src/lib/validation.ts';

export function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

const kind = (st: Stats) =>
  st.isFIFO()
    ? 'a FIFO'
    : st.isSocket()
      ? 'a socket'
      : st.isCharacterDevice()
        ? 'a character device'
        : st.isBlockDevice()
          ? 'a block device'
          : st.isDirectory()
            ? 'a directory'
            : 'not a regular file';

/** Says so when `path` is a link; null when it is one to nothing. */
function follow(path: string, display: string, warn: (m: string) => void): Stats | null {
  if (lstatOrNull(path)?.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return null;
    }
    warn(`${display}: a symbolic link to ${target}: reading the file it points to`);
  }
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

// What an input must be, and what is said when it is not.
const EXPECTED = {
  file: {
    is: (st: Stats) => st.isFile(),
    column: '(file)',
    otherwise: 'not a regular file: not opened',
    dangling: 'a symbolic link to nothing: not opened',
  },
  folder: {
    is: (st: Stats) => st.isDirectory(),
    column: '(folder)',
    otherwise: 'not a folder: not read',
    dangling: 'a symbolic link to nothing: not read',
  },
};

function isReadable(
  expected: (typeof EXPECTED)[keyof typeof EXPECTED],
  path: string,
  display: string,
  report: (p: Problem) => void,
  warn: (m: string) => void,
): boolean {
  const st = follow(path, display, warn);
  if (st && expected.is(st)) return true;
  report({
    file: display,
    column: expected.column,
    reason: st ? `${kind(st)}, ${expected.otherwise}` : expected.dangling,
  });
  return false;
}

/**
 * True when `path` (known to exist as a name) is a regular file, or a link to one; else
 * reports `file: (file): reason` and the file is not opened.
 */
export const isReadableFile = (
  path: string,
  display: string,
  report: (p: Problem) => void,
  warn: (m: string) => void,
): boolean => isReadable(EXPECTED.file, path, display, report, warn);

/** The same for a folder of the export (cases/, initiatives/) or an input directory. */
export const isReadableFolder = (
  path: string,
  display: string,
  report: (p: Problem) => void,
  warn: (m: string) => void,
): boolean => isReadable(EXPECTED.folder, path, display, report, warn);
