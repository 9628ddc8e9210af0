// plans.csv: each centre's yearly targets (実施計画書, report §3(1)②ii). A target is what
// the generator intends for that centre and year (its planned volumes, its phase-2
// businesses, its COs) times the centre's ambition and some noise, so some are met and
// some not. Rates are the sample's own (consultations.ts, surveys.ts, financials.ts) [E].
import { INDICATORS } from '../../src/lib/indicators.ts';
import { prefCodes } from '../../src/lib/vocab.ts';
import { monthIndex } from './calendar.ts';
import { CAPACITY_FROM } from './capacity.ts';
import type { ConsultationStats } from './consultations.ts';
import type { Coordinators } from './coordinators.ts';
import { Rng } from './prng.ts';
import type { Plan, Scale } from './scale.ts';
import { csvHeader } from './writer.ts';

export const PLANS_HEADER = csvHeader('plans.csv');

/** What the centre expects for one year, before ambition. */
interface Expected {
  consultations: number;
  businesses: number;
  /** Phase-2 businesses of the centre so far (statements submitted). */
  phase2: number;
  cos: number;
}

type Target =
  | { kind: 'count'; of: (e: Expected) => number }
  | { kind: 'share'; mean: number }
  | { kind: 'financial'; of: (e: Expected) => number }
  | { kind: 'growth' }
  | { kind: 'capacity'; of: (e: Expected) => number };

// Per consultation (referrals 10 %, joint 5 %: consultations.ts) or per phase-2 business
// (financials.ts); shares are the national levels of surveys.ts [E].
const TARGETS: Readonly<Record<string, Target>> = {
  r6_businesses: { kind: 'count', of: (e) => e.businesses },
  r6_consultations: { kind: 'count', of: (e) => e.consultations },
  r6_referrals: { kind: 'count', of: (e) => 0.1 * e.consultations },
  r6_joint: { kind: 'count', of: (e) => 0.05 * e.consultations },
  r6_outcomes: { kind: 'count', of: (e) => 0.257 * e.consultations },
  r6_sat_insight: { kind: 'share', mean: 0.875 },
  r6_sat_knowhow: { kind: 'share', mean: 0.835 },
  r6_sat_roadmap: { kind: 'share', mean: 0.8 },
  r6_sat_outcome: { kind: 'share', mean: 0.76 },
  r6_sat_satisfied: { kind: 'share', mean: 0.94 },
  r8_selfdrive: { kind: 'share', mean: 0.725 },
  r8_outlook: { kind: 'share', mean: 0.66 },
  r8_resolved: { kind: 'count', of: (e) => 0.237 * e.consultations },
  r8_referred_businesses: { kind: 'count', of: (e) => 0.079 * e.consultations },
  r8_joint_businesses: { kind: 'count', of: (e) => 0.044 * e.consultations },
  r8_value_added: { kind: 'financial', of: (e) => 118_800 * e.phase2 },
  r8_productivity: { kind: 'financial', of: () => 5_350 },
  r8_employees: { kind: 'financial', of: (e) => 22 * e.phase2 },
  r8_value_added_growth: { kind: 'growth' },
  r8_sales_growth: { kind: 'financial', of: (e) => 14_500 * e.phase2 },
  r8_co_improved: { kind: 'capacity', of: (e) => 0.3 * e.cos },
  r8_knowhow_shared: { kind: 'capacity', of: (e) => 2.5 + 10.9 * e.cos },
  r8_lectures: { kind: 'capacity', of: (e) => e.cos / 4 },
};
const PLANNED = INDICATORS.filter((i) => i.framework !== 'funnel').map((i) => i.id);
for (const id of PLANNED) if (!TARGETS[id]) throw new Error(`plans: no target rule for ${id}`);

/** First FY the survey asks q_selfdrive and q_outlook (surveys.ts). */
const NEW_QUESTIONS_FROM = 2024;
/** Financial targets need a few phase-2 businesses (fewer are suppressed anyway). */
const MIN_PHASE2 = 3;
const SKIP = 0.04;

/** Rounds a count target to a figure a plan would state. */
function roundCount(x: number): number {
  const step = x >= 5_000 ? 50 : x >= 1_000 ? 10 : x >= 100 ? 5 : 1;
  return Math.max(0, Math.round(x / step) * step);
}

/** Rounds an amount (千円) to three significant digits. */
function roundAmount(x: number): number {
  const a = Math.abs(x);
  if (a < 1_000) return Math.round(x);
  const step = 10 ** (Math.floor(Math.log10(a)) - 2);
  return Math.round(x / step) * step;
}

export function plansCsv(
  seed: number,
  scale: Scale,
  plan: Plan,
  coords: Coordinators,
  stats: ConsultationStats,
): { csv: string; rows: number } {
  const phase2 = phase2ByCentreFy(stats, scale.years);
  const lines = [PLANS_HEADER];
  prefCodes.forEach((pref, c) => {
    const rng = new Rng(seed, `plans-${pref}`);
    // A centre's style: most plan a little above what they expect, some cautiously [E].
    const ambition = 0.015 + 0.035 * rng.normal();
    const shareStep = rng.chance(0.6) ? 0.05 : 0.01;
    for (const fy of scale.years) {
      const e: Expected = {
        consultations: plan.consultations.get(fy)?.[c] ?? 0,
        businesses: stats.businessesByCentreFy.get(fy)?.[c] ?? 0,
        phase2: phase2.get(fy)?.[c] ?? 0,
        cos: coords.byCentre[c]!.filter((i) => coords.isActive(i, monthIndex(fy, 10))).length,
      };
      for (const id of PLANNED) {
        const t = TARGETS[id]!;
        const noise = rng.normal();
        const skip = rng.chance(SKIP);
        const target = targetFor(id, t, e, fy, scale, ambition, shareStep, noise);
        if (target === undefined || skip) continue;
        lines.push(`${pref},${fy},${id},${target}`);
      }
    }
  });
  return { csv: lines.join('\n') + '\n', rows: lines.length - 1 };
}

function targetFor(
  id: string,
  t: Target,
  e: Expected,
  fy: number,
  scale: Scale,
  ambition: number,
  shareStep: number,
  noise: number,
): number | undefined {
  switch (t.kind) {
    case 'count':
      if (e.consultations === 0) return undefined;
      return roundCount(t.of(e) * Math.exp(ambition + 0.06 * noise));
    case 'share': {
      if ((id === 'r8_selfdrive' || id === 'r8_outlook') && fy < NEW_QUESTIONS_FROM)
        return undefined;
      const x = t.mean + 0.5 * ambition + 0.025 * noise;
      const r = Math.round(x / shareStep) * shareStep;
      return Number(Math.min(0.99, Math.max(0.5, r)).toFixed(2));
    }
    case 'financial':
      if (fy < scale.phase2From || e.phase2 < MIN_PHASE2) return undefined;
      if (id === 'r8_sales_growth') return roundAmount(t.of(e) * (1 + ambition + 0.6 * noise)); // may be < 0
      return roundAmount(t.of(e) * Math.exp(ambition + 0.12 * noise));
    case 'growth':
      // +3 % a year is typical; a cautious plan may even allow a dip [E].
      if (fy < scale.phase2From || e.phase2 < MIN_PHASE2) return undefined;
      return Number((Math.round((0.03 + ambition / 2 + 0.02 * noise) * 200) / 200).toFixed(3));
    case 'capacity':
      if (fy < CAPACITY_FROM || e.cos === 0) return undefined;
      return Math.max(1, Math.round(t.of(e) * Math.exp(ambition + 0.15 * noise)));
  }
}

/** Phase-2 businesses (statements submitted) per centre, cumulated up to each FY. */
function phase2ByCentreFy(
  stats: ConsultationStats,
  years: readonly number[],
): Map<number, Int32Array> {
  const byFy = new Map(years.map((fy) => [fy, new Int32Array(prefCodes.length)]));
  for (const r of stats.phase2) {
    if (r.dates[0] < 0) continue;
    for (const fy of years) {
      const counts = byFy.get(fy)!;
      if (fy >= r.fy) counts[r.centre] = counts[r.centre]! + 1;
    }
  }
  return byFy;
}
