// A small sample export generated once per test file (seed 1) in a temporary directory that
// is removed afterwards, and the fiscal year of a sample date.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateSample, type SampleSummary } from '../../scripts/sample/index.ts';

export interface SmallSample {
  /** the temporary directory, for more exports beside the sample */
  root: string;
  /** the sample export */
  dir: string;
  summary: SampleSummary;
}

/** Registers the generation (beforeAll) and removal (afterAll) of a small sample in `root/sub`. */
export function smallSample(prefix: string, sub: string): SmallSample {
  const s = { root: '', dir: '' } as SmallSample;
  beforeAll(() => {
    s.root = mkdtempSync(join(tmpdir(), prefix));
    s.dir = join(s.root, sub);
    s.summary = generateSample({ outDir: s.dir, scale: 'small', seed: 1 });
  });
  afterAll(() => rmSync(s.root, { recursive: true, force: true }));
  return s;
}

/** The fiscal year (April to March, by its starting year) of a date YYYY-MM-DD. */
export const fyOf = (date: string): number =>
  Number(date.slice(0, 4)) - (date.slice(5, 7) < '04' ? 1 : 0);
