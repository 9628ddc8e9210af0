// The DCAT catalogue: one dataset per table, one distribution per datapackage resource with
// its absolute download URL, size and checksum, bilingual titles, and JSON-LD whose every
// prefixed term is declared in its inline context (a harvester fetches nothing else).
import { describe, expect, it } from 'vitest';
import { buildDataPackage } from '../../../../src/lib/catalogue/datapackage.ts';
import { buildDcatCatalog, jsonLdScript } from '../../../../src/lib/catalogue/dcat.ts';
import { catalogueUrls } from '../../../../src/lib/pages/data-files.ts';
import { PUBLISHED_TABLES } from '../../../../src/schemas/published/index.ts';
import { exampleManifest } from './example-manifest.ts';

const manifest = exampleManifest();
const urls = catalogueUrls('https://data.example.jp', '/portal/');
const catalog = buildDcatCatalog(manifest, PUBLISHED_TABLES, urls);
const pkg = buildDataPackage(manifest, PUBLISHED_TABLES);
const distributions = catalog['dcat:dataset'].flatMap((d) => d['dcat:distribution']);

/** Every `prefix:term` used as a key, a type or an @id anywhere in the document. */
function prefixesUsed(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => prefixesUsed(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '@context') continue;
      const m = /^([a-z]+):[A-Za-z_]/.exec(k);
      if (m) out.add(m[1]!);
      if ((k === '@type' || k === '@id') && typeof v === 'string') {
        const t = /^([a-z]+):(?!\/\/)/.exec(v);
        if (t) out.add(t[1]!);
      }
      prefixesUsed(v, out);
    }
  }
  return out;
}

describe('catalogueUrls', () => {
  it('puts the page, files and catalogue under the base path', () => {
    expect(urls).toEqual({
      page: 'https://data.example.jp/portal/data/',
      files: 'https://data.example.jp/portal/data/files/',
      catalog: 'https://data.example.jp/portal/data/catalog.jsonld',
    });
    expect(catalogueUrls(new URL('http://127.0.0.1:4321'), '/').files).toBe(
      'http://127.0.0.1:4321/data/files/',
    );
  });
});

describe('buildDcatCatalog', () => {
  it('is a dcat:Catalog with one dataset per published table', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(distributions).toHaveLength(pkg.resources.length);
    const names = catalog['dcat:dataset'].map((d) => d['dct:identifier']);
    expect(names).toEqual([
      ...new Set(
        manifest.published
          .filter((p) => p.format !== 'duckdb' && p.format !== 'json')
          .map((p) => p.table),
      ),
    ]);
  });

  it('gives each distribution its file’s absolute URL, format, size and SHA-256', () => {
    expect(distributions.map((d) => d['dcat:downloadURL']['@id'])).toEqual(
      pkg.resources.map((r) => `https://data.example.jp/portal/data/files/${r.path}`),
    );
    distributions.forEach((d, i) => {
      const r = pkg.resources[i]!;
      expect(d['dcat:byteSize']['@value']).toBe(String(r.bytes));
      expect(`sha256:${d['spdx:checksum']['spdx:checksumValue']['@value']}`).toBe(r.hash);
      expect(d['dct:format']['@id']).toMatch(r.format === 'parquet' ? /PARQUET$/ : /CSV$/);
      expect('dcat:compressFormat' in d).toBe(r.compression === 'zip');
    });
  });

  it('titles the catalogue, each dataset and each distribution in Japanese and English', () => {
    const langs = (x: { '@language'?: string }[]) => x.map((l) => l['@language']);
    expect(langs(catalog['dct:title'])).toEqual(['ja', 'en']);
    for (const d of catalog['dcat:dataset']) {
      expect(langs(d['dct:title'])).toEqual(['ja', 'en']);
      expect(langs(d['dct:description'])).toEqual(['ja', 'en']);
      for (const x of d['dcat:distribution']) expect(langs(x['dct:title'])).toEqual(['ja', 'en']);
    }
  });

  it('states the licence, publisher and dates', () => {
    expect(catalog['dct:license']['@id']).toMatch(/^https:\/\//);
    expect(catalog['dct:rights'][1]!['@value']).toContain('CC BY 4.0');
    expect(catalog['dct:publisher']['foaf:name'][0]!['@value']).toBe('よろず支援拠点 公開ポータル');
    expect(catalog['dct:issued']['@value']).toBe(manifest.generated_at);
    for (const d of catalog['dcat:dataset']) {
      expect(d['owl:versionInfo']).toBe(manifest.code_version);
      expect(d['dct:publisher']['@id']).toBe(catalog['dct:publisher']['@id']);
    }
  });

  it('declares every prefix it uses in its inline context', () => {
    const declared = Object.keys(catalog['@context']);
    expect([...prefixesUsed(catalog)].filter((p) => !declared.includes(p))).toEqual([]);
    for (const iri of Object.values(catalog['@context']))
      expect(iri).toMatch(/^https?:\/\/.+[#/]$/);
  });
});

describe('jsonLdScript', () => {
  it('cannot close the script element it is written into', () => {
    const text = jsonLdScript({ note: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ note: '</script><script>alert(1)</script>' });
  });
});
