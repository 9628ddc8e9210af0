// The ZIP writer of the per-year microdata archives: what it writes must open in any ZIP
// reader (Python's zipfile stands in for Explorer, Finder and unzip, a separate
// implementation from ours), byte for byte, with the sizes and digests it reports.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ZIP32_MAX, zipFile } from '../../../../../scripts/pipeline/publish/zip.ts';
import { readZip } from '../../../../helpers/unzip.ts';

const dir = mkdtempSync(join(tmpdir(), 'zip-'));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Python's zipfile: testzip() checks every CRC; prints the names and the member's sha256. */
function pythonUnzip(path: string): { names: string[]; sha256: string; ok: boolean } {
  const script = [
    'import hashlib, json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'names = z.namelist()',
    'print(json.dumps({"names": names, "ok": z.testzip() is None,',
    '  "sha256": hashlib.sha256(z.read(names[0])).hexdigest()}))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

// Text like the microdata CSV (compressible) and random bytes (not: deflate then stores),
// empty, and more than one read chunk (1 MiB) and one deflate window.
const cases: [string, Buffer][] = [
  [
    'csv',
    Buffer.from(
      '\ufefffiscal_year,pref_code,topic\r\n' +
        Array.from(
          { length: 60_000 },
          (_, i) => `2025,${String(i % 47).padStart(2, '0')},販路開拓\r\n`,
        ).join(''),
    ),
  ],
  ['random', randomBytes(3 << 20)],
  ['empty', Buffer.alloc(0)],
];

describe('zipFile', () => {
  test.each(cases)(
    '%s: any reader gets the same bytes back; sizes and digests are true',
    async (kind, content) => {
      const src = join(dir, `${kind}.csv`);
      const dest = `${src}.zip`;
      writeFileSync(src, content);
      const written = await zipFile(src, dest, `${kind}.csv`);
      expect(written.bytes).toBe(statSync(dest).size);
      expect(written.member).toEqual({
        name: `${kind}.csv`,
        bytes: content.length,
        sha256: sha256(content),
        crc32: crc32(content) >>> 0,
      });
      const [member, ...others] = readZip(dest);
      expect(others).toEqual([]);
      expect(member!.name).toBe(`${kind}.csv`);
      expect(member!.method).toBe(8);
      expect(member!.flags & 8).toBe(0); // sizes in the local header, no data descriptor
      expect(member!.data.equals(content)).toBe(true);
      expect(pythonUnzip(dest)).toEqual({
        names: [`${kind}.csv`],
        ok: true,
        sha256: sha256(content),
      });
    },
  );

  test('compresses text: the microdata-like CSV shrinks to under a fifth', async () => {
    const src = join(dir, 'csv.csv');
    writeFileSync(src, cases[0]![1]);
    const { bytes, member } = await zipFile(src, join(dir, 'small.zip'), 'csv.csv');
    expect(bytes).toBeLessThan(member.bytes / 5);
  });

  test('the same input gives the same bytes (fixed modification time)', async () => {
    const src = join(dir, 'again.csv');
    writeFileSync(src, cases[0]![1]);
    await zipFile(src, join(dir, 'a.zip'), 'x.csv');
    await new Promise((r) => setTimeout(r, 1100)); // a clock-derived time would move by now
    await zipFile(src, join(dir, 'b.zip'), 'x.csv');
    expect(readFileSync(join(dir, 'a.zip')).equals(readFileSync(join(dir, 'b.zip')))).toBe(true);
  });

  test('a non-ASCII name is marked UTF-8 (bit 11), so readers do not take it for CP437', async () => {
    const src = join(dir, 'jp.csv');
    writeFileSync(src, 'a,b\r\n');
    await zipFile(src, join(dir, 'jp.zip'), '相談_fy2025.csv');
    const [member] = readZip(join(dir, 'jp.zip'));
    expect(member!.name).toBe('相談_fy2025.csv');
    expect(member!.flags & 0x800).toBe(0x800);
    expect(pythonUnzip(join(dir, 'jp.zip')).names).toEqual(['相談_fy2025.csv']);
  });

  test('refuses names that are not plain relative paths', async () => {
    const src = join(dir, 'n.csv');
    writeFileSync(src, 'x');
    await expect(zipFile(src, join(dir, 'n.zip'), '/etc/x.csv')).rejects.toThrow(/plain relative/);
    await expect(zipFile(src, join(dir, 'n.zip'), 'a\\b.csv')).rejects.toThrow(/plain relative/);
    await expect(zipFile(src, join(dir, 'n.zip'), '')).rejects.toThrow(/plain relative/);
  });

  test('refuses a member of 4 GiB or more (no ZIP64) before writing anything', async () => {
    const big = join(dir, 'big.csv');
    truncateSync((writeFileSync(big, ''), big), ZIP32_MAX + 1); // sparse: no disk used
    await expect(zipFile(big, join(dir, 'big.zip'), 'big.csv')).rejects.toThrow(/without ZIP64/);
    expect(existsSync(join(dir, 'big.zip'))).toBe(false);
  });
});
