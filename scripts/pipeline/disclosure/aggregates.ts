// Aggregate tables of consultations and distinct businesses per fiscal year, centre (and
// the nation, `00`) and one category, with small-count and complementary suppression
// (disclosure.md, "Aggregate tables"; the algorithm is in suppression.ts).
//
// Counting and primary suppression are SQL; the complementary step runs in JS on the cells
// (a few thousand per table, not rows) and writes back which cells to hide. Businesses are
// counted from BASE (base.ts): by its columns (industry, employees band) or by the bit
// masks of the categories a business's consultations fell in (topic, channel, month).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DisclosureSummary } from '../../../src/schemas/manifest.ts';
import { codes, vocab } from '../../../src/lib/vocab.ts';
import { CONSULTATIONS_BY } from '../../../src/schemas/published/consultations-by.ts';
import { MIN_BUSINESSES, TOTAL } from '../../../src/schemas/published/disclosure-rules.ts';
import { NATION_CODE } from '../../../src/schemas/codes.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { buildAgencyAggregate } from './agencies.ts';
import { BASE, bitsColumn, type BitCategory } from './base.ts';
import { countOf, fiscalYear, listLit, query, yearMonth } from './sql.ts';
import { suppress, type Cell } from './suppression.ts';

export { TOTAL };

/** What disclosure control did to one aggregate table (manifest.json: disclosure). */
export type AggregateSummary = DisclosureSummary['aggregates'][string];

interface AggregateSpec {
  name: string;
  /** the table in the contract (src/schemas/published/consultations-by.ts) */
  table: PublishedTable;
  /** the category column */
  column: string;
  /**
   * null: a column of BASE. Otherwise the category of a consultation (SQL over its columns,
   * no alias) and its bit in BASE (bit.column is this spec's column).
   */
  expr: { value: string; bit: BitCategory } | null;
  /** SQL turning the counted category `cat` into the published value, if not as is */
  display?: string;
}

export const AGGREGATES: AggregateSpec[] = [
  {
    name: CONSULTATIONS_BY.topic.name,
    table: CONSULTATIONS_BY.topic,
    column: 'topic',
    expr: {
      value: 'topics[1]',
      bit: {
        column: 'topic',
        index: `list_position(${listLit(codes(vocab.topics))}, topics[1]) - 1`,
        width: vocab.topics.length,
      },
    },
  },
  {
    name: CONSULTATIONS_BY.industry.name,
    table: CONSULTATIONS_BY.industry,
    column: 'industry',
    expr: null,
  },
  {
    name: CONSULTATIONS_BY.employees_band.name,
    table: CONSULTATIONS_BY.employees_band,
    column: 'employees_band',
    expr: null,
  },
  {
    name: CONSULTATIONS_BY.channel.name,
    table: CONSULTATIONS_BY.channel,
    column: 'channel',
    expr: {
      value: 'channel',
      bit: {
        column: 'channel',
        index: `list_position(${listLit(codes(vocab.channels))}, channel) - 1`,
        width: vocab.channels.length,
      },
    },
  },
  {
    name: CONSULTATIONS_BY.month.name,
    table: CONSULTATIONS_BY.month,
    column: 'month',
    // Counted by the first of the month (cheap), published as YYYY-MM. A fiscal year's
    // months are 12 distinct calendar months.
    expr: {
      value: `date_trunc('month', date)`,
      bit: { column: 'month', index: 'month(date) - 1', width: 12 },
    },
    display: yearMonth('cat'),
  },
];

/** The categories BASE must carry bit masks for. */
export const BIT_CATEGORIES: BitCategory[] = AGGREGATES.flatMap((a) =>
  a.expr ? [a.expr.bit] : [],
);

export async function buildAggregates(
  conn: DuckDBConnection,
): Promise<{ tables: PublishedTable[]; summary: Record<string, AggregateSummary> }> {
  // Businesses with more than one row of BASE in a fiscal year (several centres, or several
  // quasi-identifier combinations): the only ones a sum over BASE rows could count twice.
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_multi AS
    SELECT fy, business_key FROM ${BASE} GROUP BY ALL HAVING count(*) > 1`);
  // Totals are the same in every table: one count, shared.
  await conn.run(`
    CREATE OR REPLACE TEMP TABLE disc_totals AS
    ${perCentreAndNation(`SELECT fy, pref_code, NULL AS cat, business_key, sum(n) AS n FROM ${BASE} GROUP BY ALL`)}`);

  const tables: PublishedTable[] = [];
  const summary: Record<string, AggregateSummary> = {};
  for (const spec of AGGREGATES) {
    const counted =
      spec.expr === null
        ? perCentreAndNation(`SELECT fy, pref_code, ${spec.column} AS cat, business_key, sum(n) AS n
           FROM ${BASE} GROUP BY ALL`)
        : fromBits(spec.expr.value, spec.expr.bit);
    await conn.run(`
      CREATE OR REPLACE TEMP TABLE disc_cells AS
      SELECT row_number() OVER (ORDER BY fy, pref_code, cat NULLS LAST)::INTEGER AS id,
        fy, pref_code, ${spec.display ?? 'cat'} AS cat, consultations, businesses
      FROM (${counted})`);
    // Every cell comes from at least one consultation, so from at least one business.
    const empty = await countOf(
      conn,
      `SELECT count(*) AS n FROM disc_cells WHERE coalesce(businesses, 0) < 1`,
    );
    if (empty > 0) throw new Error(`${spec.name}: ${empty} cell(s) without a business`);
    const cells = await query<{
      id: number;
      fy: number;
      pref_code: string;
      cat: string | null;
      consultations: number;
      businesses: number;
    }>(conn, 'SELECT * FROM disc_cells ORDER BY id');
    const result = suppress(
      cells.map((c): Cell => ({
        fiscalYear: c.fy,
        pref: c.pref_code,
        category: c.cat,
        consultations: c.consultations,
        businesses: c.businesses,
      })),
    );
    const hidden = cells.filter((_, i) => result.status[i] !== 'ok');
    await conn.run('CREATE OR REPLACE TEMP TABLE disc_hidden (id INTEGER)');
    for (let i = 0; i < hidden.length; i += 1000) {
      const ids = hidden.slice(i, i + 1000).map((c) => `(${Math.trunc(c.id)})`);
      await conn.run(`INSERT INTO disc_hidden VALUES ${ids.join(', ')}`);
    }
    const count = (s: string) => result.status.filter((x) => x === s).length;

    const col = `"${spec.column}"`;
    await conn.run(`
      CREATE OR REPLACE TABLE pub.${spec.name} AS
      WITH cells AS (
        SELECT fy, pref_code, cat, consultations, businesses,
          id IN (SELECT id FROM disc_hidden) AS hidden
        FROM disc_cells
        UNION ALL
        SELECT fy, pref_code, '${TOTAL}', consultations, businesses,
          businesses < ${MIN_BUSINESSES}
        FROM disc_totals)
      SELECT fy AS fiscal_year, pref_code, cat AS ${col},
        CASE WHEN hidden THEN NULL ELSE consultations END AS consultations,
        CASE WHEN hidden THEN NULL ELSE businesses END AS businesses,
        CASE WHEN hidden THEN 'suppressed' ELSE 'ok' END AS status
      FROM cells
      ORDER BY fiscal_year, pref_code, ${col} NULLS LAST`);

    const [counts] = await query<{ cells: number; totals: number }>(
      conn,
      `SELECT (SELECT count(*) FROM pub.${spec.name})::INTEGER AS cells,
        (SELECT count(*) FROM disc_totals WHERE businesses < ${MIN_BUSINESSES})::INTEGER AS totals`,
    );
    summary[spec.name] = {
      cells: counts!.cells,
      suppressed_primary: count('primary') + counts!.totals,
      suppressed_complementary: count('complementary'),
      exposed_by_totals: result.exposedByTotals + counts!.totals,
    };
    tables.push(spec.table);
  }
  const agencies = await buildAgencyAggregate(conn, perCentreAndNation);
  tables.push(agencies.table);
  summary[agencies.table.name] = agencies.summary;
  await conn.run('DROP TABLE disc_cells');
  await conn.run('DROP TABLE disc_hidden');
  await conn.run('DROP TABLE disc_totals');
  await conn.run('DROP TABLE disc_multi');
  return { tables, summary };
}

/**
 * Cells per (fy, pref_code, cat) and for the nation per (fy, cat), from `pairs`: one row
 * per (fy, pref_code, cat, business_key) with its consultations n. A business is counted
 * once in the nation even when it went to several centres: the nation's businesses are the
 * centres' sum less, for each business seen at k > 1 centres in that cell, k − 1. Only the
 * few businesses in disc_multi can be such (a distinct count over all pairs costs twice
 * as much).
 */
function perCentreAndNation(pairs: string): string {
  return `
    WITH p AS MATERIALIZED (${pairs}),
    centre AS MATERIALIZED (
      SELECT fy, pref_code, cat, sum(n)::INTEGER AS consultations, count(*)::INTEGER AS businesses
      FROM p GROUP BY ALL),
    twice AS (
      SELECT fy, cat, count(*) - count(DISTINCT business_key) AS extra
      FROM p SEMI JOIN disc_multi USING (fy, business_key) GROUP BY ALL)
    SELECT * FROM centre
    UNION ALL
    SELECT c.fy, '${NATION_CODE}', c.cat, sum(c.consultations)::INTEGER,
      (sum(c.businesses) - coalesce(any_value(t.extra), 0))::INTEGER
    FROM centre c LEFT JOIN twice t ON t.fy = c.fy AND t.cat IS NOT DISTINCT FROM c.cat
    GROUP BY c.fy, c.cat`;
}

/**
 * Cells per (fy, pref_code, cat) and for the nation per (fy, cat) of a category with a bit
 * mask in BASE. Consultations are counted from the consultations (small groups). Businesses:
 * one not in disc_multi has a single BASE row in its fiscal year, so it is counted by adding
 * up bits, once at its centre and once in the nation; the few in disc_multi are counted
 * exactly, as distinct (category, business) pairs.
 */
function fromBits(value: string, bit: BitCategory): string {
  const mask = bitsColumn(bit);
  const sums = Array.from(
    { length: bit.width },
    (_, i) => `sum(((${mask} >> ${i}) & 1)::INTEGER) AS b${i}`,
  ).join(', ');
  return `
    WITH n AS MATERIALIZED (
      SELECT ${fiscalYear('date')} AS fy, pref_code, ${value} AS cat, (${bit.index})::INTEGER AS idx,
        count(*)::INTEGER AS consultations
      FROM consultations GROUP BY ALL),
    single_wide AS (
      SELECT fy, pref_code, ${sums}
      FROM ${BASE} ANTI JOIN disc_multi USING (fy, business_key) GROUP BY ALL),
    single AS MATERIALIZED (
      SELECT fy, pref_code, substr(k, 2)::INTEGER AS idx, b::INTEGER AS b
      FROM (UNPIVOT single_wide ON COLUMNS('^b[0-9]+$') INTO NAME k VALUE b)),
    multi AS MATERIALIZED (
      SELECT DISTINCT q.fy, q.pref_code, r.i::INTEGER AS idx, q.business_key
      FROM (SELECT * FROM ${BASE} SEMI JOIN disc_multi USING (fy, business_key)) q
      CROSS JOIN range(0, ${bit.width}) r(i)
      WHERE (q.${mask} >> r.i::UBIGINT) & 1 = 1),
    centre_b AS (
      SELECT fy, pref_code, idx, sum(b)::INTEGER AS b FROM (
        SELECT fy, pref_code, idx, b FROM single
        UNION ALL SELECT fy, pref_code, idx, count(*)::INTEGER FROM multi GROUP BY ALL)
      GROUP BY ALL),
    nation_b AS (
      SELECT fy, idx, sum(b)::INTEGER AS b FROM (
        SELECT fy, idx, b FROM single
        UNION ALL SELECT fy, idx, count(DISTINCT business_key)::INTEGER FROM multi GROUP BY ALL)
      GROUP BY ALL)
    SELECT n.fy, n.pref_code, n.cat, n.consultations, c.b AS businesses
    FROM n LEFT JOIN centre_b c USING (fy, pref_code, idx)
    UNION ALL
    SELECT n.fy, '${NATION_CODE}', n.cat, sum(n.consultations)::INTEGER, any_value(x.b)
    FROM n LEFT JOIN nation_b x USING (fy, idx)
    GROUP BY n.fy, n.cat`;
}
