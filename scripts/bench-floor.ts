// The floor for `npm run bench`: DuckDB alone reading consultations.csv with explicit
// columns and writing ZSTD Parquet. Prints {seconds, cpuSeconds, rows} as JSON.
import { DuckDBInstance } from '@duckdb/node-api';
import { CSV_FILES } from '../src/schemas/index.ts';

const [csv, out] = process.argv.slice(2) as [string, string];
// Typed as the schema types them (lists stay text), as a careful hand-written load would be.
const columns = CSV_FILES.find((f) => f.table === 'consultations')!
  .columns.map((c) => `'${c.name}': '${c.meta.sql === 'VARCHAR[]' ? 'VARCHAR' : c.meta.sql}'`)
  .join(', ');
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const conn = await instance.connect();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
await conn.run(
  `COPY (SELECT * FROM read_csv('${csv}', header = true, auto_detect = false, columns = {${columns}}))
   TO '${out}' (FORMAT parquet, COMPRESSION zstd)`,
);
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const r = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM '${out}'`);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    rows: Number(r.getRowObjectsJS()[0]!.n),
  }),
);
