// The /data/ page's view of the manifest: one section per table in manifest order (its
// Parquet, CSV and JSON files), and one per database file holding several tables
// (portal.duckdb), with the labels and anchors the page links by.
import { currentLang, t, type MessageKey } from '../../i18n/index.ts';
import { DCAT_FILE, type CatalogueUrls } from '../catalogue/dcat.ts';
import { formatFileSize } from '../filesize.ts';
import type { PublishedFile } from '../../schemas/manifest.ts';
import { PUBLISHED_TABLES, type JsonRow } from '../../schemas/published/index.ts';
import { NATION_CODE } from '../../schemas/codes.ts';

export interface TableSection {
  table: string;
  first: PublishedFile;
  files: PublishedFile[];
}

/** The published files grouped by table, and the database files with their table entries. */
export function fileSections(published: readonly PublishedFile[]) {
  const tables = new Map<string, TableSection>();
  const databases = new Map<string, PublishedFile[]>();
  for (const p of published) {
    if (p.format === 'duckdb') {
      databases.set(p.file, [...(databases.get(p.file) ?? []), p]);
      continue;
    }
    const section = tables.get(p.table);
    if (section) section.files.push(p);
    else tables.set(p.table, { table: p.table, first: p, files: [p] });
  }
  return { tables, databases };
}

/** A file's format as a reader names it; a ZIP archive (per-year microdata CSVs) says so. */
export function formatLabel(f: Pick<PublishedFile, 'format' | 'archive'>): string {
  const format = t(`data.format.${f.format}` satisfies MessageKey);
  return f.archive ? t('data.format.zipped', { format }) : format;
}

/** The download link's text: file, format and size. */
export const linkText = (f: PublishedFile): string =>
  t('data.files.downloadLink', {
    file: f.file,
    format: formatLabel(f),
    size: formatFileSize(f.bytes),
  });

export interface TableText {
  title: string;
  description: string;
  /** 'ja' when the text is the manifest's Japanese, shown on an English page */
  lang?: 'ja';
}

/**
 * A table's title and description in the reader's language: the manifest's (Japanese), or
 * on the English edition the contract's English (titleEn, descriptionEn), the same text the
 * catalogue files carry. A table the contract does not declare keeps its Japanese, marked.
 */
export function tableText(
  entry: Pick<PublishedFile, 'table' | 'title' | 'description'>,
): TableText {
  const ja = { title: entry.title, description: entry.description };
  if (currentLang() === 'ja') return ja;
  const declared = PUBLISHED_TABLES.find((x) => x.name === entry.table);
  return declared?.titleEn && declared.descriptionEn
    ? { title: declared.titleEn, description: declared.descriptionEn }
    : { ...ja, lang: 'ja' };
}

export const sectionId = (table: string): string => `table-${table}`;
export const dbId = (file: string): string => `db-${file.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The table whose rows the data page shows beside its downloads (disclosure.md, "Lineage"). */
export const LINEAGE = 'lineage';

/** The nation's lineage rows, latest fiscal year first: what the page shows of the table. */
export const nationLineage = (rows: readonly JsonRow<'lineage'>[]): JsonRow<'lineage'>[] =>
  rows.filter((r) => r.pref_code === NATION_CODE).sort((a, b) => b.fiscal_year - a.fiscal_year);

/** Where the /data/ page serves its downloads, under the site's base path. */
export const FILES_PATH = 'data/files/';

/** The catalogue's absolute URLs, from the site's address (astro `site`) and base path. */
export function catalogueUrls(site: URL | string, base: string): CatalogueUrls {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return {
    page: new URL('data/', root).href,
    files: new URL(FILES_PATH, root).href,
    catalog: new URL(`data/${DCAT_FILE}`, root).href,
  };
}
