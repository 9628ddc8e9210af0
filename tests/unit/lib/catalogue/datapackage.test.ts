// The Data Package builder: every contract table has English metadata, contract column
// types become Table Schema fields as the CSV writer spells their values, and a manifest
// that disagrees with the contract is refused rather than described.
import { describe, expect, it } from 'vitest';
import {
  buildDataPackage,
  englishOf,
  schemaField,
} from '../../../../src/lib/catalogue/datapackage.ts';
import { PUBLISHED_TABLES } from '../../../../src/schemas/published/index.ts';
import { exampleManifest } from './example-manifest.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('English metadata of the contract', () => {
  it.each(PUBLISHED_TABLES.map((t) => [t.name, t] as const))(
    '%s has an English title and description',
    (_name, table) => {
      const en = englishOf(table);
      expect(en.title).not.toMatch(JAPANESE);
      expect(en.description).not.toMatch(JAPANESE);
      expect(en.description.length).toBeGreaterThan(40);
    },
  );

  it('refuses a table without English', () => {
    const { titleEn: _, ...table } = PUBLISHED_TABLES[0];
    expect(() => englishOf(table)).toThrow(/no English title/);
  });
});

describe('schemaField', () => {
  it('maps DuckDB types to Table Schema types', () => {
    const f = (type: string) => schemaField({ name: 'x', meaning: 'm', type }).type;
    expect(['VARCHAR', 'INTEGER', 'DOUBLE', 'BOOLEAN', 'DATE'].map(f)).toEqual([
      'string',
      'integer',
      'number',
      'boolean',
      'date',
    ]);
    expect(() => f('BLOB')).toThrow(/no Table Schema type/);
  });

  it("writes a list as the CSV joins it, with ';'", () => {
    expect(schemaField({ name: 'topics', meaning: 'm', type: 'VARCHAR[]' })).toEqual({
      name: 'topics',
      type: 'list',
      itemType: 'string',
      delimiter: ';',
      description: 'm',
    });
  });

  it('reads booleans as 1/0 and codes as an enum constraint', () => {
    expect(schemaField({ name: 'b', meaning: '', type: 'BOOLEAN' })).toMatchObject({
      trueValues: ['1'],
      falseValues: ['0'],
    });
    expect(
      schemaField({ name: 's', meaning: '', type: 'VARCHAR', codes: ['ok', 'suppressed'] }),
    ).toMatchObject({ constraints: { enum: ['ok', 'suppressed'] } });
  });
});

describe('buildDataPackage', () => {
  const manifest = exampleManifest();

  it('describes the CSV and Parquet files only, in manifest order', () => {
    const pkg = buildDataPackage(manifest, PUBLISHED_TABLES);
    const catalogued = manifest.published.filter(
      (p) => p.format === 'csv' || p.format === 'parquet',
    );
    expect(pkg.resources.map((r) => r.path)).toEqual(catalogued.map((p) => p.file));
    expect(pkg.resources.some((r) => r.path.startsWith('json/'))).toBe(false);
    const zip = pkg.resources.find((r) => r.path.endsWith('.csv.zip'))!;
    expect(zip).toMatchObject({ format: 'csv', compression: 'zip', mediatype: 'application/zip' });
  });

  it('refuses a file of a table the contract does not declare', () => {
    const odd = { ...manifest, published: [{ ...manifest.published[0]!, table: 'nowhere' }] };
    expect(() => buildDataPackage(odd, PUBLISHED_TABLES)).toThrow(/not in the contract/);
  });

  it('refuses a file whose columns are not the contract table’s', () => {
    const first = manifest.published[0]!;
    const odd = { ...manifest, published: [{ ...first, columns: first.columns.slice(1) }] };
    expect(() => buildDataPackage(odd, PUBLISHED_TABLES)).toThrow(/columns are not the contract/);
  });
});
