// The builder's SQL run on explore.duckdb made (explore-db.ts) from a small database shaped
// like portal.duckdb: counts, filters, the disclosure guards against suppressed aggregate
// cells, and the withheld statement.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyDisclosure } from '../../../../src/lib/explore/disclosure.ts';
import {
  DEFAULT_STATE,
  emptyFilters,
  type DimensionId,
  type ExploreState,
} from '../../../../src/lib/explore/model.ts';
import { resultCsv, shownCells } from '../../../../src/lib/explore/result.ts';
import { buildQuery, withheldIsExact, withheldQuery } from '../../../../src/lib/explore/sql.ts';
import { exploreDbStatements } from '../../../../src/lib/explore/explore-db.ts';

let conn: DuckDBConnection;
const rows = async (sql: string) =>
  (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];

const state = (over: Partial<ExploreState>): ExploreState => ({
  ...DEFAULT_STATE,
  filters: emptyFilters(),
  ...over,
});

/** FY2024 by one dimension under `filters`: [category, consultations as shown]. */
const shown2024 = async (dim: DimensionId, filters: Partial<ExploreState['filters']>) => {
  const s = state({ dims: [dim], fy: [2024], filters: { ...emptyFilters(), ...filters } });
  const cells = shownCells(await rows(buildQuery(s)), s);
  return cells.map((c) => [c.keys[dim], c.values['consultations']]);
};

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`CREATE TABLE microdata (fiscal_year INTEGER, quarter VARCHAR, pref_code VARCHAR,
    primary_topic VARCHAR, topics VARCHAR[], legal_form VARCHAR, employees_band VARCHAR,
    industry VARCHAR, channel VARCHAR, phase INTEGER, issue_resolved BOOLEAN,
    counted_resolved BOOLEAN, outcome_confirmed BOOLEAN, referred_to VARCHAR[], joint_with VARCHAR[])`);
  // Centre 13, FY2024: 10 pricing (3 resolved, 2 referred), 4 finance, 2 succession;
  // centre 01: 6 finance. One FY2023 row.
  const add = (
    n: number,
    pref: string,
    topic: string,
    extra: Partial<Record<string, string>> = {},
  ) =>
    conn.run(`INSERT INTO microdata SELECT ${extra['fy'] ?? 2024}, '${extra['quarter'] ?? '2024-Q1'}',
      '${pref}', '${topic}', ['${topic}'], 'corp', '1-5', '${extra['industry'] ?? 'E'}', 'visit', 1,
      i <= ${extra['resolved'] ?? 0}, i <= ${extra['resolved'] ?? 0}, false,
      CASE WHEN i <= ${extra['referred'] ?? 0} THEN ['shokokai'] ELSE [] END, []
      FROM range(1, ${n + 1}) t(i)`);
  await add(10, '13', 'pricing', { resolved: '3', referred: '2' });
  await add(4, '13', 'finance');
  await add(2, '13', 'succession');
  await add(6, '01', 'finance', { industry: '*' });
  await add(1, '13', 'pricing', { fy: '2023', quarter: '2023-Q1' });
  for (const [table, col] of [
    ['consultations_by_topic', 'topic'],
    ['consultations_by_industry', 'industry'],
    ['consultations_by_employees_band', 'employees_band'],
    ['consultations_by_channel', 'channel'],
    ['consultations_by_month', 'month'],
  ]) {
    await conn.run(`CREATE TABLE ${table} (fiscal_year INTEGER, pref_code VARCHAR, "${col}" VARCHAR,
      consultations INTEGER, businesses INTEGER, status VARCHAR)`);
  }
  // The pipeline suppressed 13 × 2024 × finance (4 consultations from 2 businesses).
  await conn.run(`INSERT INTO consultations_by_topic VALUES
    (2024, '13', 'pricing', 10, 6, 'ok'), (2024, '13', 'finance', NULL, NULL, 'suppressed'),
    (2024, '13', '*', 16, 9, 'ok'), (2024, '00', 'finance', 10, 7, 'ok')`);
  await conn.run(`INSERT INTO consultations_by_channel VALUES (2024, '13', '*', 16, 9, 'ok')`);
  await conn.run(`CREATE TABLE microdata_disclosure AS SELECT * FROM (VALUES
    (2024, '13', 20, 16, 3, 4), (2024, '01', 6, 6, 6, 0), (2023, '13', 1, 1, 0, 0))
    t(fiscal_year, pref_code, consultations, rows_published, rows_generalised, rows_withheld)`);
  // The builder reads only explore.duckdb, derived from the published tables as at build.
  await conn.run(`ATTACH ':memory:' AS explore`);
  for (const sql of exploreDbStatements('memory', 'explore')) await conn.run(sql);
  await conn.run('USE explore');
});

describe('buildQuery', () => {
  it('counts each measure as indicators.md defines it', async () => {
    const s = state({
      measures: ['consultations', 'resolved', 'referrals'],
      dims: [],
      fy: [2024],
      filters: { ...emptyFilters(), centre: ['13'] },
    });
    const [r] = await rows(buildQuery(s));
    expect(r).toMatchObject({ consultations: 16, resolved: 3, referrals: 2, guarded: false });
  });

  it('hides a cell inside an aggregate cell the pipeline suppressed, and one of < 3 consultations', async () => {
    expect(await shown2024('topic', { centre: ['13'] })).toEqual([
      ['pricing', 10],
      ['finance', 'hidden'], // 4 consultations, but 13 × 2024 × finance is suppressed
      ['succession', 'hidden'], // 2 consultations
    ]);
  });

  it('guards by the dimension too: centre as a dimension finds its own suppressed cells', async () => {
    expect(await shown2024('centre', { topic: ['finance'] })).toEqual([
      ['01', 6],
      ['13', 'hidden'],
    ]);
  });

  it('does not guard a cell spanning several fiscal years (no aggregate cell contains it)', async () => {
    const s = state({ dims: ['topic'], filters: { ...emptyFilters(), centre: ['13'] } });
    const sql = buildQuery(s);
    expect(sql).not.toContain('consultations_by_topic');
    const cells = shownCells(await rows(sql), s);
    expect(cells.find((c) => c.keys.topic === 'pricing')?.values['consultations']).toBe(11);
  });

  it('hides a measure of 1 or 2 inside a shown cell, never 0', () => {
    const [c] = applyDisclosure(
      [
        {
          keys: {},
          consultations: 9,
          measures: { resolved: 2, outcomes: 0, joint: 5 },
          guarded: false,
        },
      ],
      ['consultations', 'resolved', 'outcomes', 'joint'],
    );
    expect(c!.values).toEqual({ consultations: 9, resolved: 'hidden', outcomes: 0, joint: 5 });
  });

  it('keeps generalised industry as its own value and never matches it to an aggregate total', async () => {
    expect(await shown2024('industry', { centre: ['01'] })).toEqual([['*', 6]]);
  });
});

describe('withheldQuery', () => {
  it('sums the withheld rows of the view’s fiscal years and centres', async () => {
    const s = state({ dims: [], fy: [2024], filters: { ...emptyFilters(), centre: ['13'] } });
    expect(await rows(withheldQuery(s))).toEqual([
      { consultations: 20, withheld: 4, generalised: 3 },
    ]);
    expect(withheldIsExact(s)).toBe(true);
    const [all] = await rows(withheldQuery(state({ dims: [] })));
    expect(all).toMatchObject({ consultations: 27, withheld: 4 });
  });

  it('is an upper bound once the view filters on anything but fiscal year and centre', () => {
    expect(withheldIsExact(state({ filters: { ...emptyFilters(), topic: ['pricing'] } }))).toBe(
      false,
    );
    expect(withheldIsExact(state({ quarterFrom: '2024-Q1' }))).toBe(false);
    expect(withheldIsExact(state({ filters: { ...emptyFilters(), bureau: ['kanto'] } }))).toBe(
      true,
    );
  });
});

describe('resultCsv', () => {
  it('writes exactly the shown cells, hidden ones blank and marked', async () => {
    const s = state({
      dims: ['topic'],
      fy: [2024],
      filters: { ...emptyFilters(), centre: ['13'] },
    });
    const csv = resultCsv(shownCells(await rows(buildQuery(s)), s), s);
    expect(csv.split('\r\n')).toEqual([
      'topic,topic_name,consultations,status',
      'pricing,価格転嫁・原価管理,10,ok',
      'finance,資金繰り・財務,,suppressed',
      expect.stringMatching(/^succession,.*,,suppressed$/),
      '',
    ]);
  });
});
