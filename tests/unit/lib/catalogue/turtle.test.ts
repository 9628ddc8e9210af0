// toTurtle: the JSON-LD shapes of the DCAT catalogue as Turtle triples, strings escaped,
// prefixed @id and @type expanded, nested nodes (named or blank) written as their own triples.
import { describe, expect, it } from 'vitest';
import { buildDcatCatalog } from '../../../../src/lib/catalogue/dcat.ts';
import { toTurtle } from '../../../../src/lib/catalogue/turtle.ts';
import { catalogueUrls } from '../../../../src/lib/pages/data-files.ts';
import { PUBLISHED_TABLES } from '../../../../src/schemas/published/index.ts';
import { exampleManifest } from './example-manifest.ts';

const context = { dct: 'http://purl.org/dc/terms/', xsd: 'http://www.w3.org/2001/XMLSchema#' };

describe('toTurtle', () => {
  it('writes literals with language, datatype or none, escaped', () => {
    const ttl = toTurtle({
      '@context': context,
      '@id': 'https://x.example/#c',
      '@type': 'dct:Collection',
      'dct:title': [
        { '@value': '題 "A"\n', '@language': 'ja' },
        { '@value': '2026-04-01', '@type': 'xsd:date' },
      ],
      'dct:identifier': 'a\\b',
      'dct:license': { '@id': 'https://l.example/' },
    });
    expect(ttl.split('\n').filter((l) => l.startsWith('<'))).toEqual([
      '<https://x.example/#c> a <http://purl.org/dc/terms/Collection> .',
      '<https://x.example/#c> dct:title "題 \\"A\\"\\n"@ja .',
      '<https://x.example/#c> dct:title "2026-04-01"^^<http://www.w3.org/2001/XMLSchema#date> .',
      '<https://x.example/#c> dct:identifier "a\\\\b" .',
      '<https://x.example/#c> dct:license <https://l.example/> .',
    ]);
    expect(ttl).toContain('@prefix dct: <http://purl.org/dc/terms/> .');
  });

  it('gives a node without @id a blank node of its own', () => {
    const ttl = toTurtle({
      '@context': context,
      '@id': 'https://x.example/#c',
      'dct:source': [{ 'dct:title': 'one' }, { 'dct:title': 'two' }],
    });
    expect(ttl).toContain('_:b0 dct:title "one" .');
    expect(ttl).toContain('_:b1 dct:title "two" .');
    expect(ttl).toContain('<https://x.example/#c> dct:source _:b0 .');
    expect(ttl).toContain('<https://x.example/#c> dct:source _:b1 .');
  });

  it('refuses what it cannot write as a triple', () => {
    expect(() => toTurtle({ '@context': context, title: 'x' })).toThrow(/not a prefixed name/);
    expect(() =>
      toTurtle({ '@context': context, 'dct:license': { '@id': 'https://x.example/a b' } }),
    ).toThrow(/not an IRI/);
  });

  it('writes the whole catalogue, one triple a line, every distribution with its URL', () => {
    const urls = catalogueUrls('https://data.example.jp', '/');
    const catalog = buildDcatCatalog(exampleManifest(), PUBLISHED_TABLES, urls);
    const lines = toTurtle(catalog)
      .split('\n')
      .filter((l) => l && !l.startsWith('@prefix'));
    for (const line of lines) expect(line).toMatch(/^(<[^>]+>|_:b\d+) (a|[a-z]+:\w+) .+ \.$/);
    const downloads = lines.filter((l) => l.includes(' dcat:downloadURL '));
    expect(downloads).toHaveLength(
      catalog['dcat:dataset'].flatMap((d) => d['dcat:distribution']).length,
    );
  });
});
