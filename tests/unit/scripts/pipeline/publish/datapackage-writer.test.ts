// writeDataPackage refuses a CSV whose header is not its resource's field names, and
// reads the header past a byte order mark.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDataPackage } from '../../../../../scripts/pipeline/publish/datapackage.ts';
import { PUBLISHED_TABLES } from '../../../../../src/schemas/published/index.ts';
import { tempDir } from '../../../../helpers/export.ts';
import { exampleManifest } from '../../../lib/catalogue/example-manifest.ts';

const full = exampleManifest();
const manifest = { ...full, published: full.published.filter((p) => p.file === 'offices.csv') };
const header = PUBLISHED_TABLES.find((t) => t.name === 'offices')!.columns.map((c) => c.name);

describe('writeDataPackage', () => {
  it('writes datapackage.json when the header is the field names (BOM and CRLF as written)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'offices.csv'), `\uFEFF${header.join(',')}\r\n`);
    const pkg = writeDataPackage(dir, manifest, PUBLISHED_TABLES);
    expect(pkg.resources.map((r) => r.path)).toEqual(['offices.csv']);
    expect(existsSync(join(dir, 'datapackage.json'))).toBe(true);
  });

  it('refuses a CSV whose columns are in another order, and writes nothing', () => {
    const dir = tempDir();
    const swapped = [header[1], header[0], ...header.slice(2)];
    writeFileSync(join(dir, 'offices.csv'), `\uFEFF${swapped.join(',')}\r\n`);
    expect(() => writeDataPackage(dir, manifest, PUBLISHED_TABLES)).toThrow(/offices\.csv: header/);
    expect(existsSync(join(dir, 'datapackage.json'))).toBe(false);
  });
});
