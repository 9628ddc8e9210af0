// datapackage.json: the published CSV and Parquet files as a Frictionless Data Package v2
// (https://datapackage.org/standard/data-package/). One resource per file, named by its
// file name; each table's files share one Table Schema built from the contract
// (src/schemas/published/), so field names and order are the CSV header's.
import type { Manifest, PublishedFile } from '../../schemas/manifest.ts';
import type { PublishedColumn, PublishedTable } from '../../schemas/published/table.ts';
import { CATALOGUE_DESCRIPTION, CATALOGUE_TITLE, LICENCES, PUBLISHER, sourceOf } from './terms.ts';

export const DATA_PACKAGE_FILE = 'datapackage.json';
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const DATA_PACKAGE_NAME = 'yorozu-portal-open-data';

/** Lists in the CSV are joined with ';' (scripts/pipeline/publish/csv.ts). */
export const CSV_LIST_DELIMITER = ';';

export interface TableSchemaField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list';
  description: string;
  itemType?: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  delimiter?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { enum: string[] };
}

export interface DataResource {
  name: string;
  type: 'table';
  path: string;
  format: 'csv' | 'parquet';
  mediatype: string;
  encoding?: 'utf-8';
  /** the Compression of Resources pattern: the CSV is inside a ZIP archive at `path` */
  compression?: 'zip';
  bytes: number;
  hash: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  schema: { fields: TableSchemaField[] };
}

export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  version: string;
  created: string;
  /** the month of the latest consultation in the data (manifest data_vintage) */
  dataVintage: string | null;
  synthetic: boolean;
  languages: string[];
  licenses: { name?: string; path: string; title: string }[];
  sources: { title: string }[];
  contributors: { title: string; roles: string[] }[];
  keywords: string[];
  resources: DataResource[];
}

/** A published file the package describes: every CSV (ZIP archives of one CSV too) and Parquet. */
export const isCatalogued = (p: Pick<PublishedFile, 'format'>): boolean =>
  p.format === 'csv' || p.format === 'parquet';

const SCALAR: Record<string, NonNullable<TableSchemaField['itemType']>> = {
  VARCHAR: 'string',
  INTEGER: 'integer',
  DOUBLE: 'number',
  BOOLEAN: 'boolean',
  DATE: 'date',
};

/** A contract column as a Table Schema field (lexical forms as the CSV writer writes them). */
export function schemaField(c: PublishedColumn): TableSchemaField {
  const duckdb = c.type ?? 'VARCHAR';
  const list = duckdb.endsWith('[]');
  const scalar = SCALAR[list ? duckdb.slice(0, -2) : duckdb];
  if (!scalar) throw new Error(`column '${c.name}': no Table Schema type for ${duckdb}`);
  const field: TableSchemaField = list
    ? { name: c.name, type: 'list', description: c.meaning, itemType: scalar }
    : { name: c.name, type: scalar, description: c.meaning };
  if (list) field.delimiter = CSV_LIST_DELIMITER;
  // Booleans are 1/0 in the CSV; a list's codes are not its whole value, so no enum there.
  if (scalar === 'boolean' && !list)
    Object.assign(field, { trueValues: ['1'], falseValues: ['0'] });
  if (c.codes && !list) field.constraints = { enum: [...c.codes] };
  return field;
}

/** The table's English title and description: required of every catalogued table. */
export function englishOf(table: PublishedTable): { title: string; description: string } {
  if (!table.titleEn || !table.descriptionEn) {
    throw new Error(`published table '${table.name}': no English title or description`);
  }
  return { title: table.titleEn, description: table.descriptionEn };
}

export function dataResource(p: PublishedFile, table: PublishedTable): DataResource {
  const zipped = p.archive?.type === 'zip';
  const en = englishOf(table);
  return {
    name: p.file.toLowerCase(),
    type: 'table',
    path: p.file,
    format: p.format === 'parquet' ? 'parquet' : 'csv',
    mediatype: zipped
      ? 'application/zip'
      : p.format === 'parquet'
        ? 'application/vnd.apache.parquet'
        : 'text/csv',
    ...(p.format === 'csv' ? { encoding: 'utf-8' as const } : {}),
    ...(zipped ? { compression: 'zip' as const } : {}),
    bytes: p.bytes,
    hash: `sha256:${p.sha256}`,
    title: table.title,
    titleEn: en.title,
    description: table.description,
    descriptionEn: en.description,
    schema: { fields: table.columns.map(schemaField) },
  };
}

/**
 * The package of a published directory, from its manifest and the contract's tables. A
 * manifest file of a table the contract does not declare, or whose columns differ from
 * the contract's, is an error: the package would describe another file than the one served.
 */
export function buildDataPackage(
  manifest: Manifest,
  tables: readonly PublishedTable[],
): DataPackage {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const resources = manifest.published.filter(isCatalogued).map((p) => {
    const table = byName.get(p.table);
    if (!table) throw new Error(`${p.file}: table '${p.table}' is not in the contract`);
    const declared = table.columns.map((c) => c.name).join();
    if (p.columns.map((c) => c.name).join() !== declared) {
      throw new Error(`${p.file}: its columns are not the contract's (${declared})`);
    }
    return dataResource(p, table);
  });
  const source = sourceOf(manifest.synthetic);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: DATA_PACKAGE_NAME,
    title: CATALOGUE_TITLE.ja,
    titleEn: CATALOGUE_TITLE.en,
    description: CATALOGUE_DESCRIPTION.ja,
    descriptionEn: CATALOGUE_DESCRIPTION.en,
    version: manifest.code_version,
    created: manifest.generated_at,
    dataVintage: manifest.data_vintage,
    synthetic: manifest.synthetic,
    languages: ['ja', 'en'],
    licenses: LICENCES.map((l) => ({
      ...('name' in l ? { name: l.name } : {}),
      path: l.path,
      title: `${l.title.ja} / ${l.title.en}`,
    })),
    sources: [{ title: `${source.ja} / ${source.en}` }],
    contributors: [{ title: `${PUBLISHER.ja} / ${PUBLISHER.en}`, roles: ['publisher'] }],
    keywords: ['よろず支援拠点', '中小企業', '経営相談', 'Yorozu Support Centres', 'SME support'],
    resources,
  };
}
