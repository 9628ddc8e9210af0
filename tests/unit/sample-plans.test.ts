// The sample's format v1.1 files (plans.csv, initiatives/*.md, offices.csv): every centre
// and year covered, codes and ranges as the format README states them (checked here
// independently of src/schemas), targets related to the figures, text marked synthetic.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fyOf, smallSample } from '../helpers/sample.ts';
import { INDICATORS } from '../../src/lib/indicators.ts';
import { codes, prefCodes, vocab } from '../../src/lib/vocab.ts';
import { INITIATIVE_KINDS } from '../../src/schemas/initiative-codes.ts';

type Row = Record<string, string>;

/** The sample's v1.1 CSVs quote nothing but fields with commas; a plain split suffices. */
function readCsv(path: string): Row[] {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  expect(lines.pop()).toBe(''); // final newline
  const cols = header!.split(',');
  return lines.map((l) => {
    const r = l.split(',');
    expect(r.length).toBe(cols.length);
    return Object.fromEntries(cols.map((c, i) => [c, r[i]!]));
  });
}

const YEARS = [2022, 2023, 2024, 2025];
const TOPICS = new Set(codes(vocab.topics));
const AGENCIES = new Set(codes(vocab.agencies));
const PLANNED = INDICATORS.filter((i) => i.framework !== 'funnel');
const SHARES = new Set(PLANNED.filter((i) => i.kind === 'share').map((i) => i.id));
const SIGNED = new Set(['r8_value_added_growth', 'r8_sales_growth']);

const sample = smallSample('sample-plans-test-', 'export');

describe('sample plans.csv', () => {
  it('has targets for every centre and year, unique keys, in range', () => {
    const rows = readCsv(join(sample.dir, 'plans.csv'));
    expect(rows.length).toBe(sample.summary.rows['plans.csv']);
    expect(Object.keys(rows[0]!)).toEqual(['pref_code', 'fiscal_year', 'indicator', 'target']);
    const keys = new Set(rows.map((r) => `${r.pref_code},${r.fiscal_year},${r.indicator}`));
    expect(keys.size).toBe(rows.length);
    const ids = new Set(PLANNED.map((i) => i.id));
    for (const r of rows) {
      expect(ids.has(r.indicator!)).toBe(true);
      expect(r.target).toMatch(/^-?\d+(\.\d+)?$/);
      const t = Number(r.target);
      if (SHARES.has(r.indicator!)) {
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThanOrEqual(1);
      } else if (!SIGNED.has(r.indicator!)) expect(t).toBeGreaterThanOrEqual(0);
    }
    for (const p of prefCodes)
      for (const fy of YEARS) {
        const n = rows.filter((r) => r.pref_code === p && r.fiscal_year === String(fy)).length;
        expect(n, `${p} ${fy}`).toBeGreaterThanOrEqual(8);
      }
    // Every planned indicator has targets somewhere; now and then one is left without.
    for (const id of ids) expect(rows.some((r) => r.indicator === id)).toBe(true);
    expect(rows.length).toBeLessThan(prefCodes.length * YEARS.length * ids.size);
  });

  it('sets count targets near the centre’s actual figures, some met and some not', () => {
    const actual = new Map<string, number>();
    for (const r of readCsv(join(sample.dir, 'consultations.csv'))) {
      const k = `${r.pref_code},${fyOf(r.date!)}`;
      actual.set(k, (actual.get(k) ?? 0) + 1);
    }
    const targets = readCsv(join(sample.dir, 'plans.csv')).filter(
      (r) => r.indicator === 'r6_consultations',
    );
    let met = 0;
    for (const r of targets) {
      const a = actual.get(`${r.pref_code},${r.fiscal_year}`)!;
      const ratio = a / Number(r.target);
      expect(ratio).toBeGreaterThan(0.7);
      expect(ratio).toBeLessThan(1.4);
      if (ratio >= 1) met++;
    }
    expect(met / targets.length).toBeGreaterThan(0.2);
    expect(met / targets.length).toBeLessThan(0.8);
  });
});

describe('sample initiatives/*.md', () => {
  const read = (): { file: string; fm: Record<string, unknown>; body: string }[] => {
    const d = join(sample.dir, 'initiatives');
    return readdirSync(d).map((file) => {
      const text = readFileSync(join(d, file), 'utf8');
      const [, front, body] = text.split(/^---\n/m);
      return { file, fm: parseYaml(front!) as Record<string, unknown>, body: body! };
    });
  };

  it('has 2–6 per centre and year, with the front matter the format asks for', () => {
    const all = read();
    expect(all.length).toBe(sample.summary.rows['initiatives/*.md']);
    for (const p of prefCodes)
      for (const fy of YEARS) {
        const n = all.filter((x) => x.fm.pref_code === p && x.fm.fiscal_year === fy).length;
        expect(n, `${p} ${fy}`).toBeGreaterThanOrEqual(2);
        expect(n, `${p} ${fy}`).toBeLessThanOrEqual(6);
      }
    const ids = new Set<unknown>();
    for (const { file, fm } of all) {
      expect(`${String(fm.id)}.md`).toBe(file);
      expect(fm.id).toMatch(/^[a-z0-9-]{3,40}$/);
      ids.add(fm.id);
      expect(typeof fm.pref_code).toBe('string');
      expect(String(fm.title).length).toBeLessThanOrEqual(80);
      expect(INITIATIVE_KINDS).toContain(fm.kind);
      const fy = fm.fiscal_year as number;
      expect(fm.stage).toBe(fy === 2025 ? 'planned' : 'done');
      const start = String(fm.start);
      expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fyOf(start)).toBe(fy);
      if (fm.end !== undefined) {
        const end = String(fm.end);
        expect(end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(end >= start).toBe(true);
        expect(fyOf(end)).toBe(fy);
      }
      for (const t of fm.topics as string[]) expect(TOPICS.has(t)).toBe(true);
      for (const a of fm.partners as string[]) expect(AGENCIES.has(a)).toBe(true);
      for (const n of [fm.participants, fm.businesses])
        if (n !== undefined) expect(Number.isInteger(n) && (n as number) >= 0).toBe(true);
      if (fm.stage === 'done') {
        expect(typeof fm.outcome).toBe('string');
        expect(String(fm.outcome).length).toBeLessThanOrEqual(200);
      } else expect(fm.outcome).toBeUndefined();
    }
    expect(ids.size).toBe(all.length);
    expect(new Set(all.map((x) => x.fm.kind)).size).toBe(INITIATIVE_KINDS.length);
  });

  it('says it is synthetic and holds no markup', () => {
    for (const { fm, body } of read()) {
      expect(body).toContain('## ねらい');
      expect(body).toContain(fm.stage === 'done' ? '## 成果' : '## 予定');
      expect(body).toContain('架空の取組です');
      expect(body).not.toMatch(/[<>{}]/);
    }
  });
});

describe('sample offices.csv', () => {
  it('has one main office per centre, 0–3 satellites, fictional contact details', () => {
    const rows = readCsv(join(sample.dir, 'offices.csv'));
    expect(rows.length).toBe(sample.summary.rows['offices.csv']);
    expect(new Set(rows.map((r) => r.office_id)).size).toBe(rows.length);
    prefCodes.forEach((p, c) => {
      const mine = rows.filter((r) => r.pref_code === p);
      expect(mine.filter((r) => r.main === '1').length).toBe(1);
      expect(mine.length).toBeLessThanOrEqual(4);
      for (const r of mine) expect(r.address!.startsWith(vocab.centres[c]!.prefecture)).toBe(true);
    });
    for (const r of rows) {
      expect(r.office_id).toMatch(/^[a-z0-9-]{2,40}$/);
      expect(r.name!.length).toBeLessThanOrEqual(60);
      expect(r.address!.length).toBeLessThanOrEqual(120);
      expect(r.address).toContain('架空町');
      // No Japanese local number begins with 0: the sample's never reach anyone.
      if (r.phone !== '') expect(r.phone).toMatch(/^0\d{1,3}-0+-\d{4}$/);
      for (const u of [r.website!, r.booking_url!])
        if (u !== '') expect(u).toMatch(/^https:\/\/example\.jp\//);
      expect(r.hours!.length).toBeLessThanOrEqual(80);
      expect(['0', '1']).toContain(r.online);
    }
    expect(rows.filter((r) => r.main === '1' && r.online === '1').length).toBeGreaterThan(30);
    expect(rows.some((r) => r.main === '0')).toBe(true);
  });
});
