// Coordinators: one CCO per centre and COs who join and leave month by month so the
// headcount grows from a few per centre in FY2014 to the April-2024 count (図表11).
import { codes, prefCodes, vocab } from '../../src/lib/vocab.ts';
import { CO_GROWTH, CO_GROWTH_OVERRIDE, CO_MONTHLY_LEAVE, CO_TOTAL_2024 } from './calibration.ts';
import { HORIZON_MONTH, LAUNCH, dayMonth, monthIndex, monthStr } from './calendar.ts';
import { INDUSTRY_WEIGHTS, checkCodes, topicShares } from './mixes.ts';
import { makeBio, personName, trickyBios } from './names.ts';
import { Rng, cumulative } from './prng.ts';
import type { Plan, Scale } from './scale.ts';
import { csvField, csvHeader } from './writer.ts';

export interface Coordinator {
  coId: string;
  centre: number;
  role: 'CCO' | 'CO';
  /** Months as indices from 2014-01; active while joined ≤ month < left (left −1: still). */
  joined: number;
  left: number;
  weight: number;
  consent: boolean;
  displayName: string;
  quals: string[];
  specialties: string[];
  industries: string[];
  online: boolean;
  languages: string;
  bio: string;
}

export interface CoTable {
  ids: Int32Array;
  cum: Float64Array;
}

const LAUNCH_MONTH = dayMonth[LAUNCH]!;
const APRIL_2024 = monthIndex(2024, 4);

/** [E] which topics a qualification makes a CO's specialty. */
const QUAL_TOPICS: Readonly<Record<string, readonly string[]>> = {
  sme_consultant: ['mgmt_plan', 'finance', 'profitability', 'sales_channel'],
  it_coordinator: ['it_dx', 'web_ec', 'productivity'],
  labor_consultant: ['labor', 'hr'],
  financial_planner: ['finance', 'succession'],
  it_engineer: ['it_dx', 'web_ec'],
  tax_accountant: ['bookkeeping', 'finance', 'succession'],
  sales_master: ['sales_channel', 'product_dev'],
  admin_scrivener: ['subsidy_plan', 'legal', 'policy_use'],
  lawyer: ['legal', 'succession'],
  food_coordinator: ['product_dev', 'design_brand'],
  color_coordinator: ['design_brand'],
  iso_auditor: ['productivity'],
  cook: ['product_dev'],
  professional_engineer: ['productivity', 'ip'],
  architect: ['bcp'],
  web_designer: ['web_ec', 'design_brand'],
  cpa: ['finance', 'bookkeeping', 'succession'],
  trade_advisor: ['overseas'],
  patent_attorney: ['ip'],
  social_worker: ['hr'],
  judicial_scrivener: ['legal', 'succession'],
};
/** [E] languages besides Japanese; Portuguese more where many Brazilians live. */
const LANGUAGE_SETS: readonly (readonly [string, number])[] = [
  ['ja', 85],
  ['ja;en', 8],
  ['ja;zh', 3],
  ['ja;ko', 1.5],
  ['ja;vi', 1.5],
  ['ja;pt', 1],
];
const PT_CENTRES = new Set(['10', '22', '23']);
/** Centres whose first CO gets a tricky bio (names.ts trickyBios), in every scale. */
const TRICKY_CENTRES: readonly string[] = ['27', '01', '13', '47', '40'];

export class Coordinators {
  readonly list: Coordinator[];
  readonly byCentre: number[][];
  private readonly tables = new Map<number, CoTable[]>();

  constructor(list: Coordinator[]) {
    this.list = list;
    this.byCentre = prefCodes.map(() => []);
    list.forEach((co, i) => this.byCentre[co.centre]!.push(i));
  }

  isActive(i: number, month: number): boolean {
    const co = this.list[i]!;
    return co.joined <= month && (co.left < 0 || month < co.left);
  }

  /** Active coordinators of a centre in each month, with attribution weights. */
  tablesFor(centre: number): CoTable[] {
    const cached = this.tables.get(centre);
    if (cached) return cached;
    const out: CoTable[] = [];
    for (let m = 0; m <= HORIZON_MONTH; m++) {
      const ids = this.byCentre[centre]!.filter((i) => this.isActive(i, m));
      out.push({
        ids: Int32Array.from(ids),
        cum:
          ids.length > 0 ? cumulative(ids.map((i) => this.list[i]!.weight)) : new Float64Array(0),
      });
    }
    this.tables.set(centre, out);
    return out;
  }

  /** Consenting coordinators of a centre active in some month of [from, to]. */
  consenting(centre: number, from: number, to: number): number[] {
    return this.byCentre[centre]!.filter((i) => {
      const co = this.list[i]!;
      return co.consent && co.joined <= to && (co.left < 0 || co.left > from);
    });
  }

  toCsv(): string {
    const head = csvHeader('coordinators.csv') + '\n';
    const rows = this.list.map((co) =>
      [
        co.coId,
        prefCodes[co.centre],
        co.role,
        csvField(co.displayName),
        co.consent ? '1' : '0',
        co.quals.join(';'),
        co.specialties.join(';'),
        co.industries.join(';'),
        co.online ? '1' : '0',
        co.languages,
        csvField(co.bio),
        monthStr(co.joined),
        co.left < 0 ? '' : monthStr(co.left),
      ].join(','),
    );
    return head + rows.join('\n') + '\n';
  }
}

function growthAt(pref: string, month: number): number {
  const curve = CO_GROWTH_OVERRIDE[pref] ?? CO_GROWTH;
  const points = Object.entries(curve)
    .map(([fy, f]) => [Number(fy) === 2014 ? LAUNCH_MONTH : monthIndex(Number(fy), 4), f] as const)
    .sort((a, b) => a[0] - b[0]);
  let prev = points[0]!;
  for (const p of points) {
    if (p[0] >= month) {
      const t = p[0] === prev[0] ? 0 : (month - prev[0]) / (p[0] - prev[0]);
      return prev[1] + (p[1] - prev[1]) * t;
    }
    prev = p;
  }
  return prev[1];
}

interface Person {
  role: 'CCO' | 'CO';
  joined: number;
  left: number;
}

/** Month-by-month headcount of one centre: leavers first, then hires up to the target. */
function simulateCentre(rng: Rng, pref: string, cos2024: number, minCos: number): Person[] {
  const ccoJoined = [LAUNCH_MONTH, monthIndex(2017, 4), monthIndex(2020, 4), monthIndex(2023, 4)];
  const people: Person[] = [
    { role: 'CCO', joined: ccoJoined[rng.pickCum(cumulative([55, 20, 15, 10]))]!, left: -1 },
  ];
  let active: Person[] = [];
  for (let m = LAUNCH_MONTH; m <= HORIZON_MONTH; m++) {
    for (const p of active) {
      if (m - p.joined >= 6 && rng.chance(CO_MONTHLY_LEAVE)) p.left = m;
    }
    active = active.filter((p) => p.left < 0);
    const target = Math.max(minCos, Math.round(growthAt(pref, m) * cos2024));
    while (active.length < target) {
      const p: Person = { role: 'CO', joined: m, left: -1 };
      active.push(p);
      people.push(p);
    }
  }
  return people;
}

/** `hostile`: tricky bios carry markup and script payloads (test exports only). */
export function buildCoordinators(
  seed: number,
  scale: Scale,
  plan: Plan,
  hostile = false,
): Coordinators {
  const list: Coordinator[] = [];
  const tricky = trickyBios(hostile);
  const topicCodes = codes(vocab.topics);
  const industryCodes = codes(vocab.industries);
  const industryCum = cumulative(INDUSTRY_WEIGHTS);
  const topicCum = cumulative(topicShares('00', 2024, APRIL_2024));
  const langCum = cumulative(LANGUAGE_SETS.map((l) => l[1]));
  checkCodes(
    vocab.languages,
    LANGUAGE_SETS.flatMap(([l]) => l.split(';')),
  );
  checkCodes(vocab.qualifications, Object.keys(QUAL_TOPICS));
  checkCodes(vocab.topics, Object.values(QUAL_TOPICS).flat());

  prefCodes.forEach((pref, centre) => {
    const rng = new Rng(seed, `coordinators-${pref}`);
    const people = simulateCentre(rng, pref, plan.cos2024[centre]!, scale.minCos);
    let n = 1;
    for (const p of people) {
      const co: Coordinator = {
        coId: `CO-${pref}-${String(p.role === 'CCO' ? 0 : n++).padStart(3, '0')}`,
        centre,
        role: p.role,
        joined: p.joined,
        left: p.left,
        weight: p.role === 'CCO' ? 0.5 : Math.exp(0.35 * rng.normal()),
        consent: rng.chance(p.role === 'CCO' ? 0.95 : 0.85), // ~85% publish [E]
        displayName: '',
        quals: [],
        specialties: [],
        industries: [],
        online: rng.chance(0.6),
        languages: LANGUAGE_SETS[rng.pickCum(langCum)]![0],
        bio: '',
      };
      if (PT_CENTRES.has(pref) && rng.chance(0.05)) co.languages = 'ja;pt';
      list.push(co);
    }
  });

  // Qualifications: exact 図表11 counts among those in post in April 2024 [S].
  const rng = new Rng(seed, 'qualifications');
  const inPost = (role: string): number[] =>
    list.flatMap((co, i) =>
      co.role === role && co.joined <= APRIL_2024 && (co.left < 0 || co.left > APRIL_2024)
        ? [i]
        : [],
    );
  const cos = inPost('CO');
  const ccos = inPost('CCO');
  const inPostSet = new Set([...cos, ...ccos]);
  const ratio = cos.length / CO_TOTAL_2024; // 1 nationally; smaller scales scale down
  for (const q of vocab.qualifications) {
    const nCo = Math.round(Number(q.co_count_2024) * ratio);
    for (const k of rng.sample(cos.length, nCo)) list[cos[k]!]!.quals.push(q.code);
    const nCco = Math.round((Number(q.cco_count_2024) * ccos.length) / 47);
    for (const k of rng.sample(ccos.length, nCco)) list[ccos[k]!]!.quals.push(q.code);
    list.forEach((co, i) => {
      if (!inPostSet.has(i) && rng.chance(Number(q.co_count_2024) / CO_TOTAL_2024))
        co.quals.push(q.code);
    });
  }

  const qualName = new Map(vocab.qualifications.map((q) => [q.code, q.name]));
  const industryName = new Map(vocab.industries.map((q) => [q.code, q.name]));
  const firstCo = new Set<string>();
  for (const co of list) {
    const r = new Rng(seed, `profile-${co.coId}`);
    const want = 1 + r.pickCum(cumulative([15, 25, 28, 18, 9, 5]));
    const related = co.quals.flatMap((q) => QUAL_TOPICS[q] ?? []);
    const specs: string[] = [];
    for (const t of related)
      if (specs.length < want && !specs.includes(t) && r.chance(0.7)) specs.push(t);
    while (specs.length < want) {
      const t = topicCodes[r.pickCum(topicCum)]!;
      if (!specs.includes(t)) specs.push(t);
    }
    co.specialties = specs;
    const nInd = r.pickCum(cumulative([30, 35, 25, 10]));
    const inds = new Set<string>();
    while (inds.size < nInd) inds.add(industryCodes[r.pickCum(industryCum)]!);
    co.industries = industryCodes.filter((c) => inds.has(c));
    if (co.consent) co.displayName = personName(r);
    let bio = makeBio(r, {
      qualNames: co.quals.map((q) => qualName.get(q) ?? q),
      qualCodes: co.quals,
      specialties: specs,
      industryNames: co.industries.map((c) => industryName.get(c) ?? c),
      joinedYear: 2014 + Math.floor(co.joined / 12),
    });
    const pref = prefCodes[co.centre]!;
    const trickyIndex = TRICKY_CENTRES.indexOf(pref);
    if (co.role === 'CO' && trickyIndex >= 0 && !firstCo.has(pref)) {
      firstCo.add(pref);
      bio = tricky[trickyIndex % tricky.length]! + bio;
    } else if (r.chance(0.015)) {
      bio = r.pick(tricky) + bio;
    }
    co.bio = bio.length <= 400 ? bio : bio.slice(0, 399) + '…';
  }

  // Every centre keeps a consenting coordinator in post for menus and case studies.
  prefCodes.forEach((_, centre) => {
    const mine = list.filter((co) => co.centre === centre);
    if (!mine.some((co) => co.consent && co.left < 0)) {
      const cco = mine.find((co) => co.role === 'CCO')!;
      cco.consent = true;
      cco.displayName = personName(new Rng(seed, `name-${cco.coId}`));
    }
  });
  return new Coordinators(list);
}
