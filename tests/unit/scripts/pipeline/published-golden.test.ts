// Golden test of the published data: the contract's example export through the pipeline,
// every published table compared with tests/fixtures/example-published-golden/. CSVs byte
// for byte (the CSVs inside microdata's per-year ZIPs too); a table published without a
// plain CSV (microdata) also as its Parquet rows in JSON; the manifest without what differs
// from run to run. Regenerate after a deliberate change with UPDATE_GOLDEN=1, review the diff.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, run, tempDir } from '../../../helpers/export.ts';
import { readGolden } from '../../../helpers/golden.ts';
import { dumpTables } from '../../../helpers/tables.ts';
import { readZip } from '../../../helpers/unzip.ts';

const GOLDEN = join(import.meta.dirname, '../../../fixtures/example-published-golden');

interface Published {
  file: string;
  format: string;
  table: string;
  bytes?: number;
  sha256?: string;
}

describe('published tables of the contract example export', async () => {
  const out = join(tempDir(), 'published');
  const result = await run([EXAMPLE], out);
  const manifestText = readFileSync(join(out, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText) as { published: Published[] };

  // golden file name → what the pipeline published for it
  const actual = new Map<string, string>();
  const csvs = manifest.published.filter((e) => e.format === 'csv');
  for (const { file } of csvs) {
    if (file.endsWith('.csv.zip')) {
      for (const m of readZip(join(out, file))) actual.set(m.name, m.data.toString('utf8'));
    } else actual.set(file, readFileSync(join(out, file), 'utf8'));
  }
  const withoutCsv = [...new Set(manifest.published.map((e) => e.table))].filter(
    (t) => !csvs.some((e) => e.file === `${t}.csv`),
  );
  for (const [table, rows] of Object.entries(await dumpTables(out, withoutCsv))) {
    actual.set(`${table}.json`, JSON.stringify(rows, null, 1) + '\n');
  }

  it('accepts the export', () => {
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each([...actual.keys()].sort())('%s equals its golden file', (name) => {
    const text = actual.get(name)!;
    expect(text).toBe(readGolden(join(GOLDEN, name), text));
  });

  it('writes the golden manifest, but for the run date, code version, paths and DuckDB bytes', () => {
    // portal.duckdb's header differs on every write (DuckDB), so its size and hash too.
    const stable = JSON.parse(
      manifestText.replaceAll(JSON.stringify(EXAMPLE).slice(1, -1), '<export>'),
    );
    delete stable.generated_at;
    delete stable.code_version;
    for (const e of stable.published as Published[]) {
      if (e.file !== 'portal.duckdb') continue;
      delete e.bytes;
      delete e.sha256;
    }
    const text = JSON.stringify(stable, null, 2) + '\n';
    expect(text).toBe(readGolden(join(GOLDEN, 'manifest.json'), text));
  });

  it('writes the golden datapackage.json, but for the run date and code version', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    delete pkg.created;
    delete pkg.version;
    const text = JSON.stringify(pkg, null, 2) + '\n';
    expect(text).toBe(readGolden(join(GOLDEN, 'datapackage.json'), text));
  });

  it('publishes exactly the tables that have golden files', () => {
    // after the files are compared (UPDATE_GOLDEN=1 writes them); a stale golden fails here
    const described = ['manifest.json', 'datapackage.json'];
    const golden = readdirSync(GOLDEN).filter((f) => !f.startsWith('.') && !described.includes(f));
    expect([...actual.keys()].sort()).toEqual(golden.sort());
  });
});
