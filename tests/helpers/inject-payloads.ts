// TEST ONLY. `node tests/helpers/inject-payloads.ts <export dir>`: puts the payloads of
// payloads.ts into a fixture export (bios of consenting coordinators, menu descriptions,
// case bodies) so they travel through the whole pipeline into the built site, and records
// where in <export dir>/../payloads.json. Run by `scripts/build.ts --fixture` only.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseCsvText } from '../../src/lib/csv/parse-text.ts';
import { csvField } from '../../scripts/sample/writer.ts';
import { MARKDOWN_PAYLOADS, TEXT_PAYLOADS, type InjectedPayloads } from './payloads.ts';

const BIO_MAX = 400;
const DESCRIPTION_MAX = 1000;

function rewriteCsv(
  file: string,
  change: (row: Record<string, string>, index: number) => boolean,
): void {
  const [header, ...rows] = parseCsvText(readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file}: empty`);
  let changed = 0;
  const lines = rows.map((cells) => {
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    if (change(row, changed)) changed += 1;
    return header.map((h) => csvField(row[h] ?? '')).join(',');
  });
  writeFileSync(file, [header.join(','), ...lines].join('\n') + '\n');
}

// Two initiatives (when the export has any) get a script in the title, quoted as a YAML
// string (80 characters at most, format README), and every Markdown payload in the body.
function injectInitiatives(dir: string): InjectedPayloads['initiatives'] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .slice(0, 2);
  return names.map((name) => {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const id = /^id:\s*"?([a-z0-9-]+)/m.exec(text)?.[1];
    if (!id) throw new Error(`${path}: no id`);
    const title = `${TEXT_PAYLOADS[0]} ${id}`.slice(0, 80);
    const withTitle = text.replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`);
    writeFileSync(path, `${withTitle.trimEnd()}\n\n${MARKDOWN_PAYLOADS.join('\n\n')}\n`);
    return { id, title, payloads: MARKDOWN_PAYLOADS };
  });
}

export function injectPayloads(exportDir: string): InjectedPayloads {
  const out: InjectedPayloads = { coordinators: [], menus: [], cases: [], initiatives: [] };
  // One payload per consenting coordinator, spread over centres (one per centre).
  const seenCentres = new Set<string>();
  rewriteCsv(join(exportDir, 'coordinators.csv'), (row, i) => {
    const payload = TEXT_PAYLOADS[i];
    if (!payload || row['publish_consent'] !== '1' || seenCentres.has(row['pref_code']!))
      return false;
    seenCentres.add(row['pref_code']!);
    row['bio'] = `${payload} ${row['bio']}`.slice(0, BIO_MAX);
    out.coordinators.push({ co_id: row['co_id']!, bio: row['bio'] });
    return true;
  });
  const menuCentres = new Set<string>();
  rewriteCsv(join(exportDir, 'support_menus.csv'), (row, i) => {
    const payload = TEXT_PAYLOADS[i];
    if (!payload || menuCentres.has(row['pref_code']!)) return false;
    menuCentres.add(row['pref_code']!);
    row['description'] = `${payload}\n${row['description']}`.slice(0, DESCRIPTION_MAX);
    out.menus.push({ menu_id: row['menu_id']!, description: row['description'] });
    return true;
  });
  // Two case studies get every Markdown payload, each as its own paragraph.
  const caseDir = join(exportDir, 'cases');
  for (const name of readdirSync(caseDir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .slice(0, 2)) {
    const path = join(caseDir, name);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, `${text.trimEnd()}\n\n${MARKDOWN_PAYLOADS.join('\n\n')}\n`);
    const id = /^id:\s*(\S+)/m.exec(text)?.[1];
    if (!id) throw new Error(`${path}: no id`);
    out.cases.push({ id, payloads: MARKDOWN_PAYLOADS });
  }
  out.initiatives = injectInitiatives(join(exportDir, 'initiatives'));
  if (out.coordinators.length < TEXT_PAYLOADS.length || out.menus.length < TEXT_PAYLOADS.length) {
    throw new Error('inject-payloads: the export has too few centres for every payload');
  }
  return out;
}

const dir = process.argv[2];
if (dir) {
  const injected = injectPayloads(dir);
  writeFileSync(join(dirname(dir), 'payloads.json'), JSON.stringify(injected, null, 2));
  console.log(
    `payloads: ${injected.coordinators.length} bios, ${injected.menus.length} menus, ${injected.cases.length} case studies, ${injected.initiatives.length} initiatives`,
  );
}
