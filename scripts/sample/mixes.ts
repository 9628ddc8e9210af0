// Category mixes of the sample (topics, channels, businesses, agencies). Shares cite
// calibration.md; codes come from vocab and weightsFor() rejects a code vocab lacks.
import { codes, vocab } from '../../src/lib/vocab.ts';
import { cumulative } from './prng.ts';

/** Weights in vocab order; unknown keys are an error so a renamed code cannot slip by. */
function weightsFor(
  list: readonly { code: string }[],
  table: Readonly<Record<string, number>>,
  fallback: number,
): number[] {
  const known = new Set(codes(list));
  for (const k of Object.keys(table)) if (!known.has(k)) throw new Error(`unknown code ${k}`);
  return list.map((e) => table[e.code] ?? fallback);
}

/** Throws unless every code is in the vocab list (for code lists typed in templates). */
export function checkCodes(list: readonly { code: string }[], used: Iterable<string>): void {
  const known = new Set(codes(list));
  for (const c of used) if (!known.has(c)) throw new Error(`unknown code ${c}`);
}

/** Throws unless each template's codes of each field are in that field's vocab list. */
export function checkTemplateCodes<T>(
  templates: readonly T[],
  fields: readonly (readonly [readonly { code: string }[], (t: T) => string | readonly string[]])[],
): void {
  for (const [list, of] of fields) checkCodes(list, templates.flatMap(of));
}

export function indexOfCode(list: readonly { code: string }[], code: string): number {
  const i = list.findIndex((e) => e.code === code);
  if (i < 0) throw new Error(`code ${code} missing from vocab`);
  return i;
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * Math.min(1, Math.max(0, t));

// ---- businesses ----------------------------------------------------------------------

/** Employee bands: 0 30%, 1–5 35%, 6–20 20%, 21–50 8%, 51–100 4%, 101+ 3% [E]. */
export const BAND_WEIGHTS = weightsFor(
  vocab.employeeBands,
  { '0': 30, '1-5': 35, '6-20': 20, '21-50': 8, '51-100': 4, '101-300': 2.2, '301+': 0.8 },
  0,
);
/** [E] share of sole proprietors within each band; the rest are corporations. */
export const SOLE_SHARE_BY_BAND = weightsFor(
  vocab.employeeBands,
  { '0': 0.72, '1-5': 0.52, '6-20': 0.15, '21-50': 0.04, '51-100': 0.01 },
  0,
);
/** [E] no published shares; retail, food service, manufacturing and services are common. */
export const INDUSTRY_WEIGHTS = weightsFor(
  vocab.industries,
  {
    I: 22,
    M: 16,
    E: 15,
    R: 9,
    N: 9,
    D: 8,
    A: 3,
    P: 4,
    L: 4,
    G: 3,
    H: 2,
    K: 2,
    O: 2,
    B: 0.8,
    J: 0.3,
    Q: 0.2,
    C: 0.1,
    F: 0.1,
    S: 0.05,
    T: 0.5,
  },
  0.1,
);

// ---- topics -----------------------------------------------------------------------------

const TOPIC_STARTUP = indexOfCode(vocab.topics, 'startup');

/** 売上拡大 share of primary topics: 57% in FY2014–16 rising to 74% in FY2023 [S]. */
function salesShare(fy: number): number {
  if (fy <= 2016) return 0.57;
  if (fy <= 2023) return lerp(0.57, 0.74, (fy - 2016) / 7);
  return fy === 2024 ? 0.715 : 0.71; // [E] 価格転嫁 and 採算 grow from FY2023
}
/** 価格転嫁 windows at every centre from FY2023 [S]; shares [E]. */
function pricingShare(fy: number): number {
  return fy <= 2021 ? 0.004 : fy === 2022 ? 0.01 : fy === 2023 ? 0.03 : fy === 2024 ? 0.042 : 0.05;
}
/** COVID: many more 資金繰り and 施策活用 consultations in FY2020–21 [S]; sizes [E]. */
const COVID: Readonly<Record<number, { finance: number; policy_use: number }>> = {
  2020: { finance: 0.07, policy_use: 0.06 },
  2021: { finance: 0.045, policy_use: 0.035 },
};

/** [E] topic weights within each group of vocab/topics.csv. */
const WITHIN_GROUP: Readonly<Record<string, number>> = {
  sales_channel: 34,
  product_dev: 16,
  design_brand: 12,
  web_ec: 24,
  it_dx: 14,
  profitability: 14,
  finance: 36,
  mgmt_plan: 36,
  productivity: 14,
  hr: 60,
  labor: 40,
  bookkeeping: 25,
  subsidy_plan: 45,
  policy_use: 30,
  overseas: 60,
  ip: 40,
  legal: 40,
  bcp: 25,
  other: 35,
};
/** [E] split of the remainder between the small groups. */
const REST_GROUPS: Readonly<Record<string, number>> = {
  people: 0.25,
  basics: 0.45,
  growth: 0.12,
  other: 0.18,
};
checkCodes(vocab.topics, Object.keys(WITHIN_GROUP));

const ISHIKAWA_QUAKE = (2024 - 2014) * 12; // January 2024 (能登半島地震) [S]

/** Within-group weight of a topic in a FY; IT/DX grows over the years [E]. */
function withinGroup(code: string, fy: number): number {
  const w = WITHIN_GROUP[code] ?? 1;
  return code === 'it_dx' ? w * lerp(0.6, 1.5, (fy - 2014) / 11) : w;
}

/** Primary-topic shares (sum 1) for a centre and month. */
export function topicShares(pref: string, fy: number, month: number): number[] {
  const sales = salesShare(fy);
  const pricing = pricingShare(fy);
  const improvement = 0.11 + Math.max(0, pricing - 0.02); // ≈12% [S], plus 価格転嫁 [E]
  // ≈11% nationally [S]; rows come out ~0.5 points lower as phase-2 businesses (never
  // prestartups) visit more often.
  const startup = 0.11;
  const succession = 0.02; // ≈2% [S]
  const rest = Math.max(0.02, 1 - sales - improvement - startup - succession);
  const covid = COVID[fy];
  const groupTotal = (g: string): number => {
    if (g === 'sales') return sales - (covid ? covid.finance + covid.policy_use : 0);
    if (g === 'improvement') return improvement - pricing;
    if (g === 'startup') return startup;
    if (g === 'succession') return succession;
    return rest * (REST_GROUPS[g] ?? 0);
  };
  const groupWeight = new Map<string, number>();
  for (const t of vocab.topics) {
    if (t.code === 'pricing') continue;
    groupWeight.set(t.group, (groupWeight.get(t.group) ?? 0) + withinGroup(t.code, fy));
  }
  let v = vocab.topics.map((t) => {
    if (t.code === 'pricing') return pricing;
    let s = (groupTotal(t.group) * withinGroup(t.code, fy)) / (groupWeight.get(t.group) ?? 1);
    if (covid && t.code === 'finance') s += covid.finance;
    if (covid && t.code === 'policy_use') s += covid.policy_use;
    return s;
  });
  if (pref === '29') v = pin(v, TOPIC_STARTUP, 0.32); // Nara: ≈30% 創業 [S], see above
  if (pref === '17' && month >= ISHIKAWA_QUAKE) {
    // Noto earthquake special windows from January 2024 [S]; decay [E].
    const bcp = 0.03 + 0.2 * Math.exp(-(month - ISHIKAWA_QUAKE) / 9);
    v = pin(v, indexOfCode(vocab.topics, 'bcp'), bcp);
  }
  const total = v.reduce((s, x) => s + x, 0);
  return v.map((x) => x / total);
}

/** Sets share i to `share` and rescales the others (v sums to 1 first). */
function pin(v: number[], i: number, share: number): number[] {
  const total = v.reduce((s, x) => s + x, 0);
  const others = total - v[i]!;
  return v.map((x, j) => (j === i ? share : (x / others) * (1 - share)));
}

/**
 * Cumulative tables for a prestartup and for another business such that the row mix
 * still matches `shares` when a share `pre` of rows are prestartups, 70% of whose primary
 * topic is 創業 [E].
 */
export function topicTables(shares: number[], pre: number): [Float64Array, Float64Array] {
  const s = shares[TOPIC_STARTUP]!;
  const preRow = shares.map((x, i) => (i === TOPIC_STARTUP ? 0.7 : (0.3 * x) / (1 - s)));
  const sOther = Math.max(0, s - 0.7 * pre) / (1 - pre);
  const other = shares.map((x, i) => (i === TOPIC_STARTUP ? sOther : (x * (1 - sOther)) / (1 - s)));
  return [cumulative(preRow), cumulative(other)];
}

// ---- channels ---------------------------------------------------------------------------

/** [E] channel shares by FY (visit, satellite, outreach, online, phone); online from COVID. */
const CHANNEL_ANCHORS: Readonly<Record<number, Readonly<Record<string, number>>>> = {
  2014: { visit: 66, satellite: 10, outreach: 14, online: 0.5, phone: 9.5 },
  2019: { visit: 58, satellite: 14, outreach: 14, online: 2, phone: 12 },
  2020: { visit: 42, satellite: 13, outreach: 9, online: 20, phone: 16 },
  2021: { visit: 44, satellite: 14, outreach: 10, online: 20, phone: 12 },
  2022: { visit: 48, satellite: 15, outreach: 12, online: 17, phone: 8 },
  2024: { visit: 50, satellite: 16, outreach: 13, online: 14, phone: 7 },
};
export const CHANNEL_OUTREACH = indexOfCode(vocab.channels, 'outreach');
export const CHANNEL_VISIT = indexOfCode(vocab.channels, 'visit');
export const CHANNEL_PHONE = indexOfCode(vocab.channels, 'phone');

export function channelTable(pref: string, fy: number): Float64Array {
  const years = Object.keys(CHANNEL_ANCHORS).map(Number);
  const lo = Math.max(...years.filter((y) => y <= fy));
  const hiCandidates = years.filter((y) => y >= fy);
  const hi = hiCandidates.length > 0 ? Math.min(...hiCandidates) : lo;
  const a = weightsFor(vocab.channels, CHANNEL_ANCHORS[lo] ?? {}, 0);
  const b = weightsFor(vocab.channels, CHANNEL_ANCHORS[hi] ?? {}, 0);
  const w = a.map((x, i) => lerp(x, b[i]!, hi === lo ? 0 : (fy - lo) / (hi - lo)));
  // Nagasaki holds outreach sessions at 20 sites a month [S].
  if (pref === '42') w[CHANNEL_OUTREACH] = w[CHANNEL_OUTREACH]! * 2.5;
  return cumulative(w);
}

// ---- agencies ---------------------------------------------------------------------------

/** [E] base weights for referrals and joint sessions. */
const AGENCY_BASE: Readonly<Record<string, number>> = {
  shokokai: 16,
  cci: 14,
  regional_bank: 12,
  credit_guarantee: 5,
  revitalization: 4,
  succession_center: 4,
  smrj: 6,
  jetro: 2,
  municipality: 10,
  professional: 12,
  private_consultant: 6,
  other_yorozu: 3,
  ministry_window: 3,
  other: 3,
};
/** [E] which agencies a primary topic makes likelier (report §4: the hub role). */
const AGENCY_BY_TOPIC: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  succession: { succession_center: 10, regional_bank: 2 },
  finance: { credit_guarantee: 4, regional_bank: 2.5 },
  mgmt_plan: { revitalization: 3, regional_bank: 1.5 },
  profitability: { revitalization: 2 },
  overseas: { jetro: 12 },
  labor: { professional: 3 },
  bookkeeping: { professional: 3, shokokai: 1.5 },
  legal: { professional: 4 },
  ip: { professional: 3, other: 2 },
  startup: { municipality: 1.5, shokokai: 1.5, credit_guarantee: 1.5 },
  policy_use: { ministry_window: 4, municipality: 1.5 },
  subsidy_plan: { shokokai: 2, cci: 2 },
  bcp: { municipality: 2.5 },
};

/** One cumulative agency table per topic, in vocab order. */
export function agencyTables(): Float64Array[] {
  const base = weightsFor(vocab.agencies, AGENCY_BASE, 1);
  return vocab.topics.map((t) => {
    const boost = weightsFor(vocab.agencies, AGENCY_BY_TOPIC[t.code] ?? {}, 1);
    return cumulative(base.map((w, i) => w * boost[i]!));
  });
}
checkCodes(vocab.topics, Object.keys(AGENCY_BY_TOPIC));
