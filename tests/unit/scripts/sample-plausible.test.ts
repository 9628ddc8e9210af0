// The national demo data reads like real content: no markup, script or formula payloads in
// the text people would read (bios, menus, offices, case studies, initiatives). Those live
// in test exports only (SampleOptions.hostile), which still carry them.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../../src/lib/csv/parse-text.ts';
import { writeCases } from '../../../scripts/sample/cases.ts';
import { buildCoordinators } from '../../../scripts/sample/coordinators.ts';
import { writeInitiatives } from '../../../scripts/sample/initiatives.ts';
import { menusCsv } from '../../../scripts/sample/menus.ts';
import { officesCsv } from '../../../scripts/sample/offices.ts';
import { SCALES, makePlan } from '../../../scripts/sample/scale.ts';

const MARKUP = /[<>]|onerror|javascript:/i;
// A cell a spreadsheet would run as a formula (OWASP CSV injection).
const FORMULA = /^[=+\-@\t\r]/;
const seed = 1;
const scale = SCALES.national;
const plan = makePlan(scale);
const dir = mkdtempSync(join(tmpdir(), 'sample-plausible-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every cell of a CSV text, with its column, that breaks `rule`. */
function offending(csv: string, rule: (cell: string) => boolean): string[] {
  const [header, ...rows] = parseCsvText(csv);
  return rows.flatMap((r) =>
    r.flatMap((cell, i) => (rule(cell) ? [`${header![i]}: ${cell}`] : [])),
  );
}
const markdownFiles = (sub: string): string[] =>
  readdirSync(join(dir, sub)).map((n) => readFileSync(join(dir, sub, n), 'utf8'));

describe('the national sample (hostile off, the default)', () => {
  const coords = buildCoordinators(seed, scale, plan);
  const csvs = {
    coordinators: coords.toCsv(),
    menus: menusCsv(seed, coords).csv,
    offices: officesCsv(seed).csv,
  };

  it.each(Object.keys(csvs))('%s: no markup, script or formula in any cell', (name) => {
    const csv = csvs[name as keyof typeof csvs];
    expect(offending(csv, (c) => MARKUP.test(c) || FORMULA.test(c))).toEqual([]);
  });

  it('keeps the CSV-tricky but plausible text: commas, quotes and line breaks in bios', () => {
    const bios = coords.list.map((co) => co.bio);
    expect(bios.some((b) => b.includes('\n'))).toBe(true);
    expect(bios.some((b) => b.includes('"') && b.includes(','))).toBe(true);
  });

  it('case studies and initiatives carry no markup or script', () => {
    writeCases(seed, join(dir, 'cases'), scale.years[0]!, coords);
    writeInitiatives(seed, join(dir, 'initiatives'), scale.years);
    const texts = [...markdownFiles('cases'), ...markdownFiles('initiatives')];
    expect(texts.length).toBeGreaterThan(47);
    expect(texts.filter((t) => MARKUP.test(t))).toEqual([]);
  });

  it('offices read like a real directory: https example.jp sites, fictional phones, hours', () => {
    const [header, ...rows] = parseCsvText(csvs.offices);
    const col = (row: string[], name: string) => row[header!.indexOf(name)] ?? '';
    for (const row of rows) {
      for (const url of [col(row, 'website'), col(row, 'booking_url')].filter(Boolean)) {
        expect(url).toMatch(/^https:\/\/example\.jp\//);
      }
      if (col(row, 'phone') !== '') expect(col(row, 'phone')).toMatch(/^0\d{1,4}-0+\d*-\d{4}$/);
      expect(col(row, 'address')).toMatch(/^\S+[都道府県]/);
      expect(col(row, 'hours')).not.toBe('');
    }
  });
});

describe('a test export (hostile on)', () => {
  it('still carries the markup and script payloads, in bios and menus', () => {
    const coords = buildCoordinators(seed, scale, plan, true);
    const bios = coords.list.map((co) => co.bio).join('\n');
    expect(bios).toContain('<script>');
    expect(bios).toContain('onerror');
    expect(menusCsv(seed, coords, true).csv).toContain('<script>');
  });
});
