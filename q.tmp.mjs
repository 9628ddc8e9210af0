import { DuckDBInstance } from '@duckdb/node-api';
const inst = await DuckDBInstance.create(':memory:');
const c = await inst.connect();
await c.run(`ATTACH '${process.argv[2]}' AS p (READ_ONLY)`);
for (const sql of process.argv.slice(3)) {
  const r = await c.runAndReadAll(sql);
  console.log(JSON.stringify(r.getRowObjectsJson()).slice(0, 3000));
}
