// A small published directory for the page view-models: two fiscal years, every indicator
// for the nation (`00`) and every centre, and a handful of rates, reference values,
// intervals and mix rows chosen so each rule of the pages has a case. The rows have the
// columns the pipeline writes (json/<table>.json); site-data.ts reads them through
// PORTAL_DATA, which `usePublishedFixture` points here.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDICATORS } from '../../../../src/lib/indicators.ts';
import { vocab } from '../../../../src/lib/vocab.ts';

export const FYS = [2023, 2024] as const;
export const FY = 2024;
/** The centre with peers, intervals and an unrecorded industry row. */
export const PREF = '13';

const places = ['00', ...vocab.centres.map((c) => c.pref_code)];

function indicators() {
  return FYS.flatMap((fy, y) =>
    places.flatMap((pref, p) =>
      INDICATORS.map((indicator, i) => {
        // 東京 hides 課題解決件数 in the latest year: a suppressed figure.
        if (fy === FY && pref === PREF && indicator.id === 'r8_resolved')
          return {
            fiscal_year: fy,
            pref_code: pref,
            indicator: indicator.id,
            value: null,
            status: 'suppressed',
          };
        const value =
          indicator.unit === '割合' || indicator.unit === '比'
            ? 0.5 + 0.01 * y
            : 1000 + 100 * y + p + i;
        return { fiscal_year: fy, pref_code: pref, indicator: indicator.id, value, status: 'ok' };
      }),
    ),
  );
}

const rates = [
  { fiscal_year: FY, pref_code: '00', indicator: 'r6_consultations', per_co: 12.5 },
  { fiscal_year: FY, pref_code: PREF, indicator: 'r6_consultations', per_co: 3.25 },
  // Nobody in post: the rate is published but cannot be computed.
  { fiscal_year: FY, pref_code: '01', indicator: 'r6_consultations', per_co: null },
];

const reference = (
  fy: number,
  group_type: string,
  pref_code: string | null,
  median: number | null,
) => ({
  fiscal_year: fy,
  indicator: 'r6_consultations',
  group_type,
  pref_code,
  peers: [],
  n_centres: 47,
  median,
  q1: median === null ? null : median - 100,
  q3: median === null ? null : median + 100,
});
const referenceValues = [
  reference(2023, 'national', null, 1000),
  reference(FY, 'national', null, 1100),
  reference(FY, 'bureau', PREF, 1200),
  reference(FY, 'size_consultations', PREF, null),
];

const intervals = [
  {
    fiscal_year: FY,
    pref_code: PREF,
    indicator: 'r6_sat_insight',
    n: 40,
    positive: 20,
    share: 0.5,
    lower: 0.35,
    upper: 0.65,
  },
];

const mix = (
  dimension: string,
  pref_code: string,
  category: string | null,
  consultations: number | null,
) => ({
  fiscal_year: FY,
  pref_code,
  [dimension]: category,
  consultations,
  businesses: consultations === null ? null : Math.ceil(consultations / 2),
  status: consultations === null ? 'suppressed' : 'ok',
});
const topic = (code: number) => vocab.topics[code]!.code;
const topics = [
  mix('topic', '00', '*', 200),
  mix('topic', '00', topic(0), 50),
  mix('topic', '00', topic(1), 30),
  mix('topic', PREF, '*', 40),
  mix('topic', PREF, topic(0), 10),
  mix('topic', PREF, topic(1), null),
];
// The topic is always recorded (the first of the consultation's topics); the industry may be
// blank (a business still to be founded): the "not recorded" row.
const industries = [
  mix('industry', '00', '*', 200),
  mix('industry', PREF, '*', 40),
  mix('industry', PREF, null, 4),
];
const channels = [
  mix('channel', '00', '*', 200),
  mix('channel', '00', vocab.channels[0]!.code, 200),
];

/** Writes the directory and points PORTAL_DATA at it; returns the directory. */
export function usePublishedFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pages-published-'));
  mkdirSync(join(dir, 'json'));
  const tables: Record<string, unknown[]> = {
    indicators: indicators(),
    rates,
    reference_values: referenceValues,
    indicator_intervals: intervals,
    coordinator_counts: [{ fiscal_year: FY, pref_code: PREF, coordinators: 12 }],
    consultations_by_topic: topics,
    consultations_by_industry: industries,
    consultations_by_employees_band: [],
    consultations_by_channel: channels,
    consultations_by_agency: [],
    // A v1 export: the plan tables published empty (plan-fixture.ts fills them).
    targets: [],
    initiatives: [],
    offices: [],
  };
  for (const [name, rows] of Object.entries(tables))
    writeFileSync(join(dir, 'json', `${name}.json`), JSON.stringify(rows));
  process.env['PORTAL_DATA'] = dir;
  return dir;
}
