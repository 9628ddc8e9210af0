// targets (indicators.md, "Targets") on hand-made indicator rows: the disclosure rule (no
// value, ratio or met unless ok), ratios only for counts and amounts with a target above
// 0, and `na` for a year without any indicator row.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import {
  computeTargets,
  RATIO_INDICATORS,
} from '../../../../../scripts/pipeline/indicators/targets.ts';
import { rows } from '../../../../../scripts/pipeline/ingest/stage-db.ts';

describe('targets', () => {
  it('gives ratios for every r6_/r8_ id but the shares and the two signed ones', () => {
    expect([...RATIO_INDICATORS].sort()).toEqual(
      [
        'r6_businesses',
        'r6_consultations',
        'r6_referrals',
        'r6_joint',
        'r6_outcomes',
        'r8_resolved',
        'r8_referred_businesses',
        'r8_joint_businesses',
        'r8_value_added',
        'r8_productivity',
        'r8_co_improved',
        'r8_knowhow_shared',
        'r8_lectures',
        'r8_employees',
      ].sort(),
    );
  });

  it('withholds what is not ok, and compares only what is', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      await conn.run(`CREATE SCHEMA pub`);
      await conn.run(`CREATE TABLE pub.indicators AS SELECT * FROM (VALUES
        (2024, '13', 'r6_consultations', 45.0, 'ok'),
        (2024, '13', 'r8_value_added', NULL, 'suppressed'),
        (2024, '13', 'r8_productivity', NULL, 'na'),
        (2024, '13', 'r6_sat_insight', 0.75, 'ok'),
        (2024, '13', 'r8_sales_growth', 100.0, 'ok'),
        (2024, '13', 'r6_joint', 0.0, 'ok')
      ) t(fiscal_year, pref_code, indicator, value, status)`);
      await conn.run(`CREATE TABLE plans AS SELECT * FROM (VALUES
        ('13', 2024, 'r6_consultations', 50.0),
        ('13', 2024, 'r8_value_added', 1.0),
        ('13', 2024, 'r8_productivity', 1.0),
        ('13', 2024, 'r6_sat_insight', 0.7),
        ('13', 2024, 'r8_sales_growth', -200.0),
        ('13', 2024, 'r6_joint', 0.0),
        ('13', 2027, 'r6_consultations', 60.0)
      ) t(pref_code, fiscal_year, indicator, target)`);
      await computeTargets(conn);
      const got = await rows<Record<string, unknown>>(
        conn,
        `SELECT fiscal_year, indicator, value, status, ratio, met FROM pub.targets`,
      );
      expect(got).toEqual([
        {
          fiscal_year: 2024,
          indicator: 'r6_consultations',
          value: 45,
          status: 'ok',
          ratio: 0.9,
          met: 0,
        },
        { fiscal_year: 2024, indicator: 'r6_joint', value: 0, status: 'ok', ratio: null, met: 1 },
        {
          fiscal_year: 2024,
          indicator: 'r6_sat_insight',
          value: 0.75,
          status: 'ok',
          ratio: null,
          met: 1,
        },
        {
          fiscal_year: 2024,
          indicator: 'r8_productivity',
          value: null,
          status: 'na',
          ratio: null,
          met: null,
        },
        {
          fiscal_year: 2024,
          indicator: 'r8_sales_growth',
          value: 100,
          status: 'ok',
          ratio: null,
          met: 1,
        },
        {
          fiscal_year: 2024,
          indicator: 'r8_value_added',
          value: null,
          status: 'suppressed',
          ratio: null,
          met: null,
        },
        {
          fiscal_year: 2027,
          indicator: 'r6_consultations',
          value: null,
          status: 'na',
          ratio: null,
          met: null,
        },
      ]);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});
