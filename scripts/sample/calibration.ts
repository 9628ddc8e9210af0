// Calibration figures of the national sample. Sources: ../shared/notes/calibration.md and
// the seed report (令和7年3月31日); [S] source, [D] derived, [E] estimate — data/README.md
// lists each one. Keys are pref codes; checkCalibration() rejects any not in vocab.
import { prefCodes } from '../../src/lib/vocab.ts';

/** National consultations per fiscal year (calibration.md table). */
export const NATIONAL_FY_TOTALS: Readonly<Record<number, number>> = {
  2014: 85_000, // [E] June–March; ≈420k June 2014–Sept 2016 [S]
  2015: 210_000, // [E] "more than 20,000 a month" in 2016 [S]
  2016: 250_000, // [E]
  2017: 270_000, // [E]
  2018: 300_000, // [E]
  2019: 323_000, // [D] FY2024 ÷ 2.2 ("2.2× in five years")
  2020: 430_000, // [E] above the ≥400k floor [S]
  2021: 450_000, // [E]
  2022: 440_000, // [E]
  2023: 460_000, // [E]; 図表1: 40万件強 [S]
  2024: 712_000, // [S] > 710,000
  2025: 740_000, // [E] complete fiscal year to 2026-03-31
};

/**
 * COs (without the CCO) per centre in April 2024. The total is scaled to 1,026 (図表11:
 * about 1,070 with the 47 CCOs [S]); anchored centres keep their figure.
 */
export const CO_ANCHORS: Readonly<Record<string, number>> = {
  '09': 28, // Tochigi 27–29 [S]
  '42': 19, // Nagasaki [S]
  '46': 33, // Kagoshima [S]
  '47': 23, // Okinawa [S]
};
export const CO_TOTAL_2024 = 1_026; // [S] 図表11
/** [E] mean ≈ 22, range ≈ 10–35, larger for big prefectures. */
// prettier-ignore
export const CO_ESTIMATES: Readonly<Record<string, number>> = {
  '01': 31, '02': 19, '03': 18, '04': 24, '05': 16, '06': 17, '07': 22, '08': 23,
  '10': 22, '11': 29, '12': 27, '13': 35, '14': 32, '15': 23, '16': 17, '17': 19,
  '18': 15, '19': 14, '20': 23, '21': 22, '22': 27, '23': 34, '24': 19, '25': 17,
  '26': 25, '27': 35, '28': 29, '29': 16, '30': 14, '31': 10, '32': 13, '33': 22,
  '34': 27, '35': 17, '36': 14, '37': 15, '38': 18, '39': 14, '40': 35, '41': 15,
  '43': 23, '44': 18, '45': 18,
};

/**
 * Centre-level consultations that are pinned instead of shared out by weight.
 * Kagoshima: 41,440 in FY2024 [S], 6.4× in five years → FY2019 6,475 [D], 2.2× in FY2024
 * alone → FY2023 18,836 [D]; the other years are [E] on that path.
 */
// prettier-ignore
export const PINNED_CONSULTATIONS: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  '46': {
    2014: 1_300, 2015: 3_000, 2016: 3_700, 2017: 4_300, 2018: 5_300, 2019: 6_475,
    2020: 8_600, 2021: 10_900, 2022: 13_900, 2023: 18_836, 2024: 41_440, 2025: 44_600,
  },
};

/**
 * Consultations per CO relative to the national mean ([E] right skew). Fukuoka is the
 * largest centre [S]; other centres get a fixed hash-based factor in [0.65, 1.45].
 */
export const PRODUCTIVITY: Readonly<Record<string, number>> = { '40': 2.25 };

/** Active COs relative to April 2024, at the start of each FY ([E]; FY2014: 1 CO plus a few assistants [S]). */
// prettier-ignore
export const CO_GROWTH: Readonly<Record<number, number>> = {
  2014: 0.1, 2015: 0.3, 2016: 0.4, 2017: 0.48, 2018: 0.55, 2019: 0.62, 2020: 0.72,
  2021: 0.8, 2022: 0.86, 2023: 0.93, 2024: 1, 2025: 1.02, 2026: 1.04,
};
/** Kagoshima grew late (6.4× consultations in five years [S]); its CO path is [E]. */
// prettier-ignore
export const CO_GROWTH_OVERRIDE: Readonly<Record<string, Readonly<Record<number, number>>>> = {
  '46': {
    2014: 0.08, 2015: 0.15, 2016: 0.2, 2017: 0.24, 2018: 0.28, 2019: 0.32, 2020: 0.38,
    2021: 0.44, 2022: 0.5, 2023: 0.58, 2024: 1, 2025: 1.03, 2026: 1.05,
  },
};
/** [E] monthly chance that a CO leaves (≈3% a year). */
export const CO_MONTHLY_LEAVE = 0.0025;

/** Mean consultations per distinct business and year ([D] 1.7–3.3 in FY2014, [E] 2.5–4 later). */
// prettier-ignore
export const VISITS_PER_BUSINESS: Readonly<Record<number, number>> = {
  2014: 2.3, 2015: 2.6, 2016: 2.9, 2017: 3, 2018: 3.1, 2019: 3.1, 2020: 3.2, 2021: 3.2,
  2022: 3.2, 2023: 3.2, 2024: 3.3, 2025: 3.3,
};
/** [E] chance that a business of last year / of an earlier year comes back this year. */
export const RETURN_LAST_YEAR = 0.38;
export const RETURN_EARLIER = 0.05;

/** Share of businesses that are 創業予定者 ([E]; Nara ≈ 30% 創業 consultations [S]). */
export const PRESTARTUP_SHARE = 0.12;
export const PRESTARTUP_SHARE_BY_CENTRE: Readonly<Record<string, number>> = { '29': 0.36 };

/** Satisfaction (満足+やや満足): centre mean ≈ 94%, SD ≈ 2 points [E]; every centre > 90% [S]. */
export const SATISFACTION_MEAN = 0.94;
export const SATISFACTION_SD = 0.02;
export const SATISFACTION_FLOOR = 0.915;

export function checkCalibration(): void {
  const known = new Set(prefCodes);
  const tables = [CO_ANCHORS, CO_ESTIMATES, PINNED_CONSULTATIONS, PRODUCTIVITY];
  for (const t of [...tables, CO_GROWTH_OVERRIDE, PRESTARTUP_SHARE_BY_CENTRE]) {
    for (const k of Object.keys(t)) if (!known.has(k)) throw new Error(`unknown pref ${k}`);
  }
  for (const p of prefCodes) {
    if (!(p in CO_ANCHORS) && !(p in CO_ESTIMATES)) throw new Error(`no CO count for ${p}`);
  }
}
