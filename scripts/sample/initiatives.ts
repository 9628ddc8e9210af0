// initiatives/*.md: two to six of each centre's own initiatives per fiscal year (report
// §6⑧), `done` with participants and an outcome for past years, `planned` for the last.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prefCodes, vocab } from '../../src/lib/vocab.ts';
import { INITIATIVE_KINDS } from '../../src/schemas/initiative-codes.ts';
import { dayStr, fyEnd, fyStart } from './calendar.ts';
import { INITIATIVE_TEMPLATES, type InitiativeTemplate } from './initiative-templates.ts';
import { checkTemplateCodes } from './mixes.ts';
import { PLACES } from './places.ts';
import { Rng } from './prng.ts';

checkTemplateCodes(INITIATIVE_TEMPLATES, [
  [vocab.topics, (t) => t.topics],
  [vocab.agencies, (t) => t.partners],
  [INITIATIVE_KINDS.map((code) => ({ code })), (t) => t.kind],
]);

const INITIATIVE_FILE = /^in-\d{2}-\d{4}-\d{2}\.md$/;
const SYNTHETIC_NOTE = '※ サンプルデータ用の架空の取組です。実在の事業者・人物とは関係ありません。';
const list = (xs: readonly string[]): string => `[${xs.join(', ')}]`;
const paragraphs = (s: string): string => s.replaceAll('\n', '\n\n');

/** Writes the initiatives of every centre and year; removes stale ones of an earlier run. */
export function writeInitiatives(seed: number, dir: string, years: readonly number[]): number {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (INITIATIVE_FILE.test(f)) rmSync(join(dir, f));
  const last = years[years.length - 1]!;
  let count = 0;
  prefCodes.forEach((pref, c) => {
    const prefecture = vocab.centres[c]!.prefecture;
    const cities = PLACES[pref]!.cities.slice(1);
    for (const fy of years) {
      const rng = new Rng(seed, `initiatives-${pref}-${fy}`);
      const picked = rng.sample(INITIATIVE_TEMPLATES.length, rng.range(2, 6));
      picked.forEach((i, k) => {
        const id = `in-${pref}-${fy}-${String(k + 1).padStart(2, '0')}`;
        const text = initiative(rng, INITIATIVE_TEMPLATES[i]!, {
          id,
          pref,
          prefecture,
          city: rng.pick(cities),
          fy,
          done: fy < last,
        });
        writeFileSync(join(dir, `${id}.md`), text);
        count++;
      });
    }
  });
  return count;
}

interface Where {
  id: string;
  pref: string;
  prefecture: string;
  city: string;
  fy: number;
  done: boolean;
}

function initiative(rng: Rng, t: InitiativeTemplate, w: Where): string {
  const p = t.people[1] > 0 ? rng.range(t.people[0], t.people[1]) : 0;
  const b = t.businessShare > 0 ? Math.max(1, Math.round(p * t.businessShare)) : 0;
  const x = Math.max(1, Math.round(b * (0.2 + 0.3 * rng.next())));
  const k = rng.range(3, 8);
  const fill = (s: string): string =>
    s
      .replaceAll('{pref}', w.prefecture)
      .replaceAll('{city}', w.city)
      .replaceAll('{p}', String(p))
      .replaceAll('{b}', String(b))
      .replaceAll('{x}', String(x))
      .replaceAll('{k}', String(k));

  const first = fyStart(w.fy);
  const span = fyEnd(w.fy) - first + 1;
  const len = Math.min(rng.range(t.days[0], t.days[1]), span - 1);
  const start = first + rng.int(span - len);
  const withEnd = len > 0 || rng.chance(0.5);
  const partners = t.partners.length > 1 && rng.chance(0.3) ? t.partners.slice(0, -1) : t.partners;

  const front = [
    '---',
    `id: ${w.id}`,
    `pref_code: "${w.pref}"`,
    `fiscal_year: ${w.fy}`,
    `title: ${fill(t.title)}`,
    `kind: ${t.kind}`,
    `stage: ${w.done ? 'done' : 'planned'}`,
    `start: ${dayStr[start]}`,
  ];
  if (withEnd && (w.done || rng.chance(0.7))) front.push(`end: ${dayStr[start + len]}`);
  front.push(`topics: ${list(t.topics)}`, `partners: ${list(partners)}`);
  if (w.done) {
    if (p > 0) front.push(`participants: ${p}`);
    if (b > 0) front.push(`businesses: ${b}`);
    front.push(`outcome: ${fill(t.outcome)}`);
  }
  front.push('---');
  const body = w.done
    ? ['## ねらい', fill(t.aim), '## 実施内容', fill(t.done), '## 成果', fill(t.result)]
    : ['## ねらい', fill(t.aim), '## 予定', fill(t.plan)];
  return [
    ...front,
    '',
    ...body.map(paragraphs).join('\n\n').split('\n'),
    '',
    SYNTHETIC_NOTE,
    '',
  ].join('\n');
}
