// A second, deliberately naive implementation of indicators.md, written from the text
// with loops and Sets over the raw CSV of a canonical export (UTF-8, ISO dates, as the
// sample generator writes). Tests compare it with the pipeline's SQL on many exports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvText } from '../../src/lib/csv/parse-text.ts';
import { prefCodes, vocab } from '../../src/lib/vocab.ts';

type Rec = Record<string, string>;
function read(dir: string, file: string): Rec[] {
  const p = join(dir, file);
  if (!existsSync(p)) return [];
  const [h, ...rows] = parseCsvText(readFileSync(p, 'utf8'));
  return rows.map((r) => Object.fromEntries(h!.map((c, i) => [c, r[i] ?? ''])));
}
const fyOf = (d: string) =>
  Number(d.slice(5, 7)) >= 4 ? Number(d.slice(0, 4)) : Number(d.slice(0, 4)) - 1;
const list = (s: string) => (s === '' ? [] : s.split(';'));

export interface RefRow {
  fiscal_year: number;
  pref_code: string;
  indicator: string;
  value: number | null;
  status: string;
}

export function referenceIndicators(dir: string): RefRow[] {
  const cons = read(dir, 'consultations.csv');
  const surveys = read(dir, 'surveys.csv');
  const fin = read(dir, 'financials.csv');
  const p2 = read(dir, 'phase2.csv');
  const cap = read(dir, 'capacity.csv');
  const excluded = new Set(
    vocab.topics.filter((t) => t.excluded_from_resolved === '1').map((t) => t.code),
  );
  const fys = [...new Set(cons.map((c) => fyOf(c.date!)))].sort();
  const out: RefRow[] = [];
  const finOf = new Map(fin.map((f) => [`${f.business_key}|${f.fiscal_year}`, f]));
  const va = (f: Rec) =>
    f.legal_form === 'corp'
      ? +f.operating_profit! + +f.personnel_cost! + +f.depreciation!
      : +f.operating_profit! + +f.depreciation! + +f.welfare_cost! + +f.wages!;
  const p2Of = new Map(p2.map((r) => [`${r.business_key}|${r.pref_code}`, r]));

  for (const fy of fys) {
    const end = `${fy + 1}-03-31`;
    for (const pref of [...prefCodes, '00']) {
      const inScope = (p: string) => pref === '00' || p === pref;
      const c = cons.filter((r) => fyOf(r.date!) === fy && inScope(r.pref_code!));
      const s = surveys.filter((r) => fyOf(r.date!) === fy && inScope(r.pref_code!));
      const push = (indicator: string, value: number | null, status: string) =>
        out.push({
          fiscal_year: fy,
          pref_code: pref,
          indicator,
          value: status === 'ok' ? value : null,
          status,
        });
      const distinct = (rows: Rec[]) => new Set(rows.map((r) => r.business_key)).size;
      const share = (id: string, q: string) => {
        const answered = s.filter((r) => r[q] !== '');
        const n = answered.length;
        push(
          id,
          n ? answered.filter((r) => +r[q]! >= 4).length / n : null,
          n === 0 ? 'na' : n < 10 ? 'suppressed' : 'ok',
        );
      };
      // phase-2 businesses of FY: per centre, then the union for the nation
      const p2b = new Set<string>();
      const funnel = [new Set<string>(), new Set<string>(), new Set<string>()];
      for (const r of c) {
        const p = p2Of.get(`${r.business_key}|${r.pref_code}`);
        if (!p) continue;
        const st = p.statements_submitted !== '' && p.statements_submitted! <= end;
        const vis = st && p.visualization_started !== '' && p.visualization_started! <= end;
        const all = vis && p.consent !== '' && p.consent! <= end;
        if (st) funnel[0]!.add(r.business_key!);
        if (vis) funnel[1]!.add(r.business_key!);
        if (all) {
          funnel[2]!.add(r.business_key!);
          p2b.add(r.business_key!);
        }
      }
      const withFin = [...p2b].filter((b) => finOf.has(`${b}|${fy}`));
      const pairs = withFin.filter((b) => finOf.has(`${b}|${fy - 1}`));
      const sum = (bs: string[], y: number, f: (r: Rec) => number) =>
        bs.reduce((a, b) => a + f(finOf.get(`${b}|${y}`)!), 0);
      const finStatus = (n: number) => (n === 0 ? 'na' : n < 3 ? 'suppressed' : 'ok');
      const capRows = cap.filter((r) => +r.fiscal_year! === fy && inScope(r.pref_code!));
      const capSum = (f: (r: Rec) => number) => capRows.reduce((a, r) => a + f(r), 0);
      const capStatus = capRows.length ? 'ok' : 'na';

      push('r6_businesses', distinct(c), 'ok');
      push('r6_consultations', c.length, 'ok');
      push('r6_referrals', c.filter((r) => r.referred_to !== '').length, 'ok');
      push('r6_joint', c.filter((r) => r.joint_with !== '').length, 'ok');
      push('r6_outcomes', c.filter((r) => r.outcome_confirmed === '1').length, 'ok');
      share('r6_sat_insight', 'q_insight');
      share('r6_sat_knowhow', 'q_knowhow');
      share('r6_sat_roadmap', 'q_roadmap');
      share('r6_sat_outcome', 'q_outcome');
      share('r6_sat_satisfied', 'q_satisfaction');
      share('r8_selfdrive', 'q_selfdrive');
      share('r8_outlook', 'q_outlook');
      push(
        'r8_resolved',
        c.filter((r) => r.issue_resolved === '1' && !excluded.has(list(r.topics!)[0]!)).length,
        'ok',
      );
      push('r8_referred_businesses', distinct(c.filter((r) => r.referred_to !== '')), 'ok');
      push('r8_joint_businesses', distinct(c.filter((r) => r.joint_with !== '')), 'ok');
      const vaSum = sum(withFin, fy, va);
      const emp = sum(withFin, fy, (r) => +r.employees!);
      push('r8_value_added', vaSum, finStatus(withFin.length));
      const prod = finStatus(withFin.length);
      push('r8_productivity', emp ? vaSum / emp : null, prod === 'ok' && emp === 0 ? 'na' : prod);
      push('r8_employees', emp, finStatus(withFin.length));
      const prev = sum(pairs, fy - 1, va);
      const g = finStatus(pairs.length);
      push(
        'r8_value_added_growth',
        prev > 0 ? sum(pairs, fy, va) / prev - 1 : null,
        g === 'ok' && prev <= 0 ? 'na' : g,
      );
      push(
        'r8_sales_growth',
        sum(pairs, fy, (r) => +r.sales!) - sum(pairs, fy - 1, (r) => +r.sales!),
        g,
      );
      push(
        'r8_co_improved',
        capSum((r) => +r.co_improved!),
        capStatus,
      );
      push(
        'r8_knowhow_shared',
        capSum((r) => +r.trainees! + +r.joint_staff! + +r.lecture_attendees!),
        capStatus,
      );
      push(
        'r8_lectures',
        capSum((r) => +r.lectures!),
        capStatus,
      );
      push('funnel_statements', funnel[0]!.size, 'ok');
      push('funnel_visualization', funnel[1]!.size, 'ok');
      push('funnel_phase2', funnel[2]!.size, 'ok');
    }
  }
  return out;
}
