// Every test's temporary files go under one directory, removed when the run ends: the
// tests make a fresh export and output per case (up to 0.9 GB each at national scale), and
// 14,704 of them had filled the disk of a machine that ran the suite all day. os.tmpdir()
// reads TMPDIR, which the workers inherit from here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'yorozu-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}
