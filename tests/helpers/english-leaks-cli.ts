// `npx node tests/helpers/english-leaks-cli.ts FILE|URL…`: the Japanese text outside
// lang="ja" on English pages, grouped by text, for finding what the English edition misses.
import { readFileSync } from 'node:fs';
import { englishLeaks } from './english-leaks.ts';

let total = 0;
for (const arg of process.argv.slice(2)) {
  const html = /^https?:/.test(arg) ? await (await fetch(arg)).text() : readFileSync(arg, 'utf8');
  const leaks = englishLeaks(html);
  total += leaks.length;
  const seen = new Map<string, number>();
  for (const l of leaks) {
    const key = `${l.where} :: ${l.text}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  console.log(`${arg}: ${leaks.length} leak(s)`);
  for (const [key, n] of seen) console.log(`  ${n > 1 ? `${n}× ` : ''}${key}`);
}
process.exitCode = total > 0 ? 1 : 0;
