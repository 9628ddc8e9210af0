// The build's guard against a dist/ that a static host would refuse (scripts/lib/dist-size.ts).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  checkDist,
  DIST_LIMITS,
  distSizeStep,
  formatDistReport,
  listDist,
  summarise,
  type DistFile,
} from '../../../scripts/lib/dist-size.ts';

const MiB = 1024 * 1024;
const limits = { maxFileBytes: 100, maxFiles: 4, maxTotalBytes: 300 };

describe('checkDist', () => {
  test('the limits are those of the smallest common static host and the national budget', () => {
    expect(DIST_LIMITS).toEqual({
      maxFileBytes: 25 * MiB,
      maxFiles: 20_000,
      maxTotalBytes: 400 * MiB,
    });
  });

  test('nothing to say when every file and the totals are within the limits', () => {
    const files = [
      { file: 'a.html', bytes: 100 }, // at the limit is within it
      { file: 'data/files/x.csv.zip', bytes: 99 },
    ];
    expect(checkDist(files, limits)).toEqual([]);
  });

  test('names every file over the per-file limit, largest first', () => {
    const files = [
      { file: 'ok.html', bytes: 10 },
      { file: 'data/files/microdata_fy2024.csv', bytes: 101 },
      { file: 'data/files/microdata_fy2025.csv', bytes: 150 },
    ];
    const problems = checkDist(files, { ...limits, maxTotalBytes: 1e9 });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^dist\/data\/files\/microdata_fy2025\.csv is .* \(150 bytes\)/);
    expect(problems[1]).toMatch(/^dist\/data\/files\/microdata_fy2024\.csv /);
  });

  test('too many files, or too many bytes in all, is a problem of its own', () => {
    const five: DistFile[] = Array.from({ length: 5 }, (_, i) => ({
      file: `${i}.html`,
      bytes: 70,
    }));
    const problems = checkDist(five, limits);
    expect(problems).toEqual([
      'dist/ has 5 files, over the 4 allowed',
      expect.stringMatching(/^dist\/ holds .* over the .* allowed$/),
    ]);
  });
});

describe('the report and the build step, on a directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dist-size-'));
  mkdirSync(join(dir, 'data', 'files', 'json'), { recursive: true });
  mkdirSync(join(dir, 'centers', '13'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'x'.repeat(10));
  writeFileSync(join(dir, 'centers', '13', 'index.html'), 'x'.repeat(300));
  writeFileSync(join(dir, 'data', 'files', 'a.parquet'), 'x'.repeat(200));
  writeFileSync(join(dir, 'data', 'files', 'json', 'a.json'), 'x'.repeat(50));

  test('sums files and bytes per top-level folder, largest folder first', () => {
    const s = summarise(listDist(dir), 2);
    expect(s.files).toBe(4);
    expect(s.bytes).toBe(560);
    expect(s.folders).toEqual([
      { folder: 'centers', files: 1, bytes: 300 },
      { folder: 'data', files: 2, bytes: 250 },
      { folder: '.', files: 1, bytes: 10 },
    ]);
    expect(s.largest).toEqual([
      { file: 'centers/13/index.html', bytes: 300 },
      { file: 'data/files/a.parquet', bytes: 200 },
    ]);
    const report = formatDistReport(s);
    expect(report[0]).toMatch(/^folder\s+files\s+MiB$/);
    expect(report).toContain(`${'total'.padEnd(7)}       4       0.0`);
  });

  test('the step passes a small dist/ and stops the build naming the file that is too big', async () => {
    await expect(distSizeStep(dir).run()).resolves.toBeUndefined();
    const big = mkdtempSync(join(tmpdir(), 'dist-size-big-'));
    writeFileSync(join(big, 'huge.csv'), Buffer.alloc(25 * MiB + 1));
    await expect(distSizeStep(big).run()).rejects.toThrow(
      /dist\/huge\.csv is 25\.0 MiB \(26214401 bytes\)/,
    );
  });
});
