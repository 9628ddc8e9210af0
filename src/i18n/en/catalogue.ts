/** English UI strings for the open-data catalogue on /data/; composed into `en` in ../en.ts. */
import type { catalogue as ja } from '../ja/catalogue.ts';

export const catalogue: Record<keyof typeof ja, string> = {
  'catalogue.heading': 'Machine-readable data catalogue',
  'catalogue.lead':
    'Every published CSV and Parquet file is also described in standard formats that data portals and tools can read: size, SHA-256, column names and types, Japanese and English titles and descriptions, licence and source for each file.',
  'catalogue.datapackage':
    'Frictionless Data Package (v2): tools such as Frictionless can validate the files you download.',
  'catalogue.datapackageLink': 'datapackage.json (JSON, {size})',
  'catalogue.dcat':
    'DCAT (JSON-LD): data catalogues that read DCAT, such as CKAN, can harvest from this address. Download URLs are absolute.',
  'catalogue.dcatLink': 'catalog.jsonld (JSON-LD)',
  'catalogue.dcatTurtleLink': 'catalog.ttl (Turtle, same content)',
};
