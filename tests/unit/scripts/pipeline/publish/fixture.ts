// Small `pub` tables built to break the writers: formula-like text, a negative number next
// to a text code '-5', lists, NULLs, Japanese, a cell with comma, quote and line break.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { PublishedTable } from '../../../../../src/schemas/published/table.ts';

export const FORMULA_TEXTS = ['=SUM(A1)', '+81', '-x', '@me', '\tTab', '\rCR'];
export const TRICKY = 'カンマ, "引用" と\n改行';

export const TABLES: PublishedTable[] = [
  {
    name: 'texts',
    title: 'テキスト検査',
    description: '書式の検査用。',
    sortBy: ['id'],
    // described order differs from the table's: files follow the description
    columns: [
      { name: 'id', meaning: '番号' },
      { name: 'note', meaning: '自由記述' },
      { name: 'code', meaning: 'コード（文字列）' },
      { name: 'n', meaning: '件数（負もある）' },
      { name: 'tags', meaning: 'タグ' },
      { name: 'flag', meaning: '真偽' },
      { name: 'amount', meaning: '金額（千円）' },
      { name: 'day', meaning: '日付' },
    ],
    inBrowserDb: false,
  },
  {
    name: 'counts',
    title: '件数',
    description: '年度・都道府県別の件数。',
    sortBy: ['fiscal_year', 'pref_code'],
    columns: [
      { name: 'fiscal_year', meaning: '年度' },
      { name: 'pref_code', meaning: '都道府県コード' },
      { name: 'consultations', meaning: '相談件数' },
      { name: 'topics', meaning: '相談分野' },
    ],
    inBrowserDb: true,
    json: true,
  },
  {
    name: 'micro',
    title: 'ミクロデータ',
    description: '相談ごとの行。',
    sortBy: ['fiscal_year'],
    columns: [
      { name: 'fiscal_year', meaning: '年度' },
      { name: 'industry', meaning: '業種' },
      { name: 'resolved', meaning: '解決' },
    ],
    inBrowserDb: true,
    csvPerFiscalYear: true,
  },
];

export async function fixtureDb(): Promise<{
  instance: DuckDBInstance;
  conn: DuckDBConnection;
}> {
  // like the pipeline's openDb: insertion order off while loading
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '2',
    preserve_insertion_order: 'false',
  });
  const conn = await instance.connect();
  await conn.run('CREATE SCHEMA pub');
  await conn.run(
    `CREATE TABLE pub.texts (code VARCHAR, id INTEGER, note VARCHAR, n INTEGER, tags VARCHAR[],
       flag BOOLEAN, amount DECIMAL(8,1), day DATE)`,
  );
  const notes = [...FORMULA_TEXTS, 'plain', null, '東京都千代田区', TRICKY, ''];
  for (const [i, note] of notes.entries()) {
    const id = notes.length - i; // inserted in reverse: the writer must sort
    await conn.run(
      `INSERT INTO pub.texts VALUES ($code, $id, $note, $n, $tags, $flag, $amount, $day)`,
      {
        code: i === 0 ? '-5' : i === 1 ? null : `C${id}`,
        id,
        note,
        n: i === 2 ? null : -5 * i,
        tags: null,
        flag: i % 3 === 0 ? true : i % 3 === 1 ? false : null,
        amount: null,
        day: null,
      },
    );
  }
  await conn.run(
    `UPDATE pub.texts SET tags = ['=1', 'b'], amount = -12.5, day = DATE '2025-04-01' WHERE id = 1`,
  );
  await conn.run(`UPDATE pub.texts SET tags = [] WHERE id = 2`);
  await conn.run(`UPDATE pub.texts SET tags = ['-a', '相談'] WHERE id = 3`);
  await conn.run(
    `CREATE TABLE pub.counts AS SELECT * FROM (VALUES
       (2025, '13', 40, ['販路開拓', '資金繰り']), (2024, '13', 3, []::VARCHAR[]),
       (2025, '01', -1, NULL), (2024, '47', 1200, ['事業承継']))
     v(fiscal_year, pref_code, consultations, topics)`,
  );
  await conn.run(
    `CREATE TABLE pub.micro AS SELECT (2020 + i % 5)::SMALLINT AS fiscal_year,
       CASE WHEN i % 7 = 0 THEN NULL ELSE chr((65 + (i * 7919) % 20)::INTEGER) END AS industry,
       i % 3 = 0 AS resolved
     FROM range(5000) r(i)`,
  );
  return { instance, conn };
}
