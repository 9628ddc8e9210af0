// Golden files fail when missing: only UPDATE_GOLDEN=1 writes them (tests/helpers/golden.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/export.ts';
import { readGolden } from '../../helpers/golden.ts';
import { assertSnapshot } from '../../helpers/svg-snapshot.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('readGolden', () => {
  it('throws on a missing golden and writes nothing', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    const path = join(tempDir(), 'table.csv');
    expect(() => readGolden(path, 'a,b\r\n')).toThrow(/golden file missing: .*table\.csv/);
    expect(existsSync(path)).toBe(false);
  });

  it('returns the committed content, not the actual one, so a difference fails', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    const path = join(tempDir(), 'table.csv');
    writeFileSync(path, 'a,b\r\n1,2\r\n');
    expect(readGolden(path, 'a,b\r\n1,3\r\n')).toBe('a,b\r\n1,2\r\n');
    expect(readFileSync(path, 'utf8')).toBe('a,b\r\n1,2\r\n');
  });

  it('writes the actual content with UPDATE_GOLDEN=1, in a new folder if need be', () => {
    vi.stubEnv('UPDATE_GOLDEN', '1');
    const path = join(tempDir(), 'new', 'table.csv');
    expect(readGolden(path, 'a,b\r\n')).toBe('a,b\r\n');
    expect(readFileSync(path, 'utf8')).toBe('a,b\r\n');
  });
});

describe('chart snapshots', () => {
  it('fail when the snapshot file is missing, and do not create it', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    const file = join(import.meta.dirname, '../charts/output/no-such-chart.svg');
    expect(() => assertSnapshot('no-such-chart', '<svg></svg>')).toThrow(/golden file missing/);
    expect(existsSync(file)).toBe(false);
  });
});
