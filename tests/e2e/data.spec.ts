// /data/, the open-data page: every published file listed once with its SHA-256, the
// downloads served from dist/data/files/ byte for byte, accessible, links that resolve.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DataPackage } from '../../src/lib/catalogue/datapackage.ts';
import { SiteManifestSchema } from '../../src/schemas/manifest.ts';
import { readZip } from '../helpers/unzip.ts';
import { axeViolations, expectOnlyLocalRequests, recordRequests } from './support.ts';
import { followNavigation } from './page-load.ts';

// The manifest of the data this build used (`node scripts/build.ts --fixture`).
const manifestText = readFileSync(
  new URL('.build/published/manifest.json', import.meta.url),
  'utf8',
);
const manifest = SiteManifestSchema.parse(JSON.parse(manifestText));
const published = manifest.published ?? [];
// portal.duckdb has one entry per table it holds: one file, listed once.
const files = [...new Map(published.map((p) => [p.file, p])).values()];
const sha256 = (body: Buffer): string => createHash('sha256').update(body).digest('hex');
// The Data Package the pipeline wrote beside the manifest.
const packageText = readFileSync(
  new URL('.build/published/datapackage.json', import.meta.url),
  'utf8',
);
const dataPackage = JSON.parse(packageText) as DataPackage;

interface DcatDistribution {
  'dcat:downloadURL': { '@id': string };
  'dcat:byteSize': { '@value': string };
  'spdx:checksum': { 'spdx:checksumValue': { '@value': string } };
}
interface DcatCatalog {
  '@type': string;
  'dcat:dataset': { 'dcat:distribution': DcatDistribution[] }[];
}

const requested = recordRequests();

test('the page is in the navigation and has its title', async ({ page }) => {
  await followNavigation(page, 'オープンデータ', /\/data\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('オープンデータ');
  await expect(page).toHaveTitle('オープンデータ | よろず支援拠点 公開ポータル');
  await expect(page.getByRole('link', { name: 'オープンデータ' }).first()).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('licence, synthetic notice and vintage are stated', async ({ page }) => {
  await page.goto('/data/');
  const main = page.locator('main');
  await expect(
    page.getByRole('heading', { level: 2, name: '利用条件（ライセンス）' }),
  ).toBeVisible();
  await expect(main).toContainText('政府標準利用規約（第2.0版）');
  await expect(main).toContainText('CC BY 4.0');
  await expect(main).toContainText('出典を明記');
  await expect(main).toContainText('編集・加工した旨');
  expect(manifest.synthetic).toBe(true);
  await expect(main).toContainText('合成サンプルデータ');
  const [year, month] = manifest.data_vintage.split('-').map(Number);
  await expect(main).toContainText(`(${year}年${month}月)`);
});

test('every published file is listed once with its exact SHA-256', async ({ page }) => {
  await page.goto('/data/');
  expect(files.length).toBeGreaterThan(10);
  const rows = page.locator('main tr[data-file]');
  await expect(rows).toHaveCount(files.length);
  for (const f of files) {
    const row = page.locator(`main tr[data-file="${f.file}"]`);
    await expect(row).toHaveCount(1);
    await expect(row.locator('code')).toHaveText(f.sha256);
    const link = row.getByRole('link');
    await expect(link).toHaveAttribute('href', `/data/files/${f.file}`);
    await expect(link).toHaveAccessibleName(
      new RegExp(`^${f.file.replace('.', '\\.')} をダウンロード \\(`),
    );
  }
  // One section per table, in manifest order, then portal.duckdb listing its tables.
  const tables = [...new Set(published.filter((p) => p.format !== 'duckdb').map((p) => p.table))];
  const sections = await page
    .locator('main section[data-table]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-table')));
  expect(sections).toEqual([...tables, 'portal.duckdb']);
  const inDb = published.filter((p) => p.file === 'portal.duckdb').map((p) => p.table);
  expect(inDb.length).toBeGreaterThan(1);
  const dbTables = await page
    .locator('main tr[data-db-table]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-db-table')));
  expect(dbTables).toEqual(inDb);
});

test('the download link names format and size', async ({ page }) => {
  await page.goto('/data/');
  const csv = published.find((p) => p.file === 'indicators.csv')!;
  const kb = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 }).format(csv.bytes / 1024);
  await expect(
    page.getByRole('link', { name: `indicators.csv をダウンロード (CSV, ${kb} KB)`, exact: true }),
  ).toHaveCount(1);
});

test('columns of each table are listed with their meanings', async ({ page }) => {
  await page.goto('/data/');
  const first = published.find((p) => p.table === 'indicators')!;
  const section = page.locator('section[data-table="indicators"]');
  const summary = section.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const table = section.getByRole('table', { name: `「${first.title}」の列` });
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(first.columns.length);
  for (const c of first.columns) {
    const row = table.locator('tbody tr', {
      has: page.getByRole('rowheader', { name: c.name, exact: true }),
    });
    await expect(row).toContainText(c.type);
    if (c.meaning) await expect(row).toContainText(c.meaning);
  }
});

test('downloads are served byte for byte as the manifest says', async ({ page }) => {
  const picks = [
    'indicators.csv',
    published.find((p) => p.format === 'json')!.file,
    'portal.duckdb',
  ];
  for (const file of picks) {
    const entry = published.find((p) => p.file === file)!;
    const response = await page.request.get(`/data/files/${file}`);
    expect(response.status(), file).toBe(200);
    const body = await response.body();
    expect(body.length, file).toBe(entry.bytes);
    expect(sha256(body), file).toBe(entry.sha256);
  }
  const response = await page.request.get('/data/files/manifest.json');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(manifestText);
});

test('the per-year microdata CSVs are ZIP archives, said so, each holding its CSV', async ({
  page,
}) => {
  const archives = published.filter((p) => p.archive);
  expect(archives.map((p) => p.file)).toEqual(
    published
      .filter((p) => p.table === 'microdata' && p.format === 'csv')
      .map((p) => `${p.archive!.file}.zip`),
  );
  expect(archives.length).toBeGreaterThan(0);
  await page.goto('/data/');
  for (const a of archives) {
    const row = page.locator(`main tr[data-file="${a.file}"]`);
    await expect(row.getByRole('rowheader')).toHaveText('CSV（ZIP 圧縮）');
    await expect(row.getByRole('link')).toHaveAccessibleName(
      new RegExp(`^${a.file.replaceAll('.', '\\.')} をダウンロード \\(CSV（ZIP 圧縮）, `),
    );
    await expect(row).toContainText('（展開後 ');
  }
  await expect(page.locator('section[data-table="microdata"] .zip-note')).toContainText('ZIP');
  const latest = archives.at(-1)!;
  const body = await (await page.request.get(`/data/files/${latest.file}`)).body();
  expect(sha256(body)).toBe(latest.sha256);
  const members = readZip(body);
  expect(members.map((m) => m.name)).toEqual([latest.archive!.file]);
  expect(members[0]!.data.length).toBe(latest.archive!.bytes);
  expect(sha256(members[0]!.data)).toBe(latest.archive!.sha256);
  expect(members[0]!.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM for Excel
});

test('datapackage.json is served as written and lists every CSV and Parquet download', async ({
  page,
}) => {
  const response = await page.request.get('/data/files/datapackage.json');
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe(packageText);
  const downloads = files.filter((f) => f.format === 'csv' || f.format === 'parquet');
  expect(dataPackage.resources.map((r) => r.path)).toEqual(downloads.map((f) => f.file));
  for (const r of dataPackage.resources) {
    const f = downloads.find((d) => d.file === r.path)!;
    expect([r.path, r.bytes, r.hash]).toEqual([f.file, f.bytes, `sha256:${f.sha256}`]);
  }
  // One served file checked byte for byte (the others are the same copies, listed above).
  const csv = dataPackage.resources.find((r) => r.path === 'offices.csv')!;
  const body = await (await page.request.get(`/data/files/${csv.path}`)).body();
  expect(`sha256:${sha256(body)}`).toBe(csv.hash);
});

test('the DCAT catalogue is linked from the head, embedded, and its downloads exist', async ({
  page,
}) => {
  await page.goto('/data/');
  const alternate = page.locator('head link[rel="alternate"][type="application/ld+json"]');
  await expect(alternate).toHaveAttribute('href', '/data/catalog.jsonld');
  const response = await page.request.get('/data/catalog.jsonld');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/ld+json');
  const catalog = (await response.json()) as DcatCatalog;
  expect(catalog['@type']).toBe('dcat:Catalog');
  const embedded = await page
    .locator('head script[type="application/ld+json"]')
    .evaluateAll((ss) => ss.map((s) => JSON.parse(s.textContent ?? '') as unknown));
  expect(embedded).toEqual([catalog]);
  const turtle = page.locator('head link[rel="alternate"][type="text/turtle"]');
  await expect(turtle).toHaveAttribute('href', '/data/catalog.ttl');
  const ttl = await page.request.get('/data/catalog.ttl');
  expect(ttl.headers()['content-type']).toBe('text/turtle; charset=utf-8');
  const downloads = (await ttl.text()).match(/ dcat:downloadURL <[^>]+> \.$/gm) ?? [];

  const distributions = catalog['dcat:dataset'].flatMap((d) => d['dcat:distribution']);
  expect(distributions).toHaveLength(dataPackage.resources.length);
  expect(downloads).toHaveLength(distributions.length);
  for (const d of distributions) {
    // Absolute, at the configured SITE (the local default in this build): served here by path.
    const url = new URL(d['dcat:downloadURL']['@id']);
    expect(url.pathname).toMatch(/^\/data\/files\/[^/]+$/);
    const body = await (await page.request.get(url.pathname)).body();
    expect([url.pathname, body.length, sha256(body)]).toEqual([
      url.pathname,
      Number(d['dcat:byteSize']['@value']),
      d['spdx:checksum']['spdx:checksumValue']['@value'],
    ]);
  }
});

test('the catalogue is explained to people with links to both files', async ({ page }) => {
  await page.goto('/data/');
  const section = page.locator('section[aria-labelledby="catalogue"]');
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('機械で読めるデータカタログ');
  await expect(section.getByRole('link', { name: /^datapackage\.json / })).toHaveAttribute(
    'href',
    '/data/files/datapackage.json',
  );
  await expect(section.getByRole('link', { name: /^catalog\.jsonld / })).toHaveAttribute(
    'href',
    '/data/catalog.jsonld',
  );
  await expect(section.getByRole('link', { name: /^catalog\.ttl / })).toHaveAttribute(
    'href',
    '/data/catalog.ttl',
  );
});

test('every link on the page resolves', async ({ page }) => {
  await page.goto('/data/');
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(files.length);
  for (const href of hrefs) {
    if (href.startsWith('#')) {
      await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
      continue;
    }
    const url = new URL(href, page.url());
    expect(url.hostname, href).toBe('127.0.0.1');
    const response = await page.request.get(url.href, { maxRedirects: 0 });
    expect(response.status(), href).toBe(200);
  }
});

test('no accessibility violations on /data/ (axe, WCAG 2.2 AA)', async ({ page }) => {
  await page.goto('/data/');
  expect(await axeViolations(page)).toEqual([]);
  // Again with every <details> open, so the column tables are checked too.
  await page.locator('details').evaluateAll((ds) => ds.forEach((d) => d.setAttribute('open', '')));
  expect(await axeViolations(page)).toEqual([]);
});

test('no request from /data/ leaves 127.0.0.1', ({ page }) =>
  expectOnlyLocalRequests(page, '/data/', requested));
