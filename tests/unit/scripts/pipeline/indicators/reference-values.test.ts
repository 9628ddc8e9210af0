// Reference values on a hand-built pub.indicators: every expected figure below was worked
// out by hand from the fixture, so the stage is checked against arithmetic, not itself.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../../../../src/lib/indicators.ts';
import { prefCodes, vocab } from '../../../../../src/lib/vocab.ts';
import { NATION_CODE } from '../../../../../src/schemas/codes.ts';
import {
  computeReferenceValues,
  peerGroups,
} from '../../../../../scripts/pipeline/indicators/reference-values.ts';
import { bureauPeers, nearestPeers } from '../../../../../scripts/pipeline/indicators/peers.ts';
import type { PublishedTable } from '../../../../../src/schemas/published/table.ts';

const FYS = [2024, 2025];
const k = (pref: string) => Number(pref);

type Cell = { value: number | null; status: 'ok' | 'suppressed' | 'na'; n?: number; pos?: number };
const ok = (value: number, n?: number, pos?: number): Cell =>
  n === undefined ? { value, status: 'ok' } : { value, status: 'ok', n, pos: pos ?? 0 };
const na: Cell = { value: null, status: 'na', n: 0, pos: 0 };

/** The fixture: what each (fiscal year, centre, indicator) holds. */
function cell(fy: number, pref: string, id: string): Cell {
  if (pref === NATION_CODE) {
    if (id === 'r6_sat_insight') return ok(0.55, 1000, 550);
    return id.includes('_sat_') || id === 'r8_selfdrive' || id === 'r8_outlook' ? na : ok(12345);
  }
  const i = k(pref);
  switch (id) {
    case 'r6_consultations':
      // 2^i: log-distances are exact multiples of ln 2, so ties are real ties.
      if (fy === 2024 && i === 45) return ok(0); // no size: not in any size_consultations group
      if (fy === 2024 && i === 46) return { value: null, status: 'suppressed' };
      return ok(2 ** i);
    case 'r6_outcomes':
      return ok(fy === 2024 ? i : i + 100);
    case 'r6_joint':
      return ok(100 - i); // falls as pref_code rises: a value order would differ from ours
    case 'r6_businesses':
      // A suppressed row carrying a stray value: only the status may decide.
      if (i === 3) return { value: 99999, status: 'suppressed' };
      if (i === 4) return na;
      return ok(10 * i);
    case 'r6_sat_insight':
      if (i <= 10) return ok(i / 10, 100, 10 * i);
      if (i === 11) return { value: 0.99, status: 'suppressed', n: 5, pos: 3 };
      return na;
    case 'r8_selfdrive':
      return i === 5 ? ok(0, 20, 0) : na;
    case 'r8_outlook':
      return i === 5 ? ok(1, 20, 20) : na;
    default:
      return na;
  }
}

/** Coordinators: centre 01 tests the in-post convention, centre k (2–46) has k, 47 none. */
const COORDINATORS: [string, string, string, string, string | null][] = [
  ['A-01', '01', 'CO', '2020-04', null], // in post both years
  ['B-01', '01', 'CO', '2025-03', null], // joined in the last month of FY2024: counted
  ['C-01', '01', 'CO', '2025-04', null], // joined in the first month of FY2025
  ['D-01', '01', 'CO', '2019-01', '2025-03'], // left in March 2025: counted for FY2024 only
  ['E-01', '01', 'CO', '2019-01', '2025-02'], // left before March: never
  ['F-01', '01', 'CCO', '2018-04', null], // the CCO counts too
  ['G-01', '01', 'CO', '2026-03', null], // joined in March 2026: FY2025
  ['X-47', '47', 'CO', '2020-04', '2023-06'], // left long before: centre 47 has nobody
];
for (let i = 2; i <= 46; i++) {
  const pref = String(i).padStart(2, '0');
  for (let j = 0; j < i; j++) {
    COORDINATORS.push([`C${pref}-${j}`, pref, j === 0 ? 'CCO' : 'CO', '2020-04', null]);
  }
}
const IN_POST_2024 = (pref: string) => (pref === '01' ? 4 : pref === '47' ? 0 : k(pref));

const lit = (v: string | number | null) =>
  v === null ? 'NULL' : typeof v === 'number' ? `'${v}'::DOUBLE` : `'${v}'`;

interface FixtureOptions {
  /** where indicator_counts lives */
  countsSchema?: 'pub' | 'main';
  /** change a cell after building */
  tweak?: (fy: number, pref: string, id: string, c: Cell) => Cell;
  /** leave a counts row out */
  dropCount?: (fy: number, pref: string, id: string) => boolean;
}

async function fixture(
  o: FixtureOptions = {},
): Promise<{ conn: DuckDBConnection; close: () => void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run('CREATE SCHEMA pub');
  await conn.run(
    `CREATE TABLE pub.indicators (fiscal_year INTEGER, pref_code VARCHAR, indicator VARCHAR,
       value DOUBLE, status VARCHAR)`,
  );
  const schema = o.countsSchema ?? 'pub';
  await conn.run(
    `CREATE TABLE ${schema}.indicator_counts (fiscal_year INTEGER, pref_code VARCHAR,
       indicator VARCHAR, n INTEGER, positive INTEGER)`,
  );
  const ind: string[] = [];
  const counts: string[] = [];
  for (const fy of FYS) {
    for (const pref of [...prefCodes, NATION_CODE]) {
      for (const id of INDICATOR_IDS) {
        let c = cell(fy, pref, id);
        if (o.tweak) c = o.tweak(fy, pref, id, c);
        ind.push(`(${fy}, '${pref}', '${id}', ${lit(c.value)}, '${c.status}')`);
        if (c.n !== undefined && !o.dropCount?.(fy, pref, id)) {
          counts.push(`(${fy}, '${pref}', '${id}', ${c.n}, ${c.pos})`);
        }
      }
    }
  }
  await conn.run(`INSERT INTO pub.indicators VALUES ${ind.join(', ')}`);
  await conn.run(`INSERT INTO ${schema}.indicator_counts VALUES ${counts.join(', ')}`);
  await conn.run(
    `CREATE TABLE coordinators (_src INTEGER, _line INTEGER, co_id VARCHAR, pref_code VARCHAR,
       role VARCHAR, joined VARCHAR, "left" VARCHAR)`,
  );
  await conn.run(
    `INSERT INTO coordinators VALUES ${COORDINATORS.map(
      (r, i) => `(0, ${i + 2}, ${r.map(lit).join(', ')})`,
    ).join(', ')}`,
  );
  return {
    conn,
    close: () => {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

const read = async <T = Record<string, unknown>>(conn: DuckDBConnection, sql: string) =>
  (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];

interface RefRow {
  fiscal_year: number;
  indicator: string;
  group_type: string;
  pref_code: string | null;
  peers: string[];
  n_centres: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

describe('reference values', () => {
  let db: Awaited<ReturnType<typeof fixture>>;
  let tables: PublishedTable[];
  let refs: RefRow[];
  const ref = (fy: number, indicator: string, group: string, pref: string | null) => {
    const found = refs.filter(
      (r) =>
        r.fiscal_year === fy &&
        r.indicator === indicator &&
        r.group_type === group &&
        r.pref_code === pref,
    );
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    db = await fixture();
    tables = await computeReferenceValues(db.conn);
    // Insertion order: what the stage wrote, before any writer sorts it.
    refs = await read<RefRow>(db.conn, 'SELECT * FROM pub.reference_values');
  });
  afterAll(() => db.close());

  describe('coordinator_counts', () => {
    it('counts CCOs and COs in post in March of FY+1, 0 where nobody is, the nation as the sum', async () => {
      const rows = await read<{ fiscal_year: number; pref_code: string; coordinators: number }>(
        db.conn,
        'SELECT * FROM pub.coordinator_counts ORDER BY fiscal_year, pref_code',
      );
      expect(rows).toHaveLength(FYS.length * 48);
      const get = (fy: number, pref: string) =>
        rows.find((r) => r.fiscal_year === fy && r.pref_code === pref)!.coordinators;
      expect(get(2024, '01')).toBe(4); // A, B, D, F
      expect(get(2025, '01')).toBe(5); // A, B, C, F, G
      expect(get(2024, '47')).toBe(0);
      expect(get(2024, '13')).toBe(13);
      for (const pref of prefCodes) expect(get(2024, pref), pref).toBe(IN_POST_2024(pref));
      const sum = 4 + (46 * 47) / 2 - 1; // 01 + (2 + … + 46)
      expect(get(2024, NATION_CODE)).toBe(sum);
      expect(get(2025, NATION_CODE)).toBe(sum + 1);
    });
  });

  describe('rates', () => {
    it('covers the count and business indicators only', async () => {
      const ids = await read<{ indicator: string }>(
        db.conn,
        'SELECT DISTINCT indicator FROM pub.rates ORDER BY indicator',
      );
      expect(ids.map((r) => r.indicator)).toEqual([
        'r6_businesses',
        'r6_consultations',
        'r6_joint',
        'r6_outcomes',
        'r6_referrals',
        'r8_joint_businesses',
        'r8_referred_businesses',
        'r8_resolved',
      ]);
      const [count] = await read<{ n: number }>(
        db.conn,
        'SELECT count(*)::INTEGER n FROM pub.rates',
      );
      expect(count?.n).toBe(FYS.length * 48 * 8);
    });

    it('divides by coordinators in post; NULL when not ok or nobody is in post', async () => {
      const rate = async (fy: number, pref: string, id: string) =>
        (
          await read<{ per_co: number | null }>(
            db.conn,
            `SELECT per_co FROM pub.rates WHERE fiscal_year = ${fy} AND pref_code = '${pref}'
             AND indicator = '${id}'`,
          )
        )[0]!.per_co;
      expect(await rate(2024, '01', 'r6_consultations')).toBe(2 / 4);
      expect(await rate(2025, '01', 'r6_outcomes')).toBe(101 / 5);
      expect(await rate(2024, '13', 'r6_outcomes')).toBe(1);
      expect(await rate(2024, '46', 'r6_consultations')).toBeNull(); // suppressed
      expect(await rate(2024, '03', 'r6_businesses')).toBeNull(); // suppressed, stray value
      expect(await rate(2024, '04', 'r6_businesses')).toBeNull(); // na
      expect(await rate(2024, '47', 'r6_outcomes')).toBeNull(); // 0 COs
      expect(await rate(2024, NATION_CODE, 'r6_consultations')).toBe(12345 / 1084);
    });
  });

  describe('national group', () => {
    it('is the median and quartiles of the 47 centres, never the nation row', () => {
      const r = ref(2024, 'r6_outcomes', 'national', null);
      expect(r.peers).toEqual([...prefCodes].sort());
      // 1 … 47: h = 11.5, 23, 34.5
      expect(r).toMatchObject({ n_centres: 47, median: 24, q1: 12.5, q3: 35.5 });
      expect(ref(2025, 'r6_outcomes', 'national', null).median).toBe(124);
    });

    it('leaves suppressed and na centres out', () => {
      // 10·i without 03 (suppressed, stray 99999) and 04 (na): 45 values, h = 11, 22, 33
      expect(ref(2024, 'r6_businesses', 'national', null)).toMatchObject({
        n_centres: 45,
        q1: 140,
        median: 250,
        q3: 360,
      });
      // 0.1 … 1.0 from centres 01–10; 11 is suppressed with a stray 0.99
      const s = ref(2024, 'r6_sat_insight', 'national', null);
      expect(s.n_centres).toBe(10);
      expect(s.median).toBeCloseTo(0.55, 12);
      expect(s.q1).toBeCloseTo(0.325, 12);
      expect(s.q3).toBeCloseTo(0.775, 12);
    });

    it('is empty where no centre is ok', () => {
      expect(ref(2024, 'r8_value_added', 'national', null)).toMatchObject({
        n_centres: 0,
        median: null,
        q1: null,
        q3: null,
      });
    });
  });

  describe('peer groups', () => {
    it('gives every centre one row per group type, never itself, never the nation', () => {
      const centreRows = refs.filter((r) => r.group_type !== 'national');
      expect(centreRows).toHaveLength(FYS.length * INDICATOR_IDS.length * 47 * 3);
      for (const r of centreRows) {
        expect(prefCodes).toContain(r.pref_code);
        expect(r.peers, `${r.group_type} ${r.pref_code}`).not.toContain(r.pref_code);
        expect(r.peers).not.toContain(NATION_CODE);
        expect(r.peers).toEqual([...r.peers].sort());
      }
      expect(refs.filter((r) => r.group_type === 'national')).toHaveLength(
        FYS.length * INDICATOR_IDS.length,
      );
    });

    it('bureau: the other centres of the same bureau (vocab)', () => {
      for (const c of vocab.centres) {
        const expected = vocab.centres
          .filter((o) => o.bureau === c.bureau && o.pref_code !== c.pref_code)
          .map((o) => o.pref_code);
        expect(ref(2024, 'r6_outcomes', 'bureau', c.pref_code).peers).toEqual(expected);
      }
      // 関東: 08 09 10 11 12 14 15 19 20 22 → h = 2.25, 4.5, 6.75
      expect(ref(2024, 'r6_outcomes', 'bureau', '13')).toMatchObject({
        n_centres: 10,
        q1: 10.25,
        median: 13,
        q3: 18,
      });
      expect(ref(2025, 'r6_outcomes', 'bureau', '13').median).toBe(113);
      // 東北 without 02: 03 suppressed, 04 na → 05 06 07
      expect(ref(2024, 'r6_businesses', 'bureau', '02')).toMatchObject({
        peers: ['03', '04', '05', '06', '07'],
        n_centres: 3,
        median: 60,
      });
    });

    it('bureau: a centre alone in its bureau has an empty group', () => {
      for (const pref of ['01', '47']) {
        expect(ref(2024, 'r6_outcomes', 'bureau', pref)).toMatchObject({
          peers: [],
          n_centres: 0,
          median: null,
          q1: null,
          q3: null,
        });
      }
    });

    it('size_consultations: the 5 nearest by log of consultations, ties to the lower code', () => {
      const peers = (fy: number, pref: string) =>
        ref(fy, 'r6_outcomes', 'size_consultations', pref).peers;
      // 2^20: 19, 21 (×2), 18, 22 (×4), then 17 and 23 tie at ×8 → 17
      expect(peers(2024, '20')).toEqual(['17', '18', '19', '21', '22']);
      expect(peers(2024, '01')).toEqual(['02', '03', '04', '05', '06']);
      // 45 has 0 and 46 is suppressed in FY2024: no size, in no group
      expect(peers(2024, '45')).toEqual([]);
      expect(peers(2024, '46')).toEqual([]);
      expect(peers(2024, '47')).toEqual(['40', '41', '42', '43', '44']);
      // 2^43: 42, 44 (×2), 41 (×4), 40 (×8), then 39 and 47 tie at ×16 → 39
      expect(peers(2024, '43')).toEqual(['39', '40', '41', '42', '44']);
      // 2^44: 43 (×2), 42 (×4), 41 and 47 (×8), 40 (×16)
      expect(peers(2024, '44')).toEqual(['40', '41', '42', '43', '47']);
      // groups are per fiscal year: in FY2025 45 and 46 have sizes again
      expect(peers(2025, '47')).toEqual(['42', '43', '44', '45', '46']);
      for (const r of refs.filter((x) => x.fiscal_year === 2024)) {
        if (r.group_type === 'size_consultations') {
          expect(r.peers).not.toContain('45');
          expect(r.peers).not.toContain('46');
        }
      }
      expect(ref(2024, 'r6_outcomes', 'size_consultations', '20')).toMatchObject({
        n_centres: 5,
        q1: 18,
        median: 19,
        q3: 21,
      });
    });

    it('size_coordinators: the 5 nearest by coordinators in post, ties to the lower code', () => {
      const peers = (pref: string) => ref(2024, 'r6_outcomes', 'size_coordinators', pref).peers;
      // In post FY2024: 01 → 4, k → k (02–46), 47 → 0
      expect(peers('20')).toEqual(['17', '18', '19', '21', '22']);
      expect(peers('04')).toEqual(['01', '02', '03', '05', '06']); // 01 has 4 too
      // 2: 03 (1); 01, 04, 47 (2); 05 (3)
      expect(peers('02')).toEqual(['01', '03', '04', '05', '47']);
      // 0: 02 (2), 03 (3), 01 and 04 (4), 05 (5)
      expect(peers('47')).toEqual(['01', '02', '03', '04', '05']);
      expect(peers('46')).toEqual(['41', '42', '43', '44', '45']);
      expect(ref(2024, 'r6_joint', 'size_coordinators', '20')).toMatchObject({
        n_centres: 5,
        median: 81, // 100 − 19
      });
    });
  });

  describe('indicator_intervals', () => {
    interface IntervalRow {
      fiscal_year: number;
      pref_code: string;
      indicator: string;
      n: number;
      positive: number;
      share: number;
      lower: number;
      upper: number;
    }
    let rows: IntervalRow[];
    beforeAll(async () => {
      rows = await read<IntervalRow>(db.conn, 'SELECT * FROM pub.indicator_intervals');
    });
    const get = (pref: string, id: string) =>
      rows.find((r) => r.fiscal_year === 2024 && r.pref_code === pref && r.indicator === id);

    it('has one row per ok survey share, the nation included', () => {
      // per year: r6_sat_insight 01–10 and 00, r8_selfdrive 05, r8_outlook 05
      expect(rows).toHaveLength(FYS.length * 13);
      expect(get('11', 'r6_sat_insight')).toBeUndefined(); // suppressed
      expect(get('12', 'r6_sat_insight')).toBeUndefined(); // na
      expect(get(NATION_CODE, 'r6_sat_insight')).toMatchObject({
        n: 1000,
        positive: 550,
        share: 0.55,
      });
    });

    it('is the Wilson interval of positive / n', () => {
      const r = get('09', 'r6_sat_insight')!;
      expect(r).toMatchObject({ n: 100, positive: 90, share: 0.9 });
      expect(r.lower).toBeCloseTo(0.8256, 4);
      expect(r.upper).toBeCloseTo(0.9448, 4);
      expect(get('05', 'r8_selfdrive')).toMatchObject({ share: 0, lower: 0 });
      expect(get('05', 'r8_selfdrive')!.upper).toBeCloseTo(0.1611, 4);
      expect(get('05', 'r8_outlook')).toMatchObject({ share: 1, upper: 1 });
    });

    it('reads the survey counts from the table it is given', async () => {
      const other = await fixture({ countsSchema: 'main' });
      try {
        await expect(computeReferenceValues(other.conn)).rejects.toThrow('indicator_counts');
        await computeReferenceValues(other.conn, 'main.indicator_counts');
        const again = await read(other.conn, 'SELECT * FROM pub.indicator_intervals');
        expect(again).toEqual(rows);
      } finally {
        other.close();
      }
    });

    it('fails when an ok share has no counts or counts that disagree with it', async () => {
      const missing = await fixture({
        dropCount: (fy, pref, id) => fy === 2025 && pref === '07' && id === 'r6_sat_insight',
      });
      try {
        await expect(computeReferenceValues(missing.conn)).rejects.toThrow(
          'r6_sat_insight 2025 07 is ok but pub.indicator_counts has no row for it',
        );
      } finally {
        missing.close();
      }
      const wrong = await fixture({
        tweak: (fy, pref, id, c) =>
          fy === 2024 && pref === '03' && id === 'r6_sat_insight' ? { ...c, value: 0.31 } : c,
      });
      try {
        await expect(computeReferenceValues(wrong.conn)).rejects.toThrow(
          'r6_sat_insight 2024 03: value 0.31 does not match 30/100',
        );
      } finally {
        wrong.close();
      }
    });
  });

  describe('no ranking (report §6)', () => {
    const RANKISH = /rank|percentil|position|order|順位/i;

    it('publishes the four described tables, their columns as created, none rank-like', async () => {
      expect(tables.map((t) => t.name)).toEqual([
        'coordinator_counts',
        'rates',
        'reference_values',
        'indicator_intervals',
      ]);
      for (const t of tables) {
        const cols = await read<{ column_name: string }>(db.conn, `DESCRIBE pub.${t.name}`);
        expect(cols.map((c) => c.column_name)).toEqual(t.columns.map((c) => c.name));
        for (const c of cols) expect(c.column_name).not.toMatch(RANKISH);
        expect(t.inBrowserDb).toBe(false);
        expect(t.sortBy[0]).toBe('fiscal_year');
        expect(t.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        expect(t.description).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        for (const c of t.columns) expect(c.meaning, `${t.name}.${c.name}`).not.toBe('');
      }
    });

    it('sorts reference_values by key, never by value', () => {
      const t = tables.find((x) => x.name === 'reference_values')!;
      expect(t.sortBy).toEqual(['fiscal_year', 'indicator', 'group_type', 'pref_code']);
      // Column by column, as the writer's ORDER BY does (NULL pref_code only on national rows).
      const cmp = (a: RefRow, b: RefRow) =>
        a.fiscal_year - b.fiscal_year ||
        (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
        (a.group_type < b.group_type ? -1 : a.group_type > b.group_type ? 1 : 0) ||
        (a.pref_code ?? '').localeCompare(b.pref_code ?? '');
      expect(refs).toEqual([...refs].sort(cmp));
      // r6_joint falls as pref_code rises, so an order by median would differ from this one
      const block = refs.filter(
        (r) => r.fiscal_year === 2024 && r.indicator === 'r6_joint' && r.group_type === 'bureau',
      );
      expect(block.map((r) => r.pref_code)).toEqual([...prefCodes].sort());
      const byMedian = [...block].sort((a, b) => (a.median ?? 0) - (b.median ?? 0));
      expect(byMedian.map((r) => r.pref_code)).not.toEqual(block.map((r) => r.pref_code));
    });
  });
});

describe('peers', () => {
  it('bureauPeers lists the other centres of the bureau and rejects unknown codes', () => {
    expect(bureauPeers('36')).toEqual(['37', '38', '39']);
    expect(bureauPeers('01')).toEqual([]);
    expect(() => bureauPeers('00')).toThrow(RangeError);
  });

  it('nearestPeers never includes the centre and breaks ties by pref_code', () => {
    const sizes = new Map([
      ['05', 100],
      ['01', 200],
      ['02', 50],
      ['03', 100],
      ['04', 400],
      ['06', 25],
      ['07', 0],
    ]);
    // around 100: 03 (×1), then 01 and 02 tie (×2), then 04 and 06 tie (×4)
    expect(nearestPeers('05', sizes, 'log', 3)).toEqual(['01', '02', '03']);
    expect(nearestPeers('05', sizes, 'log', 4)).toEqual(['01', '02', '03', '04']);
    expect(nearestPeers('05', sizes, 'log')).toEqual(['01', '02', '03', '04', '06']);
    // absolute: 03 (0), 02 (50), 06 (75), 07 (100) and 01 (100) tie → 01
    expect(nearestPeers('05', sizes, 'absolute', 4)).toEqual(['01', '02', '03', '06']);
    // 0 has no log size: no group, and in nobody's
    expect(nearestPeers('07', sizes, 'log')).toEqual([]);
    expect(nearestPeers('07', sizes, 'absolute')).toEqual(['01', '02', '03', '05', '06']);
    expect(nearestPeers('99', sizes, 'log')).toEqual([]);
    for (const pref of sizes.keys()) {
      expect(nearestPeers(pref, sizes, 'log', 10)).not.toContain(pref);
      expect(nearestPeers(pref, sizes, 'absolute', 10)).not.toContain(pref);
      expect(nearestPeers(pref, sizes, 'log', 10)).not.toContain('07');
    }
  });

  it("peerGroups takes centres only: the nation is nobody's peer", () => {
    const sizes = new Map([...prefCodes.map((p): [string, number] => [p, 10 * Number(p)])]);
    sizes.set('00', 200); // exactly centre 20's size
    const groups = peerGroups(sizes, sizes);
    expect(groups.size).toBe(47);
    expect(groups.get('20')).toEqual({
      bureau: bureauPeers('20'),
      // relative: 230 (×1.15) is nearer to 200 than 170 (×1.18)
      size_consultations: ['18', '19', '21', '22', '23'],
      // absolute: 170 and 230 tie at 30 → 17
      size_coordinators: ['17', '18', '19', '21', '22'],
    });
  });
});
