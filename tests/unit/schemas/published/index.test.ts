// Every file the pipeline publishes from the example export matches its table in the
// contract (src/schemas/published/): JSON rows parse with the row schema (strict: no
// undeclared column), CSV headers and manifest columns are the contract's columns in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../../../src/schemas/manifest.ts';
import { JSON_TABLES, PUBLISHED_TABLES } from '../../../../src/schemas/published/index.ts';
import { EXAMPLE, run, tempDir } from '../../../helpers/export.ts';
import { readZip } from '../../../helpers/unzip.ts';

const header = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .split(',');

describe('the published files of the example export', async () => {
  const out = join(tempDir(), 'out');
  const result = await run([EXAMPLE], out);
  const manifest = ManifestSchema.parse(
    JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')),
  );
  const files = readdirSync(out);

  it('are written', () => expect(result.errors).toEqual([]));

  it('are the tables of the contract, in its order', () => {
    expect(manifest.tables.map((t) => t.table)).toEqual(PUBLISHED_TABLES.map((t) => t.name));
  });

  describe.each(PUBLISHED_TABLES.map((t) => [t.name, t] as const))('%s', (name, table) => {
    const names = table.columns.map((c) => c.name);

    it('has the contract columns in the manifest, with their types and meanings', () => {
      const entries = manifest.published.filter((e) => e.table === name && e.format !== 'duckdb');
      expect(entries.length).toBeGreaterThan(0);
      for (const e of entries) {
        expect(e.columns).toEqual(
          table.columns.map((c) => ({ name: c.name, type: c.type, meaning: c.meaning })),
        );
      }
    });

    it('has a CSV header that is the contract column list', () => {
      const csvs = table.csvPerFiscalYear
        ? files
            .filter((f) => f.startsWith(`${name}_fy`) && f.endsWith('.csv.zip'))
            .map((f) => readZip(join(out, f))[0]!.data.toString('utf8'))
        : [readFileSync(join(out, `${name}.csv`), 'utf8')];
      expect(csvs.length).toBeGreaterThan(0);
      for (const csv of csvs) expect(header(csv)).toEqual(names);
    });

    it.runIf(table.json)('has JSON rows that parse with the row schema, no other column', () => {
      const rows = JSON.parse(readFileSync(join(out, 'json', `${name}.json`), 'utf8'));
      expect(rows.length).toBeGreaterThan(0);
      const parsed = table.row.strict().array().safeParse(rows);
      expect(parsed.error?.issues.slice(0, 3) ?? []).toEqual([]);
      for (const row of rows) expect(Object.keys(row)).toEqual(names);
    });
  });
});

describe('JSON_TABLES', () => {
  it('names every table published as JSON by its own name, and no other', () => {
    const json = PUBLISHED_TABLES.filter((t) => t.json);
    expect(Object.keys(JSON_TABLES).sort()).toEqual(json.map((t) => t.name).sort());
    for (const [name, table] of Object.entries(JSON_TABLES)) expect(table.name).toBe(name);
  });
});
