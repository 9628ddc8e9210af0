// Test helpers for disclosure control: the ingest's normalised tables built directly in an
// in-memory DuckDB (column types from the schemas, as the ingest makes them), from JS rows
// or from the contract's example export run through the ingest's own readers.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSV_FILES } from '../../../../../src/schemas/index.ts';
import { type ColumnMeta } from '../../../../../src/schemas/fields.ts';
import { codes, vocab } from '../../../../../src/lib/vocab.ts';
import { formatProblem } from '../../../../../src/lib/validation.ts';
import {
  applyDisclosure,
  type DisclosureSummary,
} from '../../../../../scripts/pipeline/disclosure/index.ts';
import { ingest, MARKDOWN_FILES } from '../../../../../scripts/pipeline/ingest/index.ts';
import { markdownTableColumns } from '../../../../../scripts/pipeline/ingest/read-front-matter.ts';
import { rows } from '../../../../../scripts/pipeline/ingest/stage-db.ts';
import { silentEffects } from '../../../../../scripts/lib/effects.ts';

export const TOPICS = codes(vocab.topics);
export const INDUSTRIES = codes(vocab.industries);
export const BANDS = codes(vocab.employeeBands);
export const FORMS = codes(vocab.legalForms);
export const CHANNELS = codes(vocab.channels);
export const AGENCIES = codes(vocab.agencies);
export const PRESTARTUP = FORMS.find((f) => f === 'prestartup')!;
export const CORP = FORMS[0]!;

type Columns = { name: string; meta: ColumnMeta }[];

/** Columns of every normalised table, from the schemas (as the ingest types them). */
export const TABLE_COLUMNS: Record<string, Columns> = Object.fromEntries([
  ...CSV_FILES.map((f) => [f.table, f.columns]),
  ...MARKDOWN_FILES.map((spec) => [spec.folder, markdownTableColumns(spec)]),
]);

/** A database and a scratch directory for disclosure's intermediate files. */
export interface TestDb {
  conn: DuckDBConnection;
  scratch: string;
  close: () => void;
}

export async function openDb(): Promise<TestDb> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
  const conn = await instance.connect();
  const scratch = mkdtempSync(join(tmpdir(), 'yorozu-disclosure-'));
  return {
    conn,
    scratch,
    close: () => {
      conn.closeSync();
      instance.closeSync();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function sqlValue(v: unknown, type: ColumnMeta['sql']): string {
  if (v === null || v === undefined) return `NULL::${type}`;
  if (type === 'VARCHAR[]') return `[${(v as string[]).map(lit).join(', ')}]::VARCHAR[]`;
  if (type === 'BOOLEAN') return v ? 'TRUE' : 'FALSE';
  if (type === 'DATE') return `DATE ${lit(String(v))}`;
  if (type === 'INTEGER' || type === 'BIGINT') return String(Math.trunc(Number(v)));
  return lit(String(v));
}

export type Row = Record<string, unknown>;

/** A fresh database with `data` as its normalised tables and disclosure control applied. */
export async function disclose(
  data: Partial<Record<string, Row[]>>,
): Promise<{ db: TestDb; summary: DisclosureSummary }> {
  const db = await openDb();
  try {
    await createTables(db.conn, data);
    return { db, summary: (await applyDisclosure(db.conn, db.scratch)).summary };
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Creates every normalised table (`_src, _line` first, then the schema's columns); tables
 * not given are created empty. Missing columns of a row are NULL (lists: empty).
 */
export async function createTables(
  conn: DuckDBConnection,
  data: Partial<Record<string, Row[]>>,
): Promise<void> {
  for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
    const defs = columns.map((c) => `"${c.name}" ${c.meta.sql}`);
    await conn.run(
      `CREATE OR REPLACE TABLE "${table}" (_src INTEGER, _line INTEGER, ${defs.join(', ')})`,
    );
    const rows = data[table] ?? [];
    for (let i = 0; i < rows.length; i += 500) {
      const values = rows.slice(i, i + 500).map((row, j) => {
        const cells = columns.map((c) =>
          sqlValue(row[c.name] ?? (c.meta.sql === 'VARCHAR[]' ? [] : null), c.meta.sql),
        );
        return `(0, ${i + j + 2}, ${cells.join(', ')})`;
      });
      await conn.run(`INSERT INTO "${table}" VALUES ${values.join(',\n')}`);
    }
  }
}

let nextId = 0;
/** A consultation with plain defaults (a corp in Tokyo, FY2024). */
export function consultation(o: Row & { business_key: string }): Row {
  return {
    consultation_id: `C${++nextId}`,
    date: '2024-06-01',
    pref_code: '13',
    co_id: null,
    legal_form: CORP,
    employees_band: BANDS[2],
    industry: INDUSTRIES[4],
    topics: [TOPICS[0]],
    channel: CHANNELS[0],
    minutes: 60,
    phase: 1,
    issue_resolved: false,
    outcome_confirmed: false,
    referred_to: [],
    joint_with: [],
    ...o,
  };
}

export function coordinator(o: Row & { co_id: string }): Row {
  return {
    pref_code: '13',
    role: 'CO',
    display_name: o.publish_consent === false ? null : `名前 ${o.co_id}`,
    publish_consent: true,
    qualifications: [],
    specialties: [TOPICS[0]],
    industries: [],
    online: false,
    languages: ['ja'],
    bio: `紹介 ${o.co_id}`,
    joined: '2020-04',
    left: null,
    ...o,
  };
}

/** A deterministic pseudo-random generator (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function all<T = Row>(conn: DuckDBConnection, sql: string): Promise<T[]> {
  return rows<T>(conn, sql);
}

/** Column names and types of a table, in order. */
export async function describeTable(
  conn: DuckDBConnection,
  table: string,
): Promise<{ name: string; type: string }[]> {
  const r = await all<{ column_name: string; column_type: string }>(conn, `DESCRIBE ${table}`);
  return r.map((c) => ({ name: c.column_name, type: c.column_type }));
}

/** The tables and views in schema pub (a large table may be a view over a file). */
export async function pubTables(conn: DuckDBConnection): Promise<{ table_name: string }[]> {
  return all<{ table_name: string }>(
    conn,
    `SELECT table_name FROM duckdb_tables() WHERE schema_name = 'pub'
     UNION ALL SELECT view_name FROM duckdb_views() WHERE schema_name = 'pub' ORDER BY 1`,
  );
}

/** Every pub table's cells as text (lists element by element), for leak scans. */
export async function pubText(conn: DuckDBConnection): Promise<Map<string, string[]>> {
  const tables = await pubTables(conn);
  const out = new Map<string, string[]>();
  for (const { table_name } of tables) {
    const cols = await describeTable(conn, `pub.${table_name}`);
    const values: string[] = [];
    for (const c of cols) {
      const expr = c.type.endsWith('[]') ? `unnest("${c.name}")::VARCHAR` : `"${c.name}"::VARCHAR`;
      const r = await all<{ v: string | null }>(
        conn,
        `SELECT DISTINCT ${expr} AS v FROM pub.${table_name}`,
      );
      for (const { v } of r) if (v !== null) values.push(v);
    }
    out.set(table_name, values);
  }
  return out;
}

export const EXAMPLE = join(import.meta.dirname, '../../../../fixtures/example/export');

/** Runs the ingest itself on export directories: the tables it leaves, in its database. */
export async function ingestExport(dirs: string[]): Promise<TestDb> {
  const work = mkdtempSync(join(tmpdir(), 'disclosure-'));
  const problems: string[] = [];
  const { db } = await ingest(dirs, work, silentEffects(), (p) => problems.push(formatProblem(p)));
  const close = () => {
    db.close();
    rmSync(work, { recursive: true, force: true });
  };
  if (problems.length) {
    close();
    throw new Error(problems.join('\n'));
  }
  const scratch = join(work, 'scratch');
  mkdirSync(scratch);
  return { conn: db.conn, scratch, close };
}
