// One centre's own export cut from a multi-centre export (a generated sample): what that
// centre's case-record system would give it. Its rows of every file with pref_code, the
// financials of its businesses, and the coordinators its rows name (an online
// consultation may be given by another centre's coordinator). For tests and benchmarks
// of the workspace; streamed, so the national sample's 450 MB consultations.csv is fine.
import { createReadStream, createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CsvRecordParser } from '../../src/lib/csv/records.ts';
import { foldCode } from '../../src/lib/normalise/text.ts';

const prefOf = (raw: string) => foldCode(raw).padStart(2, '0');
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Streams `from` (UTF-8) to `to`, keeping the rows `keep` accepts; returns rows kept. */
async function filterCsv(
  from: string,
  to: string,
  keep: (get: (column: string) => string) => boolean,
): Promise<number> {
  const out = createWriteStream(to);
  let header: string[] | null = null;
  let kept = 0;
  const parser = new CsvRecordParser((r) => {
    if (!header) {
      header = r.fields;
      out.write(header.map(cell).join(',') + '\n');
      return;
    }
    const h = header;
    if (keep((c) => r.fields[h.indexOf(c)] ?? '')) {
      out.write(r.fields.map(cell).join(',') + '\n');
      kept++;
    }
  });
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(from, { highWaterMark: 1 << 20 }))
    parser.push(decoder.decode(chunk as Buffer, { stream: true }));
  parser.push(decoder.decode());
  parser.end();
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return kept;
}

/** Writes centre `pref`'s export from `from` into `to`; returns rows kept per file. */
export async function writeCentreExport(
  from: string,
  to: string,
  pref: string,
): Promise<Record<string, number>> {
  mkdirSync(to, { recursive: true });
  const businesses = new Set<string>();
  const coIds = new Set<string>();
  const own = (get: (c: string) => string) => prefOf(get('pref_code')) === pref;
  const kept: Record<string, number> = {};
  const files = readdirSync(from).filter((f) => f.endsWith('.csv'));
  // consultations, surveys and menus first: they say which businesses and coordinators.
  const order = ['consultations.csv', 'surveys.csv', 'support_menus.csv'];
  for (const file of [...order.filter((f) => files.includes(f)), ...files]) {
    if (file in kept) continue;
    const keep =
      file === 'financials.csv'
        ? (get: (c: string) => string) => businesses.has(get('business_key').trim())
        : file === 'coordinators.csv'
          ? (get: (c: string) => string) => own(get) || coIds.has(foldCode(get('co_id')))
          : (get: (c: string) => string) => {
              if (!own(get)) return false;
              if (file === 'consultations.csv') businesses.add(get('business_key').trim());
              if (file === 'consultations.csv' || file === 'surveys.csv')
                coIds.add(foldCode(get('co_id')));
              if (file === 'support_menus.csv')
                for (const id of get('co_ids').split(';')) if (id) coIds.add(foldCode(id));
              return true;
            };
    kept[file] = await filterCsv(join(from, file), join(to, file), keep);
  }
  return kept;
}

/** The centre with the most consultations (ties: the lower pref_code). */
export async function largestCentre(dir: string): Promise<string> {
  const n = new Map<string, number>();
  await filterCsv(join(dir, 'consultations.csv'), '/dev/null', (get) => {
    const p = prefOf(get('pref_code'));
    n.set(p, (n.get(p) ?? 0) + 1);
    return false;
  });
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
