// The manifest schema is exactly what the pipeline writes: the example export's manifests
// parse with the strict schemas (a key either side does not know fails), so the writer
// (scripts/pipeline/run.ts) and the schema cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  IngestedManifestSchema,
  ManifestSchema,
  SiteManifestSchema,
} from '../../../src/schemas/manifest.ts';
import { EXAMPLE, run, tempDir } from '../../helpers/export.ts';
import { manifestFixture } from '../../helpers/manifest.ts';

describe('manifest.json of the example export', async () => {
  const root = tempDir();
  const result = await run([EXAMPLE], join(root, 'out'), join(root, 'ingested'));
  const read = (dir: string) => JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8'));
  const published = read('out');
  const ingested = read('ingested');

  it('is written', () => expect(result.errors).toEqual([]));

  it('parses with the strict schema, every key known', () => {
    expect(ManifestSchema.safeParse(published).error?.issues ?? []).toEqual([]);
    expect(SiteManifestSchema.safeParse(published).success).toBe(true);
  });

  it('has every key the schema names (none left optional by drift)', () => {
    expect(Object.keys(published).sort()).toEqual(Object.keys(ManifestSchema.shape).sort());
  });

  it('of --ingested parses with its strict schema', () => {
    expect(IngestedManifestSchema.safeParse(ingested).error?.issues ?? []).toEqual([]);
    expect(Object.keys(ingested).sort()).toEqual(Object.keys(IngestedManifestSchema.shape).sort());
  });

  it('fails on a key the schema does not name, at any depth', () => {
    expect(ManifestSchema.safeParse({ ...published, extra: 1 }).success).toBe(false);
    const file = { ...published.files[0], output: 'x.parquet' };
    expect(ManifestSchema.safeParse({ ...published, files: [file] }).success).toBe(false);
    const entry = { ...published.published[0], extra: true };
    expect(ManifestSchema.safeParse({ ...published, published: [entry] }).success).toBe(false);
  });

  it('fails when a key the schema names is missing', () => {
    const { disclosure: _d, ...rest } = published;
    expect(ManifestSchema.safeParse(rest).success).toBe(false);
  });
});

describe('SiteManifestSchema', () => {
  it('needs a data vintage (a site shows it on every page)', () => {
    const m = manifestFixture({ code_version: 'x', synthetic: false, data_vintage: null });
    expect(ManifestSchema.safeParse(m).success).toBe(true);
    expect(SiteManifestSchema.safeParse(m).success).toBe(false);
  });
});
