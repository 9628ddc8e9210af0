// pub.lineage (disclosure.md, "Lineage: every number back to its rows"): the per fiscal
// year and centre counts microdata.ts made (disc_counts), and the nation's (`00`) as their
// sums. The identity consultations_in = microdata_rows + microdata_withheld is checked
// before anything is published.
import type { DuckDBConnection } from '@duckdb/node-api';
import { NATION_CODE } from '../../../src/schemas/codes.ts';
import { LINEAGE_TABLE } from '../../../src/schemas/published/lineage.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { countOf } from './sql.ts';

export async function buildLineage(conn: DuckDBConnection): Promise<PublishedTable> {
  await conn.run(`
    CREATE OR REPLACE TABLE pub.${LINEAGE_TABLE.name} AS
    WITH centres AS (
      SELECT fiscal_year, pref_code, consultations AS consultations_in,
        rows_published AS microdata_rows, rows_generalised_any AS microdata_generalised,
        rows_withheld AS microdata_withheld
      FROM disc_counts)
    SELECT * FROM (
      SELECT * FROM centres
      UNION ALL
      SELECT fiscal_year, '${NATION_CODE}', sum(consultations_in)::INTEGER,
        sum(microdata_rows)::INTEGER, sum(microdata_generalised)::INTEGER,
        sum(microdata_withheld)::INTEGER
      FROM centres GROUP BY fiscal_year)
    ORDER BY fiscal_year, pref_code`);
  await conn.run('DROP TABLE disc_counts');
  const broken = await countOf(
    conn,
    `SELECT count(*) AS n FROM pub.${LINEAGE_TABLE.name}
     WHERE consultations_in <> microdata_rows + microdata_withheld
       OR microdata_generalised > microdata_rows`,
  );
  if (broken > 0) throw new Error(`lineage: ${broken} row(s) do not add up`);
  return LINEAGE_TABLE;
}
