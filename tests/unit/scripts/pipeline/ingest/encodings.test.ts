// The same export in the three encodings the format accepts must give identical tables
// (format README, "Encoding and CSV dialect"). The Shift_JIS copy is also written the way
// a Japanese office system might: CRLF, full-width digits and letters in codes and
// numbers, era dates (令和６年４月１日, R6.4.1), `1` for `01`, Y/N booleans.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_FILES } from '../../../../../src/schemas/index.ts';
import { EXAMPLE, readRows, run, tempDir } from '../../../../helpers/export.ts';
import { encodeShiftJis } from '../../../../helpers/sjis.ts';
import { dumpTables } from '../../../../helpers/tables.ts';

const fullWidth = (s: string) =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function eraDate(iso: string, i: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (iso < '2019-05-01') return `H${y - 1988}.${m}.${d}`;
  return i % 2 ? `R${y - 2018}.${m}.${d}` : fullWidth(`令和${y - 2018}年${m}月${d}日`);
}

function officeStyle(file: string): string {
  const spec = CSV_FILES.find((f) => f.file === file)!;
  const [header, ...rows] = readRows(join(EXAMPLE, file));
  const metas = header!.map((h) => spec.columns.find((c) => c.name === h)!.meta);
  const out = rows.map((row, i) =>
    row.map((v, j) => {
      const meta = metas[j]!;
      if (v === '' || meta.text || meta.key) return v;
      if (meta.sql === 'DATE') return eraDate(v, i);
      if (meta.sql === 'BOOLEAN') return v === '1' ? 'Y' : 'n';
      if (header![j] === 'pref_code') return fullWidth(String(Number(v)));
      return fullWidth(v);
    }),
  );
  const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [header!, ...out].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

describe('encodings', async () => {
  const root = tempDir();
  const variants = { utf8: join(root, 'utf8'), bom: join(root, 'bom'), sjis: join(root, 'sjis') };
  cpSync(EXAMPLE, variants.utf8, { recursive: true });
  // case studies and initiatives too: the whole directory saved in one encoding
  for (const [dir, encode] of [
    [variants.bom, (t: string) => '\uFEFF' + t],
    [variants.sjis, encodeShiftJis],
  ] as const) {
    for (const folder of ['cases', 'initiatives']) {
      mkdirSync(join(dir, folder), { recursive: true });
      for (const name of readdirSync(join(EXAMPLE, folder))) {
        writeFileSync(
          join(dir, folder, name),
          encode(readFileSync(join(EXAMPLE, folder, name), 'utf8')),
        );
      }
    }
  }
  for (const spec of CSV_FILES) {
    const text = readFileSync(join(EXAMPLE, spec.file), 'utf8');
    writeFileSync(join(variants.bom, spec.file), '\uFEFF' + text);
    writeFileSync(join(variants.sjis, spec.file), encodeShiftJis(officeStyle(spec.file)));
  }
  const results: Record<string, Awaited<ReturnType<typeof run>>> = {};
  const tables: Record<string, Record<string, unknown[]>> = {};
  for (const [name, dir] of Object.entries(variants)) {
    results[name] = await run([dir], join(root, `out-${name}`), join(root, `ingested-${name}`));
    tables[name] = results[name].ok ? await dumpTables(join(root, `ingested-${name}`)) : {};
  }

  it('accepts all three', () => {
    for (const r of Object.values(results)) expect(r.errors).toEqual([]);
  });

  it('detects each encoding', () => {
    const enc = (name: string) =>
      JSON.parse(readFileSync(join(root, `out-${name}`, 'manifest.json'), 'utf8')).files.find(
        (f: { file: string }) => f.file === 'coordinators.csv',
      ).encoding;
    expect([enc('utf8'), enc('bom'), enc('sjis')]).toEqual(['utf-8', 'utf-8-bom', 'shift_jis']);
    const cases = (name: string) =>
      JSON.parse(readFileSync(join(root, `out-${name}`, 'manifest.json'), 'utf8')).files.find(
        (f: { file: string }) => f.file === 'cases/*.md',
      ).encoding;
    expect([cases('utf8'), cases('bom'), cases('sjis')]).toEqual([
      'utf-8',
      'utf-8-bom',
      'shift_jis',
    ]);
  });

  it('really wrote the Shift_JIS copy in office style', () => {
    const raw = new TextDecoder('shift_jis').decode(
      readFileSync(join(variants.sjis, 'consultations.csv')),
    );
    expect(raw).toContain('\r\n');
    expect(raw).toMatch(/令和[０-９]+年/);
    expect(raw).toMatch(/,１３,/);
  });

  it('gives identical indicators', () => {
    const indicators = (name: string) =>
      readFileSync(join(root, `out-${name}`, 'indicators.csv'), 'utf8');
    expect(indicators('bom')).toBe(indicators('utf8'));
    expect(indicators('sjis')).toBe(indicators('utf8'));
    const targets = (name: string) =>
      readFileSync(join(root, `out-${name}`, 'targets.csv'), 'utf8');
    expect(targets('sjis')).toBe(targets('utf8'));
  });

  it('gives identical tables', () => {
    expect(Object.keys(tables.utf8!)).toHaveLength(11);
    expect(tables.bom).toEqual(tables.utf8);
    expect(tables.sjis).toEqual(tables.utf8);
  });

  it('reads Shift_JIS whose first MiB is also valid UTF-8 (half-width kana pairs)', async () => {
    // ﾃｱ is C3 B1 in Shift_JIS, which is also UTF-8 (ñ): only the kanji further on tell
    const dir = join(root, 'sjis-late');
    cpSync(EXAMPLE, dir, { recursive: true });
    const [header, ...rows] = readRows(join(EXAMPLE, 'coordinators.csv'));
    const extra = Array.from({ length: 5000 }, (_, i) =>
      header!.map(
        (h) =>
          ({
            co_id: `ZZ-13-${String(i).padStart(4, '0')}`,
            pref_code: '13',
            role: 'CO',
            display_name: 'ﾃｱ',
            publish_consent: '1',
            specialties: 'finance',
            online: '0',
            languages: 'ja',
            bio: 'ﾃｱ'.repeat(100),
            joined: '2020-04',
          })[h] ?? '',
      ),
    );
    const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const text =
      [header!, ...extra, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
    const bytes = encodeShiftJis(text);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const firstMiB = bytes.subarray(0, bytes.lastIndexOf(0x0a, 1 << 20) + 1);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(firstMiB)).toContain('ñ');
    writeFileSync(join(dir, 'coordinators.csv'), bytes);
    const r = await run([dir], join(root, 'out-sjis-late'), join(root, 'ingested-sjis-late'));
    expect(r.errors).toEqual([]);
    const coordinators = (await dumpTables(join(root, 'ingested-sjis-late'))).coordinators!;
    expect(coordinators).toHaveLength(5000 + rows.length);
    expect(coordinators).toEqual(expect.arrayContaining(tables.utf8!.coordinators!));
  });
});
