// Times writePublished on a microdata-sized table (default 4.6M rows; shaped like the
// disclosure.md microdata columns), with the pipeline's database settings.
// Usage: node scripts/pipeline/publish/bench.ts [rows] [work dir]
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePublished } from './index.ts';

const rows = Number(process.argv[2] ?? 4_600_000);
const work = process.argv[3] ?? mkdtempSync(join(tmpdir(), 'publish-bench-'));
mkdirSync(work, { recursive: true });
const instance = await DuckDBInstance.create(join(work, 'bench.duckdb'), {
  threads: '2',
  memory_limit: '1GB',
  temp_directory: join(work, 'spill'),
  preserve_insertion_order: 'false',
});
const conn = await instance.connect();
let t = Date.now();
await conn.run('CREATE SCHEMA pub');
const pick = (list: string[], seed: string) =>
  `(${JSON.stringify(list).replace(/"/g, "'")})[(1 + hash(i * 64 + ${seed}) % ${list.length})::BIGINT]`;
const topics = ['販路開拓', '資金繰り', '事業承継', 'IT活用', '人材', '創業', '=x', '-1'];
await conn.run(
  `CREATE TABLE pub.micro AS SELECT
     (2019 + hash(i * 64 + 1) % 7)::SMALLINT AS fiscal_year,
     printf('%d-%02d', 2019 + hash(i * 64 + 1) % 7, 1 + hash(i * 64 + 2) % 12) AS month,
     lpad((1 + hash(i * 64 + 3) % 47)::VARCHAR, 2, '0') AS pref_code,
     ${pick(topics, '4')} AS primary_topic,
     [${pick(topics, '5')}, ${pick(topics, '6')}][1:(1 + hash(i * 64 + 7) % 2)::BIGINT] AS topics,
     ${pick(['株式会社', '個人事業主', '合同会社', '*'], '8')} AS legal_form,
     ${pick(['1-5', '6-20', '21-50', '51-100', '*'], '9')} AS employees_band,
     chr((65 + hash(i * 64 + 10) % 20)::INTEGER) AS industry,
     ${pick(['来所', '電話', 'オンライン', '出張'], '11')} AS channel,
     ${pick(['初回', '継続', '完了'], '12')} AS phase,
     hash(i * 64 + 13) % 2 = 0 AS issue_resolved,
     hash(i * 64 + 14) % 3 = 0 AS counted_resolved,
     hash(i * 64 + 15) % 5 = 0 AS outcome_confirmed,
     CASE WHEN hash(i * 64 + 16) % 10 = 0 THEN '日本政策金融公庫' END AS referred_to,
     []::VARCHAR[] AS joint_with
   FROM range(${rows}) r(i)`,
);
console.log(`generated ${rows} rows in ${(Date.now() - t) / 1000} s`);
const names = (await conn.runAndReadAll(`DESCRIBE pub.micro`))
  .getRowObjectsJS()
  .map((r) => String(r.column_name));
t = Date.now();
const out = join(work, 'out');
const entries = await writePublished(
  conn,
  [
    {
      name: 'micro',
      title: 'ミクロデータ',
      description: 'bench',
      sortBy: ['fiscal_year', 'pref_code'],
      columns: names.map((name) => ({ name, meaning: name })),
      inBrowserDb: true,
    },
  ],
  out,
);
console.log(`writePublished: ${(Date.now() - t) / 1000} s`);
for (const e of entries) console.log(`  ${e.file}: ${(e.bytes / 2 ** 20).toFixed(1)} MiB`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
conn.closeSync();
instance.closeSync();
if (!process.argv[3]) rmSync(work, { recursive: true, force: true });
