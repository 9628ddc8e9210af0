// The directory's words come from the dictionary and the code lists, so its English pages
// carry no Japanese but people's own: no Japanese literal in its code outside comments.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOTS = [
  'src/components/directory/',
  'src/lib/directory/',
  'src/lib/search/',
  'src/lib/reach/',
  'src/pages/[...lang]/coordinators/',
  'src/pages/[...lang]/menus/',
  'src/pages/[...lang]/cases/',
  'src/pages/[...lang]/initiatives/',
  'src/pages/[...lang]/search/',
];
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/u;
// Splitting a Japanese code-list name into its parts ("販路開拓・マーケティング").
const ALLOWED = ["name.split('・')"];

const withoutComments = (text: string): string =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '');

describe('directory UI strings', () => {
  it('has no Japanese literal in the directory code outside comments', () => {
    const root = new URL('../../../../', import.meta.url);
    const found = ROOTS.flatMap((dir) =>
      readdirSync(new URL(dir, root))
        .filter((f) => /\.(ts|astro)$/.test(f))
        .flatMap((f) =>
          withoutComments(readFileSync(new URL(dir + f, root), 'utf8'))
            .split('\n')
            .map((line) => ALLOWED.reduce((l, a) => l.replace(a, ''), line))
            .filter((line) => JAPANESE.test(line))
            .map((line) => `${dir}${f}: ${line.trim()}`),
        ),
    );
    expect(found).toEqual([]);
  });
});
