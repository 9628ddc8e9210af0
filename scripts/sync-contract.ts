// Copies the upstream contract (../shared/export-format) into the repo so that builds and
// tests never depend on a sibling checkout: vocab CSVs become JSON modules that both Node
// and the browser import, and the example export becomes the golden-test fixture.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsvText } from '../src/lib/csv/parse-text.ts';

const contract = resolve(process.argv[2] ?? '../shared/export-format');
const vocabOut = resolve('src/vocab');
mkdirSync(vocabOut, { recursive: true });
for (const name of readdirSync(join(contract, 'vocab'))) {
  if (!name.endsWith('.csv')) continue;
  const [header, ...rows] = parseCsvText(readFileSync(join(contract, 'vocab', name), 'utf8'));
  const records = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
  writeFileSync(
    join(vocabOut, name.replace(/\.csv$/, '.json')),
    JSON.stringify(records, null, 1) + '\n',
  );
}
cpSync(join(contract, 'example'), resolve('tests/fixtures/example'), { recursive: true });
for (const doc of ['README.md', 'indicators.md', 'disclosure.md']) {
  cpSync(join(contract, doc), resolve('docs/contract', doc));
}
console.log(`synced vocab, example and docs from ${contract}`);
