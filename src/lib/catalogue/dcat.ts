// The catalogue as DCAT (https://www.w3.org/TR/vocab-dcat-3/) in JSON-LD, for data portals:
// CKAN's DCAT harvester (ckanext-dcat) reads any RDF serialisation RDFLib parses, JSON-LD
// included, and maps dcat:Dataset → dataset, dcat:Distribution → resource (downloadURL,
// format, mediaType, byteSize, spdx:checksum, license). One dcat:Dataset per published
// table, one dcat:Distribution per file of the datapackage; the context is inline, so a
// harvester needs no second request. Vocabulary URIs for formats and languages are the EU
// authority tables DCAT-AP asks for, media types IANA's.
import type { Manifest } from '../../schemas/manifest.ts';
import type { PublishedTable } from '../../schemas/published/table.ts';
import {
  buildDataPackage,
  DATA_PACKAGE_FILE,
  isCatalogued,
  type DataResource,
} from './datapackage.ts';
import {
  CATALOGUE_DESCRIPTION,
  CATALOGUE_TITLE,
  LICENCES,
  PUBLISHER,
  sourceOf,
  type Bilingual,
} from './terms.ts';

export const DCAT_FILE = 'catalog.jsonld';
/** the same catalogue as Turtle (turtle.ts) */
export const DCAT_TURTLE_FILE = 'catalog.ttl';
export const JSON_LD_TYPE = 'application/ld+json';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  owl: 'http://www.w3.org/2002/07/owl#',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

/** Where the catalogue and the files are on the site, as absolute URLs. */
export interface CatalogueUrls {
  /** the /data/ page, e.g. https://example.org/data/ */
  page: string;
  /** the folder the downloads are served from, e.g. https://example.org/data/files/ */
  files: string;
  /** the DCAT file itself */
  catalog: string;
}

const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const LANGUAGE = 'http://publications.europa.eu/resource/authority/language/';
const IANA = 'http://www.iana.org/assignments/media-types/'; // as DCAT-AP writes them

type Literal = { '@value': string; '@language'?: string; '@type'?: string };
const both = (text: Bilingual): Literal[] => [
  { '@value': text.ja, '@language': 'ja' },
  { '@value': text.en, '@language': 'en' },
];
const dateTime = (iso: string): Literal => ({ '@value': iso, '@type': 'xsd:dateTime' });
const ref = (url: string) => ({ '@id': url });

function distribution(r: DataResource, urls: CatalogueUrls, landing: string) {
  const zipped = r.compression === 'zip';
  return {
    '@id': `${urls.catalog}#distribution-${r.name}`,
    '@type': 'dcat:Distribution',
    'dct:title': both({ ja: `${r.title}（${r.path}）`, en: `${r.titleEn} (${r.path})` }),
    'dcat:accessURL': ref(landing),
    'dcat:downloadURL': ref(new URL(r.path, urls.files).href),
    'dct:format': ref(`${FILE_TYPE}${r.format === 'parquet' ? 'PARQUET' : 'CSV'}`),
    'dcat:mediaType': ref(`${IANA}${zipped ? 'text/csv' : r.mediatype}`),
    ...(zipped ? { 'dcat:compressFormat': ref(`${IANA}application/zip`) } : {}),
    'dcat:byteSize': { '@value': String(r.bytes), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': ref('http://spdx.org/rdf/terms#checksumAlgorithm_sha256'),
      'spdx:checksumValue': { '@value': r.hash.replace(/^sha256:/, ''), '@type': 'xsd:hexBinary' },
    },
    'dct:license': ref(LICENCES[0].path),
    'dct:conformsTo': ref(new URL(DATA_PACKAGE_FILE, urls.files).href),
  };
}

/**
 * The DCAT catalogue of a published directory: the same files, sizes and hashes as its
 * datapackage.json, with absolute download URLs under `urls.files`.
 */
export function buildDcatCatalog(
  manifest: Manifest,
  tables: readonly PublishedTable[],
  urls: CatalogueUrls,
) {
  const pkg = buildDataPackage(manifest, tables);
  const catalogued = manifest.published.filter(isCatalogued);
  const publisher = {
    '@id': `${urls.catalog}#publisher`,
    '@type': 'foaf:Agent',
    'foaf:name': both(PUBLISHER),
  };
  const issued = dateTime(manifest.generated_at);
  const byTable = new Map<string, DataResource[]>();
  pkg.resources.forEach((r, i) => {
    const table = catalogued[i]!.table;
    byTable.set(table, [...(byTable.get(table) ?? []), r]);
  });
  const source = sourceOf(manifest.synthetic);
  const datasets = [...byTable].map(([table, resources]) => {
    const first = resources[0]!;
    const landing = `${urls.page}#table-${table}`;
    return {
      '@id': `${urls.catalog}#dataset-${table}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': table,
      'dct:title': both({ ja: first.title, en: first.titleEn }),
      'dct:description': both({ ja: first.description, en: first.descriptionEn }),
      'dct:publisher': ref(publisher['@id']),
      'dcat:landingPage': ref(landing),
      'dct:issued': issued,
      'dct:modified': issued,
      'dct:language': [ref(`${LANGUAGE}JPN`)],
      'dct:spatial': ref('http://publications.europa.eu/resource/authority/country/JPN'),
      'dct:provenance': { '@type': 'dct:ProvenanceStatement', 'rdfs:label': both(source) },
      'owl:versionInfo': manifest.code_version,
      'dcat:keyword': pkg.keywords,
      'dcat:distribution': resources.map((r) => distribution(r, urls, landing)),
    };
  });
  return {
    '@context': { ...DCAT_CONTEXT, rdfs: 'http://www.w3.org/2000/01/rdf-schema#' },
    '@id': `${urls.catalog}#catalog`,
    '@type': 'dcat:Catalog',
    'dct:title': both(CATALOGUE_TITLE),
    'dct:description': both(CATALOGUE_DESCRIPTION),
    'dct:publisher': publisher,
    'foaf:homepage': ref(urls.page),
    'dct:language': [ref(`${LANGUAGE}JPN`), ref(`${LANGUAGE}ENG`)],
    'dct:issued': issued,
    'dct:modified': issued,
    'dct:license': ref(LICENCES[0].path),
    'dct:rights': both({
      ja: `${LICENCES[0].title.ja}。同規約は ${LICENCES[1].title.ja.split('（')[0]}（CC BY 4.0, ${LICENCES[1].path}）と互換性がある。`,
      en: `${LICENCES[0].title.en}, compatible with CC BY 4.0 (${LICENCES[1].path}).`,
    }),
    'dcat:dataset': datasets,
  };
}

export type DcatCatalog = ReturnType<typeof buildDcatCatalog>;

/** JSON for a `<script type="application/ld+json">` block: no `<` can end the element early. */
export const jsonLdScript = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c');
