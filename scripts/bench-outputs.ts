// What writing the microdata's three published forms costs by itself, beside the floor of
// `npm run bench` (README, benchmarks: the pipeline's ratio to that floor):
//   npx node scripts/bench-outputs.ts [--published data/published] [--in data/sample]
// From a published microdata.parquet, shuffled first (not timed) so that sorting does real
// work, DuckDB with the pipeline's settings writes, through the pipeline's own writers:
//   1. the rows sorted into ZSTD Parquet (the pipeline does this with the k-anonymity join);
//   2. the CSV, one file per fiscal year, each zipped as published;
//   3. the table in a portal.duckdb.
// No reading or checking of the export, no indicator, count or other file is in these.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MICRODATA_TABLE } from './pipeline/disclosure/microdata.ts';
import { openBrowserDb } from './pipeline/publish/browser-db.ts';
import { writeCsv } from './pipeline/publish/csv.ts';
import { ZIP_LEVEL, zipFile } from './pipeline/publish/zip.ts';
import { describeTable, lit, publishedOrder } from './pipeline/publish/layout.ts';
import { PARQUET_OPTIONS } from './pipeline/publish/parquet.ts';
import { openDb } from './pipeline/ingest/stage-db.ts';

const { values } = parseArgs({
  options: {
    published: { type: 'string', default: 'data/published' },
    in: { type: 'string', default: 'data/sample' },
  },
});
const work = mkdtempSync(join(tmpdir(), 'yorozu-bench-outputs-'));
try {
  const floor = spawnSync(
    process.execPath,
    [
      join(import.meta.dirname, 'bench-floor.ts'),
      join(values.in, 'consultations.csv'),
      join(work, 'floor.parquet'),
    ],
    { encoding: 'utf8' },
  );
  if (floor.status !== 0) throw new Error(floor.stderr);
  const floorSeconds = (JSON.parse(floor.stdout) as { seconds: number }).seconds;

  // The pipeline's database and settings; its writers run with insertion order kept.
  const db = await openDb(work);
  const { conn } = db;
  await conn.run('SET preserve_insertion_order = true');
  const shuffled = join(work, 'shuffled.parquet');
  await conn.run(
    `COPY (SELECT * FROM read_parquet(${lit(join(values.published, 'microdata.parquet'))})
       ORDER BY hash(fiscal_year, month, pref_code, topics, industry, random()))
     TO ${lit(shuffled)} (${PARQUET_OPTIONS})`,
  );

  const timed = async (body: () => Promise<void>) => {
    const t = performance.now();
    await body();
    return (performance.now() - t) / 1000;
  };
  const sorted = join(work, 'microdata.parquet');
  const parquet = await timed(async () => {
    await conn.run(
      `COPY (SELECT * FROM read_parquet(${lit(shuffled)}) ORDER BY ${publishedOrder(MICRODATA_TABLE)})
       TO ${lit(sorted)} (${PARQUET_OPTIONS})`,
    );
  });
  await conn.run('CREATE SCHEMA pub');
  await conn.run(`CREATE VIEW pub.microdata AS SELECT * FROM read_parquet(${lit(sorted)})`);
  const months = (
    await conn.runAndReadAll('SELECT DISTINCT month FROM pub.microdata ORDER BY month')
  )
    .getRowObjectsJS()
    .map((r) => String(r.month));
  const layout = await describeTable(conn, {
    ...MICRODATA_TABLE,
    columns: MICRODATA_TABLE.columns.map((c) => (c.name === 'month' ? { ...c, codes: months } : c)),
    presorted: true,
  });
  const years = (
    await conn.runAndReadAll('SELECT DISTINCT fiscal_year FROM pub.microdata ORDER BY 1')
  )
    .getRowObjectsJS()
    .map((r) => Number(r.fiscal_year));
  mkdirSync(join(work, 'out'));
  const csv = await timed(async () => {
    for (const fy of years) {
      const path = join(work, 'out', `m_${fy}.csv`);
      await writeCsv(conn, layout, path, `"fiscal_year" = ${fy}`);
      // published as a ZIP of the CSV (publish/index.ts does the same, overlapped)
      await zipFile(path, `${path}.zip`, `m_${fy}.csv`, ZIP_LEVEL);
    }
  });
  const duckdb = await timed(async () => {
    const browser = await openBrowserDb(conn, join(work, 'out', 'portal.duckdb'));
    await browser.add(layout);
    await browser.close();
  });
  db.close();

  const line = (what: string, s: number) =>
    `${what.padEnd(46)} ${s.toFixed(2)} s  ${(s / floorSeconds).toFixed(1)}× the floor`;
  console.log(
    [
      `rows                                           ${layout.rows.toLocaleString('en')}`,
      line('floor: consultations.csv → Parquet (DuckDB)', floorSeconds),
      line('microdata sorted into ZSTD Parquet', parquet),
      line(`microdata CSV zipped, ${years.length} files (per FY)`, csv),
      line('microdata table in portal.duckdb', duckdb),
      line('the three together', parquet + csv + duckdb),
    ].join('\n'),
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
