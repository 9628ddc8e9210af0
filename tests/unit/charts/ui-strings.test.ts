// Every word a chart shows comes from the dictionary (src/i18n), so an English dictionary
// can follow without touching the charts. Unit codes of indicators.md ('割合', '件', '千円/人'…)
// are data, not UI text (value-format.ts maps them to dictionary keys), and comments may say
// anything.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charts } from '../../../src/i18n/ja/charts.ts';

const dir = new URL('../../../src/charts/', import.meta.url);
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(new URL(f, dir), 'utf8') }));
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/u;

const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('chart UI strings', () => {
  it('has no Japanese literal in src/charts outside comments and unit codes', () => {
    const found = sources.flatMap(({ file, text }) =>
      withoutComments(text)
        .split('\n')
        .map((line) =>
          line
            .replace(/'(割合|比|件|者|人|回|千円|千円\/人)'/g, '')
            .replace(/^\s*(件|者|人|回|千円):/, ''),
        )
        .filter((line) => JAPANESE.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('uses every charts.* key of the dictionary', () => {
    const all = sources.map((s) => s.text).join('\n');
    const unused = Object.keys(charts).filter((key) => !all.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
