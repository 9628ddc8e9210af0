// Several input directories (format README: "for example one per fiscal year ... rows are
// unioned and key uniqueness is checked across all of them"): the example export split
// into one directory per fiscal year, each with the whole coordinators.csv, menus, phase2
// and case studies, as each year's export would carry them, must give the example's
// indicators; a coordinator whose row differs between the years is a duplicate key.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, readRows, run, tempDir, writeRows } from '../../../../helpers/export.ts';

const fyOf = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);

/** One directory per fiscal year of consultations; every other file in full in each. */
function splitByYear(root: string): string[] {
  const [header, ...rows] = readRows(join(EXAMPLE, 'consultations.csv'));
  const years = [...new Set(rows.map((r) => fyOf(r[1]!)))].sort();
  return years.map((fy) => {
    const dir = join(root, `fy${fy}`);
    cpSync(EXAMPLE, dir, { recursive: true });
    writeRows(join(dir, 'consultations.csv'), [header!, ...rows.filter((r) => fyOf(r[1]!) === fy)]);
    // dated rows of other files by the year they fall in
    const [sh, ...surveys] = readRows(join(EXAMPLE, 'surveys.csv'));
    writeRows(join(dir, 'surveys.csv'), [sh!, ...surveys.filter((r) => fyOf(r[1]!) === fy)]);
    for (const file of ['financials.csv', 'capacity.csv']) {
      const [h, ...rs] = readRows(join(EXAMPLE, file));
      const col = h!.indexOf('fiscal_year');
      // years before the first (a growth's base year) go with the first directory
      const year = (r: string[]) => Math.min(Math.max(Number(r[col]), years[0]!), years.at(-1)!);
      writeRows(join(dir, file), [h!, ...rs.filter((r) => year(r) === fy)]);
    }
    return dir;
  });
}

describe('several directories, one per fiscal year', async () => {
  const root = tempDir();
  const dirs = splitByYear(join(root, 'split'));
  const single = await run([EXAMPLE], join(root, 'out-single'));
  const split = await run(dirs, join(root, 'out-split'));

  it('are read as one export: the same indicators, every repeated row counted once', () => {
    expect(dirs.length).toBeGreaterThan(2);
    expect(single.errors).toEqual([]);
    expect(split.errors).toEqual([]);
    const indicators = (out: string) => readFileSync(join(root, out, 'indicators.csv'), 'utf8');
    expect(indicators('out-split')).toBe(indicators('out-single'));
  });

  it('the manifest says which rows were repeats, per file', () => {
    const files = JSON.parse(readFileSync(join(root, 'out-split', 'manifest.json'), 'utf8'))
      .files as { source: string; rows_read: number; rows_merged?: number }[];
    const coordinators = readRows(join(EXAMPLE, 'coordinators.csv')).length - 1;
    const merged = (dir: string, file: string) =>
      files.find((f) => f.source === join(dir, file))!.rows_merged;
    expect(merged(dirs[0]!, 'coordinators.csv')).toBeUndefined();
    for (const dir of dirs.slice(1)) {
      expect(merged(dir, 'coordinators.csv')).toBe(coordinators);
      expect(merged(dir, 'consultations.csv')).toBeUndefined();
      expect(files.find((f) => f.source === join(dir, 'cases', '*.md'))!.rows_merged).toBe(1);
    }
  });

  it('a coordinator whose row differs between directories is a duplicate key', async () => {
    const dirs2 = splitByYear(join(root, 'split2'));
    const path = join(dirs2[1]!, 'coordinators.csv');
    const rows = readRows(path);
    const bio = rows[0]!.indexOf('bio');
    rows[1]![bio] = `${rows[1]![bio]}（更新）`;
    writeRows(path, rows);
    const r = await run(dirs2, join(root, 'out-split2'));
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(new RegExp(`coordinators.csv:2: co_id: .*${rows[1]![0]}`));
  });
});
