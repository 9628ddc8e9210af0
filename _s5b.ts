import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { vocab, codes } from './src/lib/vocab.ts';
const dir = mkdtempSync('/tmp/yorozu-s5-');
const inst = await DuckDBInstance.create(dir + '/x.duckdb', { threads: '2', memory_limit: '1GB', temp_directory: dir + '/spill', preserve_insertion_order: 'false' });
const conn = await inst.connect();
await conn.run(`CREATE VIEW consultations AS SELECT * FROM read_parquet('/work/scratch/ing/consultations.1.parquet')`);
const FY = (d: string) => `(year(${d}) - CASE WHEN month(${d}) < 4 THEN 1 ELSE 0 END)`;
const time = async (name: string, sql: string) => {
  const t = performance.now(); const u = process.cpuUsage();
  const r = await conn.runAndReadAll(sql);
  const c = process.cpuUsage(u);
  console.log(name.padEnd(24), ((performance.now() - t)/1000).toFixed(2), 's', ((c.user+c.system)/1e6).toFixed(2), 'cpu', r.getRows().length < 3 ? JSON.stringify(r.getRowObjectsJS(), (_, v) => typeof v === 'bigint' ? Number(v) : v) : r.getRows().length);
};
const L = (xs: string[]) => `[${xs.map(x => `'${x}'`).join(', ')}]`;
const T = L(codes(vocab.topics)), C = L(codes(vocab.channels));
const bit = (idx: string) => `bit_or(1::UBIGINT << (${idx})::UBIGINT)`;
await time('qi plain', `CREATE OR REPLACE TEMP TABLE q0 AS SELECT ${FY('date')} fy, pref_code, industry, employees_band, legal_form, business_key, count(*)::INTEGER n FROM consultations GROUP BY ALL`);
await time('qi bits', `CREATE OR REPLACE TEMP TABLE disc_qi AS SELECT ${FY('date')} fy, pref_code, industry, employees_band, legal_form, business_key, count(*)::INTEGER n,
  ${bit(`list_position(${T}, topics[1]) - 1`)} AS topic_bits, ${bit(`list_position(${C}, channel) - 1`)} AS channel_bits, ${bit('month(date) - 1')} AS month_bits FROM consultations GROUP BY ALL`);
await time('multi', `CREATE TEMP TABLE disc_multi AS SELECT fy, business_key FROM disc_qi GROUP BY ALL HAVING count(*) > 1`);
await time('counts gs', `CREATE TEMP TABLE cc AS SELECT fy, pref_code, t, ch, m, count(*) n FROM (SELECT ${FY('date')} fy, pref_code, topics[1] t, channel ch, date_trunc('month', date) m FROM consultations) GROUP BY GROUPING SETS ((fy, pref_code, t), (fy, pref_code, ch), (fy, pref_code, m))`);
await time('counts topic', `SELECT fy, pref_code, t, count(*) n FROM (SELECT ${FY('date')} fy, pref_code, topics[1] t FROM consultations) GROUP BY ALL`);
const sums = (col: string, k: number) => Array.from({length: k}, (_, i) => `sum(((${col} >> ${i}) & 1)::INTEGER) AS b${i}`).join(', ');
await time('bit sums all', `SELECT fy, pref_code, ${sums('topic_bits', 22)}, ${sums('channel_bits', 5).replace(/AS b/g, 'AS c')}, ${sums('month_bits', 12).replace(/AS b/g, 'AS m')} FROM disc_qi ANTI JOIN disc_multi USING (fy, business_key) GROUP BY ALL`);
await time('bit sums topic unpivot', `UNPIVOT (SELECT fy, pref_code, ${sums('topic_bits', 22)} FROM disc_qi ANTI JOIN disc_multi USING (fy, business_key) GROUP BY ALL) ON COLUMNS('^b[0-9]+$') INTO NAME k VALUE businesses`);
conn.closeSync(); inst.closeSync(); rmSync(dir, { recursive: true, force: true });
