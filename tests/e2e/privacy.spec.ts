// disclosure.md, "What must never appear anywhere in the built site": no business_key,
// consultation_id or response_id of the export the build used, in any file of dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseCsvText } from '../../src/lib/csv/parse-text.ts';

const exportDir = new URL('.build/export/', import.meta.url).pathname;
const dist = new URL('../../dist/', import.meta.url).pathname;

function column(file: string, name: string): string[] {
  const [header, ...rows] = parseCsvText(readFileSync(join(exportDir, file), 'utf8'));
  const i = header!.indexOf(name);
  return rows.map((r) => r[i]!).filter(Boolean);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('no identifier of the export reaches dist/', () => {
  const identifiers = new Set([
    ...column('consultations.csv', 'business_key'),
    ...column('consultations.csv', 'consultation_id'),
    ...column('surveys.csv', 'response_id'),
  ]);
  expect(identifiers.size).toBeGreaterThan(1000);
  const built = files(dist);
  expect(built.length).toBeGreaterThan(0);
  for (const file of built) {
    const text = readFileSync(file, 'utf8');
    const found = [...identifiers].filter((id) => text.includes(id));
    expect(found, file).toEqual([]);
  }
});
