// The sample generator: deterministic per seed, every file present, every row valid
// against the format README's rules (checked here independently of src/schemas).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateSample } from '../../scripts/sample/index.ts';
import { fyOf, smallSample } from '../helpers/sample.ts';
import { TOPIC_WORDS } from '../../scripts/sample/names.ts';
import { codes, prefCodes, vocab } from '../../src/lib/vocab.ts';

type Row = Record<string, string>;

/** Minimal RFC 4180 reader for the test (quoted fields may hold commas and newlines). */
function readCsv(path: string): Row[] {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  expect(field).toBe(''); // the file ends with a newline
  const [header, ...body] = rows;
  return body.map((r) => {
    expect(r.length).toBe(header!.length);
    return Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
  });
}

function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else
        out[prefix + e.name] = createHash('sha256')
          .update(readFileSync(join(d, e.name)))
          .digest('hex');
    }
  };
  walk(dir, '');
  return out;
}

const isDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const list = (s: string): string[] => (s === '' ? [] : s.split(';'));
const TOPICS = new Set(codes(vocab.topics));
const AGENCIES = new Set(codes(vocab.agencies));
const PREFS = new Set(prefCodes);

const sample = smallSample('sample-test-', 'a');

describe('sample generator', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const dirB = join(sample.root, 'b');
    const dirC = join(sample.root, 'c');
    generateSample({ outDir: dirB, scale: 'small', seed: 1 });
    generateSample({ outDir: dirC, scale: 'small', seed: 2 });
    const a = hashes(sample.dir);
    expect(hashes(dirB)).toEqual(a);
    const c = hashes(dirC);
    expect(c['consultations.csv']).not.toBe(a['consultations.csv']);
    expect(c['coordinators.csv']).not.toBe(a['coordinators.csv']);
  });

  it('writes every file of the format, with a few thousand consultations', () => {
    const files = readdirSync(sample.dir).sort();
    for (const f of [
      'capacity.csv',
      'cases',
      'consultations.csv',
      'coordinators.csv',
      'financials.csv',
      'initiatives',
      'offices.csv',
      'phase2.csv',
      'plans.csv',
      'support_menus.csv',
      'surveys.csv',
    ]) {
      expect(files).toContain(f);
    }
    expect(
      readdirSync(join(sample.dir, 'cases')).filter((f) => f.endsWith('.md')).length,
    ).toBeGreaterThan(47);
    const n = sample.summary.rows['consultations.csv']!;
    expect(n).toBeGreaterThan(2_000);
    expect(n).toBeLessThan(10_000);
    expect(Object.keys(sample.summary.consultationsByFy).map(Number)).toEqual([
      2022, 2023, 2024, 2025,
    ]);
  });

  it('keeps coordinator rules: ids, one CCO per centre, consent, lists', () => {
    const rows = readCsv(join(sample.dir, 'coordinators.csv'));
    const ids = new Set(rows.map((r) => r.co_id));
    expect(ids.size).toBe(rows.length);
    for (const r of rows) {
      expect(r.co_id).toMatch(/^[A-Za-z0-9-]{3,32}$/);
      expect(PREFS.has(r.pref_code!)).toBe(true);
      expect(['CCO', 'CO']).toContain(r.role);
      if (r.publish_consent === '0') expect(r.display_name).toBe('');
      else expect(r.display_name).not.toBe('');
      const specs = list(r.specialties!);
      expect(specs.length).toBeGreaterThanOrEqual(1);
      expect(specs.length).toBeLessThanOrEqual(6);
      expect(new Set(specs).size).toBe(specs.length);
      for (const t of specs) expect(TOPICS.has(t)).toBe(true);
      for (const q of list(r.qualifications!)) expect(codes(vocab.qualifications)).toContain(q);
      for (const l of list(r.languages!)) expect(codes(vocab.languages)).toContain(l);
      expect(r.bio!.length).toBeLessThanOrEqual(400);
      expect(r.joined).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      if (r.left !== '') expect(r.left! >= r.joined!).toBe(true);
    }
    for (const p of prefCodes) {
      expect(rows.filter((r) => r.pref_code === p && r.role === 'CCO').length).toBe(1);
    }
    const bios = rows.map((r) => r.bio!);
    expect(bios.some((b) => b.includes('\n'))).toBe(true);
    expect(bios.some((b) => b.includes('"') && b.includes(','))).toBe(true);
    expect(bios.some((b) => b.includes('<script>'))).toBe(true);
  });

  it('keeps consultation rules and references', () => {
    const cos = new Map(readCsv(join(sample.dir, 'coordinators.csv')).map((r) => [r.co_id!, r]));
    const rows = readCsv(join(sample.dir, 'consultations.csv'));
    expect(new Set(rows.map((r) => r.consultation_id)).size).toBe(rows.length);
    const attrs = new Map<string, string>();
    const centres = new Map<string, Set<string>>();
    for (const r of rows) {
      expect(isDate(r.date!)).toBe(true);
      expect(PREFS.has(r.pref_code!)).toBe(true);
      if (r.co_id !== '') {
        const co = cos.get(r.co_id!);
        expect(co?.pref_code).toBe(r.pref_code);
        const month = r.date!.slice(0, 7);
        expect(month >= co!.joined!).toBe(true);
        if (co!.left !== '') expect(month < co!.left!).toBe(true);
      }
      expect(r.business_key).toMatch(/^BK[0-9a-f]{12}$/);
      expect(r.legal_form === 'prestartup').toBe(r.employees_band === '');
      if (r.industry === '') expect(r.legal_form).toBe('prestartup');
      const topics = list(r.topics!);
      expect(topics.length).toBeGreaterThanOrEqual(1);
      expect(topics.length).toBeLessThanOrEqual(3);
      expect(new Set(topics).size).toBe(topics.length);
      for (const t of topics) expect(TOPICS.has(t)).toBe(true);
      expect(codes(vocab.channels)).toContain(r.channel);
      const minutes = Number(r.minutes);
      expect(Number.isInteger(minutes) && minutes >= 1 && minutes <= 480).toBe(true);
      expect(['1', '2']).toContain(r.phase);
      expect(['0', '1']).toContain(r.issue_resolved);
      expect(['0', '1']).toContain(r.outcome_confirmed);
      for (const a of [...list(r.referred_to!), ...list(r.joint_with!)])
        expect(AGENCIES.has(a)).toBe(true);
      // A business has one set of attributes at every centre.
      const a = `${r.legal_form},${r.employees_band},${r.industry}`;
      expect(attrs.get(r.business_key!) ?? a).toBe(a);
      attrs.set(r.business_key!, a);
      const set = centres.get(r.business_key!) ?? new Set();
      set.add(r.pref_code!);
      centres.set(r.business_key!, set);
    }
    expect([...centres.values()].some((s) => s.size > 1)).toBe(true);
    expect(rows.some((r) => r.referred_to !== '')).toBe(true);
    expect(rows.some((r) => r.joint_with !== '')).toBe(true);
    expect(rows.some((r) => r.co_id === '')).toBe(true);
    expect(rows.some((r) => r.phase === '2')).toBe(true);
  });

  it('keeps phase-2 and financial rules', () => {
    const consultations = readCsv(join(sample.dir, 'consultations.csv'));
    const keys = new Set(consultations.map((r) => r.business_key));
    const phase2 = readCsv(join(sample.dir, 'phase2.csv'));
    const since = new Map<string, string>();
    const seen = new Set<string>();
    for (const r of phase2) {
      const k = `${r.business_key},${r.pref_code}`;
      expect(seen.has(k)).toBe(false);
      seen.add(k);
      expect(keys.has(r.business_key)).toBe(true);
      const dates = [r.statements_submitted!, r.visualization_started!, r.consent!];
      for (const d of dates) if (d !== '') expect(isDate(d)).toBe(true);
      if (dates.every((d) => d !== '')) since.set(k, dates.sort().at(-1)!);
    }
    expect(
      phase2.some(
        (r) => r.consent === '' || r.statements_submitted === '' || r.visualization_started === '',
      ),
    ).toBe(true);
    for (const r of consultations) {
      const from = since.get(`${r.business_key},${r.pref_code}`);
      expect(r.phase).toBe(from !== undefined && r.date! >= from ? '2' : '1');
    }
    const fin = readCsv(join(sample.dir, 'financials.csv'));
    const years = new Map<string, number[]>();
    for (const r of fin) {
      expect(keys.has(r.business_key)).toBe(true);
      expect(['corp', 'sole']).toContain(r.legal_form);
      expect(r.personnel_cost === '').toBe(r.legal_form === 'sole');
      expect(r.welfare_cost === '').toBe(r.legal_form === 'corp');
      expect(r.wages === '').toBe(r.legal_form === 'corp');
      expect(Number(r.sales)).toBeGreaterThanOrEqual(0);
      expect(Number(r.employees)).toBeGreaterThanOrEqual(0);
      const ys = years.get(r.business_key!) ?? [];
      expect(ys).not.toContain(Number(r.fiscal_year));
      ys.push(Number(r.fiscal_year));
      years.set(r.business_key!, ys);
    }
    expect(Math.max(...[...years.values()].map((y) => y.length))).toBeGreaterThanOrEqual(4);
  });

  it('keeps survey rules; satisfaction above 90%', () => {
    const cos = new Set(readCsv(join(sample.dir, 'coordinators.csv')).map((r) => r.co_id));
    const rows = readCsv(join(sample.dir, 'surveys.csv'));
    expect(new Set(rows.map((r) => r.response_id)).size).toBe(rows.length);
    const qs = [
      'q_insight',
      'q_knowhow',
      'q_roadmap',
      'q_outcome',
      'q_satisfaction',
      'q_selfdrive',
      'q_outlook',
    ];
    for (const r of rows) {
      expect(isDate(r.date!)).toBe(true);
      if (r.co_id !== '') expect(cos.has(r.co_id)).toBe(true);
      for (const q of qs) expect(['', '1', '2', '3', '4', '5']).toContain(r[q]);
      if (fyOf(r.date!) < 2024) expect(r.q_selfdrive! + r.q_outlook!).toBe('');
    }
    const answered = rows.filter((r) => r.q_satisfaction !== '');
    const satisfied =
      answered.filter((r) => Number(r.q_satisfaction) >= 4).length / answered.length;
    expect(satisfied).toBeGreaterThan(0.9);
    expect(rows.some((r) => r.q_selfdrive !== '')).toBe(true);
  });

  it('keeps capacity, menu and case-study rules', () => {
    const cos = new Map(readCsv(join(sample.dir, 'coordinators.csv')).map((r) => [r.co_id!, r]));
    const capacity = readCsv(join(sample.dir, 'capacity.csv'));
    expect(new Set(capacity.map((r) => `${r.pref_code},${r.fiscal_year}`)).size).toBe(
      capacity.length,
    );
    const menus = readCsv(join(sample.dir, 'support_menus.csv'));
    expect(new Set(menus.map((r) => r.menu_id)).size).toBe(menus.length);
    for (const r of menus) {
      expect(r.title!.length).toBeLessThanOrEqual(80);
      expect(r.description!.length).toBeLessThanOrEqual(1000);
      expect(['individual', 'seminar', 'outreach', 'clinic', 'online']).toContain(r.format);
      for (const t of list(r.topics!)) expect(TOPICS.has(t)).toBe(true);
      for (const id of list(r.co_ids!)) expect(cos.get(id)?.pref_code).toBe(r.pref_code);
    }
    expect(menus.some((r) => r.description!.includes('<img'))).toBe(true);
    const dir = join(sample.dir, 'cases');
    for (const f of readdirSync(dir)) {
      const text = readFileSync(join(dir, f), 'utf8');
      const [, front, body] = text.split(/^---\n/m);
      const fm = parseYaml(front!) as Record<string, unknown>;
      expect(`${String(fm.id)}.md`).toBe(f);
      expect(typeof fm.pref_code).toBe('string');
      expect(typeof fm.employees_band).toBe('string');
      expect(typeof fm.outcome).toBe('string');
      for (const t of fm.topics as string[]) expect(TOPICS.has(t)).toBe(true);
      for (const a of fm.agencies as string[]) expect(AGENCIES.has(a)).toBe(true);
      for (const id of fm.co_ids as string[]) {
        expect(cos.get(id)?.pref_code).toBe(fm.pref_code);
        expect(cos.get(id)?.publish_consent).toBe('1');
      }
      expect(body).toContain('## 成果');
      expect(body).toContain('（架空）');
    }
  });

  it('names only topics that vocab knows in its search words', () => {
    expect(Object.keys(TOPIC_WORDS).sort()).toEqual([...TOPICS].sort());
  });
});
