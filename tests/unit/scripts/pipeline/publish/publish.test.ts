import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  writePublished,
  type ManifestFileEntry,
} from '../../../../../scripts/pipeline/publish/index.ts';
import { parseCsvText } from '../../../../../src/lib/csv/parse-text.ts';
import { ManifestSchema, PublishedFileSchema } from '../../../../../src/schemas/manifest.ts';
import type { PublishedTable } from '../../../../../src/schemas/published/table.ts';
import { manifestFixture } from '../../../../helpers/manifest.ts';
import { readZip } from '../../../../helpers/unzip.ts';
import { fixtureDb, FORMULA_TEXTS, TABLES, TRICKY } from './fixture.ts';

let instance: DuckDBInstance;
let conn: DuckDBConnection;
let out: string;
let entries: ManifestFileEntry[];

const rowsOf = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
const csvOf = (name: string) => readFileSync(join(out, `${name}.csv`), 'utf8');

beforeAll(async () => {
  ({ instance, conn } = await fixtureDb());
  out = mkdtempSync(join(tmpdir(), 'publish-'));
  entries = await writePublished(conn, TABLES, out);
});

afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
});

describe('Parquet', () => {
  test('round-trips every table: same rows, described column order, sorted', async () => {
    for (const t of TABLES) {
      const cols = t.columns.map((c) => `"${c.name}"`).join(', ');
      const keys = [
        ...t.sortBy,
        ...t.columns.map((c) => c.name).filter((n) => !t.sortBy.includes(n)),
      ];
      const expected = await rowsOf(
        `SELECT ${cols} FROM pub.${t.name} ORDER BY ${keys.map((k) => `"${k}" NULLS LAST`).join(', ')}`,
      );
      const path = join(out, `${t.name}.parquet`);
      const r = await conn.runAndReadAll(`SELECT * FROM read_parquet('${path}')`);
      expect(r.columnNames()).toEqual(t.columns.map((c) => c.name));
      expect(r.getRowObjectsJson()).toEqual(expected);
    }
  });

  test('is ZSTD-compressed', async () => {
    const r = await rowsOf(
      `SELECT DISTINCT compression FROM parquet_metadata('${join(out, 'micro.parquet')}')`,
    );
    expect(r).toEqual([{ compression: 'ZSTD' }]);
  });

  test('sorts ties by the remaining columns, so the order is reproducible', async () => {
    const r = await rowsOf(
      `SELECT fiscal_year, industry, resolved FROM read_parquet('${join(out, 'micro.parquet')}')`,
    );
    const sorted = [...r].sort((a, b) => {
      for (const k of ['fiscal_year', 'industry', 'resolved'] as const) {
        const x = a[k] as string | number | boolean | null;
        const y = b[k] as string | number | boolean | null;
        if (x === y) continue;
        if (x === null) return 1;
        if (y === null) return -1;
        return x < y ? -1 : 1;
      }
      return 0;
    });
    expect(r).toEqual(sorted);
  });

  test("restores the connection's preserve_insertion_order", async () => {
    expect(await rowsOf(`SELECT current_setting('preserve_insertion_order') AS v`)).toEqual([
      { v: false },
    ]);
  });
});

describe('CSV', () => {
  test('is UTF-8 with a byte order mark and CRLF line ends', () => {
    const bytes = readFileSync(join(out, 'texts.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1, text.indexOf('\n') + 1)).toBe('id,note,code,n,tags,flag,amount,day\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  test('parses back: header, row count, Japanese, comma/quote/newline', () => {
    const rows = parseCsvText(csvOf('texts'));
    expect(rows[0]).toEqual(TABLES[0]!.columns.map((c) => c.name));
    expect(rows).toHaveLength(1 + 11);
    const notes = rows.slice(1).map((r) => r[1]);
    expect(notes).toContain('東京都千代田区');
    expect(notes).toContain(TRICKY);
    expect(rows.every((r) => r.length === 8)).toBe(true);
  });

  test('prefixes formula-like text with a quote, leaves other text and numbers alone', () => {
    const rows = parseCsvText(csvOf('texts')).slice(1);
    const byId = new Map(rows.map((r) => [Number(r[0]), r]));
    // texts were inserted with ids 11, 10, 9, …: FORMULA_TEXTS[i] has id 11 - i
    FORMULA_TEXTS.forEach((text, i) => {
      expect(byId.get(11 - i)![1]).toBe(`'${text}`);
    });
    expect(byId.get(5)![1]).toBe('plain');
    expect(byId.get(11)![2]).toBe("'-5"); // a text code '-5'
    // integer column: negatives stay numbers
    expect(rows.map((r) => r[3])).toEqual([
      '-50',
      '-45',
      '-40',
      '-35',
      '-30',
      '-25',
      '-20',
      '-15',
      '',
      '-5',
      '0',
    ]);
    expect(byId.get(1)![6]).toBe('-12.5'); // DECIMAL
  });

  test('lists are joined with ; (and defused), booleans are 1/0, NULL is empty', () => {
    const rows = parseCsvText(csvOf('texts')).slice(1);
    const byId = new Map(rows.map((r) => [Number(r[0]), r]));
    expect(byId.get(1)![4]).toBe("'=1;b");
    expect(byId.get(2)![4]).toBe('');
    expect(byId.get(3)![4]).toBe("'-a;相談");
    expect(byId.get(4)![4]).toBe('');
    expect(byId.get(11)![5]).toBe('1');
    expect(byId.get(10)![5]).toBe('0');
    expect(byId.get(9)![5]).toBe('');
    expect(byId.get(1)![7]).toBe('2025-04-01');
    // NULL is an empty field, the empty string a quoted one
    expect(csvOf('texts')).toMatch(/\r\n4,,C4,-35,,0,,\r\n5,plain,C5,-30,,1,,\r\n/);
    expect(csvOf('texts')).toMatch(/\r\n1,"",C1,-50,/);
  });

  test('aggregates: sorted by fiscal_year, pref_code; codes keep leading zeros', () => {
    expect(parseCsvText(csvOf('counts'))).toEqual([
      ['fiscal_year', 'pref_code', 'consultations', 'topics'],
      ['2024', '13', '3', ''],
      ['2024', '47', '1200', '事業承継'],
      ['2025', '01', '-1', ''],
      ['2025', '13', '40', '販路開拓;資金繰り'],
    ]);
  });
});

describe('CSV per fiscal year (csvPerFiscalYear)', () => {
  const years = [2020, 2021, 2022, 2023, 2024];
  test('one ZIP per year holding its CSV, no <name>.csv; together every row once in published order', async () => {
    expect(existsSync(join(out, 'micro.csv'))).toBe(false);
    const parts = years.map((fy) => {
      // Only the archive is left: the CSV it was made from is removed.
      expect(existsSync(join(out, `micro_fy${fy}.csv`))).toBe(false);
      const members = readZip(join(out, `micro_fy${fy}.csv.zip`));
      expect(members.map((m) => m.name)).toEqual([`micro_fy${fy}.csv`]);
      const text = members[0]!.data.toString('utf8');
      expect(text.startsWith('\ufefffiscal_year,industry,resolved\r\n')).toBe(true);
      const [header, ...rows] = parseCsvText(text);
      expect(header).toEqual(['fiscal_year', 'industry', 'resolved']);
      expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([String(fy)]));
      return rows;
    });
    const expected = await rowsOf(
      `SELECT fiscal_year::VARCHAR AS fy, coalesce(industry, '') AS ind,
         resolved::INTEGER::VARCHAR AS res
       FROM pub.micro ORDER BY fiscal_year, industry NULLS LAST, resolved NULLS LAST`,
    );
    expect(parts.flat()).toEqual(expected.map((r) => [r.fy, r.ind, r.res]));
  });
});

describe('JSON', () => {
  test('only for tables flagged json: an array of rows, numbers as numbers', () => {
    expect(existsSync(join(out, 'json', 'texts.json'))).toBe(false);
    const rows = JSON.parse(readFileSync(join(out, 'json', 'counts.json'), 'utf8'));
    expect(rows).toEqual([
      { fiscal_year: 2024, pref_code: '13', consultations: 3, topics: [] },
      { fiscal_year: 2024, pref_code: '47', consultations: 1200, topics: ['事業承継'] },
      { fiscal_year: 2025, pref_code: '01', consultations: -1, topics: null },
      { fiscal_year: 2025, pref_code: '13', consultations: 40, topics: ['販路開拓', '資金繰り'] },
    ]);
  });
});

describe('manifest entries', () => {
  test('one per file (per table for portal.duckdb), with true bytes, sha256 and rows', async () => {
    expect(entries.map((e) => `${e.format}:${e.file}:${e.table}`)).toEqual([
      'parquet:texts.parquet:texts',
      'csv:texts.csv:texts',
      'parquet:counts.parquet:counts',
      'csv:counts.csv:counts',
      'json:json/counts.json:counts',
      'parquet:micro.parquet:micro',
      ...[2020, 2021, 2022, 2023, 2024].map((fy) => `csv:micro_fy${fy}.csv.zip:micro`),
      'duckdb:portal.duckdb:counts',
      'duckdb:portal.duckdb:micro',
    ]);
    for (const e of entries) {
      const bytes = readFileSync(join(out, e.file));
      expect(e.bytes).toBe(statSync(join(out, e.file)).size);
      expect(e.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      const fy = /_fy(\d{4})\.csv\.zip$/.exec(e.file)?.[1];
      // An archive says what it holds: the member's name, true size and SHA-256.
      if (fy) {
        const [member] = readZip(bytes);
        expect(e.archive).toEqual({
          type: 'zip',
          file: `micro_fy${fy}.csv`,
          bytes: member!.data.length,
          sha256: createHash('sha256').update(member!.data).digest('hex'),
        });
      } else expect(e.archive).toBeUndefined();
      const n = await rowsOf(
        `SELECT count(*)::INTEGER AS n FROM pub.${e.table}${fy ? ` WHERE fiscal_year = ${fy}` : ''}`,
      );
      expect(e.rows).toBe(n[0]!.n);
    }
    expect(entries.find((e) => e.table === 'texts')!.columns[4]).toEqual({
      name: 'tags',
      type: 'VARCHAR[]',
      meaning: 'タグ',
    });
  });

  test("validate against the site's manifest schema", () => {
    expect(() => PublishedFileSchema.array().parse(entries)).not.toThrow();
    const manifest = manifestFixture({ inputs: ['x'], published: entries });
    expect(ManifestSchema.parse(manifest).published).toHaveLength(entries.length);
  });
});

describe('reproducibility', () => {
  test('the same tables give byte-identical Parquet, CSV and JSON', async () => {
    const again = await writePublished(conn, TABLES, mkdtempSync(join(tmpdir(), 'publish-')));
    const digests = (list: ManifestFileEntry[]) =>
      list.filter((e) => e.format !== 'duckdb').map((e) => `${e.file} ${e.sha256}`);
    expect(digests(again)).toEqual(digests(entries));
  });
});

describe('the description must match the table', () => {
  test('an undescribed column, a missing column or a bad sortBy is refused', async () => {
    const texts = TABLES[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'publish-bad-'));
    await expect(
      writePublished(conn, [{ ...texts, columns: texts.columns.slice(1) }], dir),
    ).rejects.toThrow(/columns not described: id/);
    await expect(
      writePublished(
        conn,
        [{ ...texts, columns: [...texts.columns, { name: 'business_key', meaning: '' }] }],
        dir,
      ),
    ).rejects.toThrow(/missing from the table: business_key/);
    await expect(writePublished(conn, [{ ...texts, sortBy: ['nope'] }], dir)).rejects.toThrow(
      /sortBy column 'nope'/,
    );
    await expect(writePublished(conn, [{ ...texts, name: 'no_such' }], dir)).rejects.toThrow(
      /no table pub.no_such/,
    );
    // per-year CSVs are slices of the published order only when it starts with the year
    const counts = TABLES.find((t) => t.name === 'counts')!;
    await expect(
      writePublished(conn, [{ ...counts, sortBy: ['pref_code'], csvPerFiscalYear: true }], dir),
    ).rejects.toThrow(/csvPerFiscalYear needs fiscal_year first in sortBy/);
  });

  test("a column whose DuckDB type is not the contract's is refused", async () => {
    const texts = TABLES[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'publish-bad-'));
    const typed = (type: string) => texts.columns.map((c) => (c.name === 'n' ? { ...c, type } : c));
    await expect(
      writePublished(conn, [{ ...texts, columns: typed('VARCHAR') }], dir),
    ).rejects.toThrow(/column 'n' is INTEGER, the contract says VARCHAR/);
    await expect(
      writePublished(conn, [{ ...texts, columns: typed('INTEGER') }], join(dir, 'ok')),
    ).resolves.toHaveLength(2);
  });
});

describe('a table whose stage wrote its own Parquet file', () => {
  test('the file is copied as it is; the other files are written from its view', async () => {
    // row groups of 2 rows: a writer encoding the rows again would not make these bytes
    const counts = TABLES.find((t) => t.name === 'counts')!;
    const dir = mkdtempSync(join(tmpdir(), 'publish-own-'));
    const own = join(dir, 'own.parquet');
    await conn.run(
      `COPY (SELECT fiscal_year, pref_code, consultations, topics FROM pub.counts
         ORDER BY fiscal_year, pref_code, consultations, topics) TO '${own}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2)`,
    );
    await conn.run(`CREATE VIEW pub.counts_own AS SELECT * FROM read_parquet('${own}')`);
    const table = { ...counts, name: 'counts_own', presorted: true, parquetFile: own };
    const out2 = join(dir, 'out');
    await writePublished(conn, [table], out2);
    expect(readFileSync(join(out2, 'counts_own.parquet'))).toEqual(readFileSync(own));
    expect(readFileSync(join(out2, 'counts_own.csv'), 'utf8').slice(1)).toEqual(
      csvOf('counts').slice(1),
    );
  });

  test('is refused unless its columns are the described ones, in order, and presorted', async () => {
    const counts = TABLES.find((t) => t.name === 'counts')!;
    const dir = mkdtempSync(join(tmpdir(), 'publish-own-bad-'));
    const own = join(dir, 'own.parquet');
    await conn.run(
      `COPY (SELECT pref_code, fiscal_year, consultations, topics FROM pub.counts) TO '${own}' (FORMAT parquet)`,
    );
    await conn.run(`CREATE VIEW pub.counts_swapped AS SELECT * FROM read_parquet('${own}')`);
    const swapped = { ...counts, name: 'counts_swapped', presorted: true, parquetFile: own };
    await expect(writePublished(conn, [swapped], join(dir, 'a'))).rejects.toThrow(
      /does not have the described columns in order/,
    );
    await expect(
      writePublished(conn, [{ ...swapped, presorted: false }], join(dir, 'b')),
    ).rejects.toThrow(/parquetFile without presorted/);
  });
});

describe('columns of codes (PublishedColumn.codes)', () => {
  const coded: PublishedTable = {
    name: 'coded',
    title: 'コード',
    description: 'コード列の検査用。',
    sortBy: ['pref_code'],
    columns: [
      { name: 'pref_code', meaning: '都道府県コード', codes: ['47', '01', '13'] },
      { name: 'tags', meaning: 'タグ', codes: ['b', 'a'] },
      { name: 'risky', meaning: '式に見えるコード', codes: ['-x', 'y'] },
    ],
    inBrowserDb: true,
  };
  beforeAll(async () => {
    await conn.run(
      `CREATE TABLE pub.coded AS SELECT * FROM (VALUES ('13', ['b', 'a'], '-x'),
         ('01', []::VARCHAR[], 'y'), ('47', NULL, NULL)) v(pref_code, tags, risky)`,
    );
  });

  test('are ENUMs in portal.duckdb, declared in text order; the manifest says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-codes-'));
    const written = await writePublished(conn, [coded], dir);
    const db = written.find((e) => e.format === 'duckdb')!;
    expect(db.columns.map((c) => c.type)).toEqual([
      "ENUM('01', '13', '47')",
      "ENUM('a', 'b')[]",
      "ENUM('-x', 'y')",
    ]);
    expect(written.find((e) => e.format === 'parquet')!.columns.map((c) => c.type)).toEqual([
      'VARCHAR',
      'VARCHAR[]',
      'VARCHAR',
    ]);
    await conn.run(`ATTACH '${join(dir, 'portal.duckdb')}' AS codes_db (READ_ONLY)`);
    try {
      // sorted and compared like the text, also against values outside the codes
      expect(
        await rowsOf(
          `SELECT pref_code::VARCHAR AS p, pref_code > '02' AS after, pref_code = '99' AS odd
           FROM codes_db.coded ORDER BY pref_code`,
        ),
      ).toEqual([
        { p: '01', after: false, odd: false },
        { p: '13', after: true, odd: false },
        { p: '47', after: true, odd: false },
      ]);
    } finally {
      await conn.run('DETACH codes_db');
    }
    // '-x' is one of the codes, so that column is still defused; the others are written as is
    const csv = readFileSync(join(dir, 'coded.csv'), 'utf8');
    expect(csv).toContain("\r\n13,b;a,'-x\r\n");
    expect(csv).toContain('\r\n01,"",y\r\n');
  });

  test('a value outside the codes stops the writer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-codes-bad-'));
    const narrow = {
      ...coded,
      columns: coded.columns.map((c) => (c.name === 'pref_code' ? { ...c, codes: ['01'] } : c)),
    };
    await expect(writePublished(conn, [narrow], dir)).rejects.toThrow(
      /Could not convert string '13' to UINT8/,
    );
  });

  test('need a text column and the browser database (whose ENUM cast checks them)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'publish-codes-refused-'));
    await expect(writePublished(conn, [{ ...coded, inBrowserDb: false }], dir)).rejects.toThrow(
      /codes need inBrowserDb/,
    );
    const counts = TABLES.find((t) => t.name === 'counts')!;
    const numeric = {
      ...counts,
      columns: counts.columns.map((c) => (c.name === 'consultations' ? { ...c, codes: ['1'] } : c)),
    };
    await expect(writePublished(conn, [numeric], dir)).rejects.toThrow(
      /column 'consultations' has codes but is not VARCHAR/,
    );
  });
});
