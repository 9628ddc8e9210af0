// The plan tables (format v1.1) beside the small published directory of published-fixture.ts:
// targets consistent with its indicators (東京 13 meets one target, misses one, and one is
// not assessed because 課題解決件数 is suppressed), initiatives of two centres and years, and
// 東京's offices with the satellite listed first. Rows have the columns the pipeline writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FY, PREF } from './published-fixture.ts';

const target = (
  fiscal_year: number,
  pref_code: string,
  indicator: string,
  target: number,
  value: number | null,
  ratio: number | null,
  met: 0 | 1 | null,
) => ({
  fiscal_year,
  pref_code,
  indicator,
  target,
  value,
  status: value === null ? 'suppressed' : 'ok',
  ratio,
  met,
});

export const TARGETS = [
  target(2023, PREF, 'r6_consultations', 900, 1014, 1014 / 900, 1),
  target(FY, '01', 'r6_consultations', 2000, 1101, 1101 / 2000, 0),
  target(FY, PREF, 'r6_businesses', 1200, 1113, 1113 / 1200, 0),
  target(FY, PREF, 'r6_consultations', 1100, 1114, 1114 / 1100, 1),
  target(FY, PREF, 'r6_sat_satisfied', 0.5, 0.51, null, 1),
  target(FY, PREF, 'r8_resolved', 50, null, null, null),
];

const initiative = (id: string, pref_code: string, fiscal_year: number, kind: string) => ({
  id,
  pref_code,
  fiscal_year,
  title: `取組 ${id}`,
  kind,
  stage: 'done',
  start: `${fiscal_year}-06-01`,
  end: null,
  topics: [],
  partners: [],
  participants: 30,
  businesses: null,
  outcome: null,
  body: '本文',
});

export const INITIATIVES = [
  initiative('ex-01-a', '01', FY, 'seminar'),
  initiative('ex-13-a', PREF, 2023, 'seminar'),
  initiative('ex-13-b', PREF, FY, 'business_meeting'),
  initiative('ex-13-c', PREF, FY, 'seminar'),
];

const office = (office_id: string, name: string, main: boolean) => ({
  pref_code: PREF,
  office_id,
  name,
  main,
  address: '東京都千代田区架空町1-2-3',
  phone: '03-0000-0000',
  website: main ? 'https://example.jp/' : null,
  booking_url: null,
  hours: '平日 9:00-17:00',
  online: main,
});

/** Writes targets, initiatives and offices into the published directory `dir`. */
export function writePlanTables(dir: string): void {
  const tables = {
    targets: TARGETS,
    initiatives: INITIATIVES,
    offices: [office('tokyo-tama', '多摩サテライト', false), office('tokyo-main', '本部', true)],
  };
  for (const [name, rows] of Object.entries(tables))
    writeFileSync(join(dir, 'json', `${name}.json`), JSON.stringify(rows));
}
