// pub.lineage (disclosure.md, "Lineage"): one row per fiscal year and centre plus the nation,
// consultations_in = microdata_rows + microdata_withheld on every row, each number recounted
// from the input and from the published microdata.
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyDisclosure } from '../../../../../scripts/pipeline/disclosure/index.ts';
import {
  all,
  BANDS,
  consultation,
  disclose,
  EXAMPLE,
  INDUSTRIES,
  ingestExport,
  prng,
  TOPICS,
  type Row,
  type TestDb,
} from './helpers.ts';

const FY = `(year(date) - CASE WHEN month(date) < 4 THEN 1 ELSE 0 END)`;

interface Lineage {
  fiscal_year: number;
  pref_code: string;
  consultations_in: number;
  microdata_rows: number;
  microdata_generalised: number;
  microdata_withheld: number;
}

async function checkLineage(conn: DuckDBConnection): Promise<Lineage[]> {
  const lineage = await all<Lineage>(conn, 'SELECT * FROM pub.lineage ORDER BY ALL');
  for (const l of lineage) {
    expect(l.consultations_in, `${l.fiscal_year} ${l.pref_code}`).toBe(
      l.microdata_rows + l.microdata_withheld,
    );
    expect(l.microdata_generalised).toBeLessThanOrEqual(l.microdata_rows);
  }
  // consultations_in is the input's row count per year and centre, and the nation's per year
  const input = await all<{ fy: number; pref_code: string; n: number }>(
    conn,
    `SELECT ${FY} AS fy, pref_code, count(*)::INTEGER AS n FROM consultations GROUP BY ALL
     UNION ALL SELECT ${FY}, '00', count(*)::INTEGER FROM consultations GROUP BY ALL`,
  );
  const key = (fy: number, pref: string) => `${fy}|${pref}`;
  expect(
    Object.fromEntries(lineage.map((l) => [key(l.fiscal_year, l.pref_code), l.consultations_in])),
  ).toEqual(Object.fromEntries(input.map((r) => [key(r.fy, r.pref_code), r.n])));
  // microdata_rows and microdata_generalised are what the microdata holds
  const micro = await all<{ fy: number; pref_code: string; n: number; g: number }>(
    conn,
    `WITH m AS (SELECT fiscal_year AS fy, pref_code,
        '*' IN (quarter, primary_topic, legal_form, employees_band, industry, channel)
          OR list_contains(referred_to, '*') OR list_contains(joint_with, '*') AS g
      FROM pub.microdata)
     SELECT fy, pref_code, count(*)::INTEGER AS n, count(*) FILTER (WHERE g)::INTEGER AS g
     FROM m GROUP BY ALL
     UNION ALL SELECT fy, '00', count(*)::INTEGER, count(*) FILTER (WHERE g)::INTEGER FROM m GROUP BY ALL`,
  );
  const published = new Map(micro.map((m) => [key(m.fy, m.pref_code), m]));
  for (const l of lineage) {
    const m = published.get(key(l.fiscal_year, l.pref_code));
    expect([l.microdata_rows, l.microdata_generalised], key(l.fiscal_year, l.pref_code)).toEqual([
      m?.n ?? 0,
      m?.g ?? 0,
    ]);
  }
  // the nation row is the sum of the centres'
  for (const fy of new Set(lineage.map((l) => l.fiscal_year))) {
    const centres = lineage.filter((l) => l.fiscal_year === fy && l.pref_code !== '00');
    const nation = lineage.find((l) => l.fiscal_year === fy && l.pref_code === '00')!;
    for (const c of [
      'consultations_in',
      'microdata_rows',
      'microdata_generalised',
      'microdata_withheld',
    ] as const) {
      expect(nation[c]).toBe(centres.reduce((s, x) => s + x[c], 0));
    }
  }
  return lineage;
}

describe('pub.lineage on the contract example', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await ingestExport([EXAMPLE]);
    await applyDisclosure(db.conn, db.scratch);
  });
  afterAll(() => db.close());

  test('every row adds up, and matches the input and the microdata', async () => {
    const lineage = await checkLineage(db.conn);
    expect(lineage.filter((l) => l.pref_code === '00').length).toBeGreaterThan(0);
    expect(lineage.reduce((s, l) => s + (l.pref_code === '00' ? l.consultations_in : 0), 0)).toBe(
      234,
    );
  });
});

describe('pub.lineage on data built to test it', () => {
  test('withheld, generalised and untouched centre-years all add up', async () => {
    const rand = prng(11);
    const rows: Row[] = [];
    // 13: forty businesses, some with rare topics (generalised by the one-answer rule)
    for (let b = 0; b < 40; b++) {
      for (let i = 0; i < 1 + (b % 3); i++) {
        rows.push(
          consultation({
            business_key: `L${b}`,
            pref_code: '13',
            date: `2024-${String(4 + Math.floor(rand() * 9)).padStart(2, '0')}-10`,
            industry: INDUSTRIES[b % 3]!,
            employees_band: BANDS[b % 2]!,
            topics: [b < 38 ? TOPICS[b % 4]! : TOPICS[10]!],
          }),
        );
      }
    }
    // 47: two businesses, withheld whole; 01: one year on each side of 1 April
    for (const b of ['S1', 'S2'])
      rows.push(consultation({ business_key: b, pref_code: '47', date: '2024-05-01' }));
    for (let b = 0; b < 6; b++)
      for (const date of ['2025-03-31', '2025-04-01'])
        rows.push(consultation({ business_key: `F${b}`, pref_code: '01', date }));
    const { db } = await disclose({ consultations: rows });
    try {
      const lineage = await checkLineage(db.conn);
      const at = (fy: number, pref: string) =>
        lineage.find((l) => l.fiscal_year === fy && l.pref_code === pref)!;
      expect(at(2024, '47')).toMatchObject({ consultations_in: 2, microdata_withheld: 2 });
      expect(at(2024, '13').microdata_generalised).toBeGreaterThan(0);
      expect(at(2024, '01').consultations_in).toBe(6);
      expect(at(2025, '01').consultations_in).toBe(6);
      expect(at(2024, '00').consultations_in).toBe(rows.length - 6);
    } finally {
      db.close();
    }
  });
});
