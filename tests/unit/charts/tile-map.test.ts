import { describe, expect, it } from 'vitest';
import {
  TILE_COLORS,
  TILE_POSITIONS,
  classBreaks,
  tileMap,
  tileMapSummary,
  type TileRow,
} from '../../../src/charts/tile-map.ts';
import { contrast } from '../../../src/charts/value-format.ts';
import { prefCodes, vocab } from '../../../src/lib/vocab.ts';
import { assertSnapshot, externalUrls, parseSvg } from '../../helpers/svg-snapshot.ts';

// Seeded values (no Math.random): a few prefectures without data.
const rows: TileRow[] = vocab.centres.map((c, i) => ({
  pref_code: c.pref_code,
  label: c.prefecture.replace(/[都府県]$/, ''),
  value: [4, 19, 46].includes(i) ? null : ((i * 37) % 100) * 10,
}));
const options = {
  legendLabel: '相談実績件数（件）',
  unit: '件',
  href: (pref: string) => `/centers/${pref}/`,
};

const tiles = (svg: string) =>
  [...parseSvg(svg).querySelectorAll('a')].map((a) => ({
    href: a.getAttribute('href'),
    name: a.querySelector('rect')?.getAttribute('aria-label'),
    x: a.querySelector('rect')?.getAttribute('x'),
    y: a.querySelector('rect')?.getAttribute('y'),
  }));

describe('tileMap', () => {
  it('tileMapConsultations', () => {
    assertSnapshot('tileMapConsultations', tileMap(rows, options));
  });

  it('places each of the 47 prefectures on its own tile', () => {
    expect(Object.keys(TILE_POSITIONS).sort()).toEqual(prefCodes);
    const cells = new Set(Object.values(TILE_POSITIONS).map(([c, r]) => `${c},${r}`));
    expect(cells.size).toBe(47);
  });

  it('has 47 links in JIS order, whatever the input order', () => {
    const links = tiles(tileMap([...rows].reverse(), options));
    expect(links).toHaveLength(47);
    expect(links.map((l) => l.href)).toEqual(prefCodes.map((p) => `/centers/${p}/`));
    expect(links[0]!.name).toBe('北海道：0件');
    expect(links[4]!.name).toBe('秋田：データなし');
  });

  it('does not move tiles when the values change', () => {
    const other = rows.map((r, i) => ({ ...r, value: 1000 - i }));
    const pos = (svg: string) => tiles(svg).map((t) => `${t.x},${t.y}`);
    expect(pos(tileMap(other, options))).toEqual(pos(tileMap(rows, options)));
  });

  it('draws missing values with the hatch pattern and names them in the legend', () => {
    const svg = parseSvg(tileMap(rows, options));
    const patternId = svg.querySelector('pattern')!.getAttribute('id');
    const hatched = svg.querySelectorAll(`a rect[fill="url(#${patternId})"]`);
    expect(hatched).toHaveLength(3);
    const legend = [...svg.querySelectorAll('g[aria-label="凡例"] text')].map((t) => t.textContent);
    expect(legend.at(-1)).toBe('データなし');
    expect(svg.getAttribute('role')).toBe('group');
    expect(externalUrls(svg.outerHTML)).toEqual([]);
  });

  it('uses classes whose darkest colours keep tile text readable', () => {
    expect(classBreaks([0, 100])).toEqual([20, 40, 60, 80]);
    expect(classBreaks([5, 5])).toEqual([]);
    // Tile outline ≥ 3:1 against white (non-text contrast).
    expect(contrast('#595959', '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const fill of TILE_COLORS) {
      expect(Math.max(contrast(fill, '#000000'), contrast(fill, '#ffffff'))).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('summarises the range and the gaps without naming a highest or lowest centre', () => {
    const summary = tileMapSummary(rows, options);
    expect(summary).toBe('相談実績件数（件）：44都道府県の値は0件〜990件、3都道府県はデータなし。');
    for (const r of rows) expect(summary).not.toContain(r.label);
  });

  it('calls a missing value by the word the table beside it uses, in summary, tiles and legend', () => {
    const said = { ...options, missingText: '算出不可' };
    expect(tileMapSummary(rows, said)).toBe(
      '相談実績件数（件）：44都道府県の値は0件〜990件、3都道府県は算出不可。',
    );
    const allMissing = rows.map((r) => ({ ...r, value: null }));
    expect(tileMapSummary(allMissing, said)).toBe('相談実績件数（件）：全都道府県で算出不可。');
    const svg = tileMap(rows, said);
    expect(tiles(svg)[4]!.name).toBe('秋田：算出不可');
    const legend = [...parseSvg(svg).querySelectorAll('g[aria-label="凡例"] text')];
    expect(legend.at(-1)!.textContent).toBe('算出不可');
    expect(svg).not.toContain('データなし');
  });
});
