// The two sample sizes and the per-centre plan derived from calibration.ts: CO headcount in
// April 2024 and consultations per centre and fiscal year (exact, so FY totals are exact).
import { prefCodes } from '../../src/lib/vocab.ts';
import {
  CO_ANCHORS,
  CO_ESTIMATES,
  CO_TOTAL_2024,
  NATIONAL_FY_TOTALS,
  PINNED_CONSULTATIONS,
  PRODUCTIVITY,
} from './calibration.ts';
import { Rng } from './prng.ts';

export type ScaleName = 'national' | 'small';

export interface Scale {
  name: ScaleName;
  /** Fiscal years with consultations. */
  years: readonly number[];
  fyTotals: Readonly<Record<number, number>>;
  /** COs per centre = April-2024 count × coFactor (at least minCos). */
  coFactor: number;
  minCos: number;
  /** First FY in which businesses move to phase 2, and the yearly chance per business. */
  phase2From: number;
  phase2Rate: number;
  /** Share of new businesses at a centre that already consulted at another centre. */
  crossCentre: number;
  surveyRate: number;
  /** Share of sessions held as group sessions without a CO. */
  groupSessions: number;
}

const range = (a: number, b: number): number[] =>
  Array.from({ length: b - a + 1 }, (_, i) => a + i);

export const SCALES: Readonly<Record<ScaleName, Scale>> = {
  national: {
    name: 'national',
    years: range(2014, 2025),
    fyTotals: NATIONAL_FY_TOTALS,
    coFactor: 1,
    minCos: 2,
    phase2From: 2021,
    phase2Rate: 0.025,
    crossCentre: 0.015,
    surveyRate: 0.07,
    groupSessions: 0.015,
  },
  // A few thousand rows over FY2022–FY2025 that still exercise every file and rule.
  small: {
    name: 'small',
    years: range(2022, 2025),
    fyTotals: { 2022: 900, 2023: 950, 2024: 1_100, 2025: 1_150 },
    coFactor: 0.1,
    minCos: 2,
    phase2From: 2022,
    phase2Rate: 0.09,
    crossCentre: 0.06,
    surveyRate: 0.12,
    groupSessions: 0.03,
  },
};

/** Rounds shares of `total` so they sum to it exactly (largest remainder). */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((s, x) => s + x, 0);
  const order = raw
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const i = order[k]![1];
    out[i] = out[i]! + 1;
  }
  return out;
}

export interface Plan {
  /** COs (without the CCO) per centre in April 2024, in prefCodes order. */
  cos2024: number[];
  /** Consultations per centre (prefCodes order) for each FY. */
  consultations: Map<number, number[]>;
}

export function makePlan(scale: Scale): Plan {
  const anchored = prefCodes.map((p) => CO_ANCHORS[p]);
  const anchorSum = anchored.reduce<number>((s, x) => s + (x ?? 0), 0);
  const free = prefCodes.map((p, i) => (anchored[i] === undefined ? (CO_ESTIMATES[p] ?? 0) : 0));
  const scaled = apportion(CO_TOTAL_2024 - anchorSum, free);
  const national = prefCodes.map((_, i) => anchored[i] ?? scaled[i]!);
  const cos2024 = national.map((n) => Math.max(scale.minCos, Math.round(n * scale.coFactor)));

  // Fixed (seed-independent) right-skewed productivity so centre totals are calibration.
  const prod = new Rng(0, 'productivity');
  const factor = prefCodes.map(
    (p) => PRODUCTIVITY[p] ?? Math.min(1.45, Math.max(0.65, Math.exp(0.25 * prod.normal()))),
  );
  const consultations = new Map<number, number[]>();
  for (const fy of scale.years) {
    const total = scale.fyTotals[fy] ?? 0;
    const ratio = total / (NATIONAL_FY_TOTALS[fy] ?? total);
    const pinned = prefCodes.map((p) => {
      const v = PINNED_CONSULTATIONS[p]?.[fy];
      return v === undefined ? undefined : Math.round(v * ratio);
    });
    const pinnedSum = pinned.reduce<number>((s, x) => s + (x ?? 0), 0);
    const weights = prefCodes.map((_, i) =>
      pinned[i] === undefined ? national[i]! * factor[i]! : 0,
    );
    const shared = apportion(total - pinnedSum, weights);
    consultations.set(
      fy,
      prefCodes.map((_, i) => pinned[i] ?? shared[i]!),
    );
  }
  return { cos2024, consultations };
}
