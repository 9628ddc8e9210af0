// datapackage.json of the contract example export, checked against the files it describes:
// every CSV and Parquet file listed once and nothing else, each resource's bytes, SHA-256
// and field names equal to the file's (CSV header, the CSV inside a ZIP, Parquet columns),
// and the descriptor has what the Data Package v2 profile requires.
import { DuckDBInstance } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DATA_PACKAGE_PROFILE,
  type DataPackage,
} from '../../../../../src/lib/catalogue/datapackage.ts';
import { ManifestSchema } from '../../../../../src/schemas/manifest.ts';
import { EXAMPLE, run, tempDir } from '../../../../helpers/export.ts';
import { readZip } from '../../../../helpers/unzip.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const headerOf = (b: Buffer) =>
  b
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!
    .split(',');

// What the v2 profiles require (datapackage.org/profiles/2.0/: datapackage.json,
// dataresource.json, tableschema.json), written out: no network in tests.
const NAME = /^[a-z0-9._-]+$/;
const FIELD_TYPES = [
  'string',
  'number',
  'integer',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'boolean',
  'object',
  'geopoint',
  'geojson',
  'array',
  'list',
  'duration',
  'any',
] as const;
const V2Field = z.looseObject({
  name: z.string().min(1),
  type: z.enum(FIELD_TYPES),
  description: z.string().optional(),
  itemType: z.enum(['string', 'integer', 'number', 'boolean', 'date']).optional(),
  delimiter: z.string().optional(),
  constraints: z.looseObject({ enum: z.array(z.string()).min(1).optional() }).optional(),
});
const V2Resource = z.looseObject({
  name: z.string().regex(NAME),
  path: z.string().regex(/^(?![/\\])(?!.*\.\.)[^\\]+$/, 'a POSIX relative path, no ..'),
  type: z.literal('table').optional(),
  format: z.string().optional(),
  mediatype: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
  encoding: z.string().optional(),
  bytes: z.int().nonnegative(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  title: z.string().min(1),
  description: z.string().min(1),
  schema: z.looseObject({ fields: z.array(V2Field).min(1) }),
});
const V2Package = z.looseObject({
  $schema: z.literal(DATA_PACKAGE_PROFILE),
  name: z.string().regex(NAME),
  title: z.string().min(1),
  version: z.string().min(1),
  created: z.iso.datetime(),
  licenses: z
    .array(
      z
        .looseObject({ name: z.string().optional(), path: z.url().optional(), title: z.string() })
        .refine((l) => l.name || l.path, 'a licence needs a name or a path'),
    )
    .min(1),
  sources: z.array(z.looseObject({ title: z.string().min(1) })).min(1),
  contributors: z.array(z.looseObject({ title: z.string().min(1) })).min(1),
  resources: z.array(V2Resource).min(1),
});

describe('datapackage.json of the contract example export', async () => {
  const out = join(tempDir(), 'published');
  const result = await run([EXAMPLE], out);
  const manifest = ManifestSchema.parse(
    JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
  );
  const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as DataPackage;

  it('is written by a run that accepts the export', () => {
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has what the Data Package v2 profile requires, with unique resource names', () => {
    V2Package.parse(pkg);
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists every published CSV, CSV archive and Parquet file, and nothing else', () => {
    const onDisk = readdirSync(out).filter((f) => /\.(csv|csv\.zip|parquet)$/.test(f));
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(onDisk.sort());
    expect(onDisk.some((f) => f.endsWith('.csv.zip'))).toBe(true);
  });

  it('gives each resource the bytes and SHA-256 of its file', () => {
    for (const r of pkg.resources) {
      const body = readFileSync(join(out, r.path));
      expect([r.path, r.bytes, r.hash]).toEqual([r.path, body.length, `sha256:${sha256(body)}`]);
    }
  });

  it('names the fields of each CSV as its header, in order (inside a ZIP too)', () => {
    for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
      const body = readFileSync(join(out, r.path));
      const members = r.compression === 'zip' ? readZip(body).map((m) => m.data) : [body];
      expect(members).toHaveLength(1);
      expect([r.path, headerOf(members[0]!)]).toEqual([r.path, r.schema.fields.map((f) => f.name)]);
    }
  });

  it('names the fields of each Parquet file as its columns, in order', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      for (const r of pkg.resources.filter((x) => x.format === 'parquet')) {
        const path = join(out, r.path).replaceAll("'", "''");
        const described = (
          await conn.runAndReadAll(`DESCRIBE SELECT * FROM '${path}'`)
        ).getRowObjectsJS() as { column_name: string }[];
        expect([r.path, described.map((c) => c.column_name)]).toEqual([
          r.path,
          r.schema.fields.map((f) => f.name),
        ]);
      }
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });

  it('states the licence, its CC BY 4.0 compatibility, the source and the version', () => {
    expect(pkg.licenses[0]!.title).toContain('政府標準利用規約（第2.0版）');
    expect(pkg.licenses[1]).toMatchObject({
      name: 'CC-BY-4.0',
      path: 'https://creativecommons.org/licenses/by/4.0/',
    });
    // The example export is not marked synthetic; the sample is (tests/e2e/data.spec.ts).
    expect(pkg.synthetic).toBe(manifest.synthetic);
    expect(pkg.sources[0]!.title).toContain('記録システムから書き出した');
    expect(pkg.version).toBe(manifest.code_version);
    expect(pkg.dataVintage).toBe(manifest.data_vintage);
    expect(pkg.created).toBe(manifest.generated_at);
  });

  it('gives every resource a Japanese and an English title and description', () => {
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    for (const r of pkg.resources) {
      expect(r.title, r.path).toMatch(japanese);
      expect(r.titleEn, r.path).not.toMatch(japanese);
      expect(r.descriptionEn.length, r.path).toBeGreaterThan(20);
    }
  });
});
