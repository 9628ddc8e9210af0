// The tile maps of the national overview: one per indicator with published rates, in
// INDICATORS order, each colouring the 47 centres by the indicator's rate per coordinator,
// and the CSS that shows the chosen one (radio buttons and :has, so no JavaScript).
// Build time only (reads the published rates).
import { tileMap, tileMapSummary, type TileRow } from '../../charts/tile-map.ts';
import { unitLabel } from '../../charts/value-format.ts';
import { t } from '../../i18n/index.ts';
import { INDICATORS } from '../indicators.ts';
import { ratePerCo } from '../site-data.ts';
import type { Centre } from '../vocab.ts';

export function tileMaps(fy: number, centres: readonly Centre[], base: string) {
  // A rate is null when the indicator is not ok or nobody was in post (reference-values.ts
  // rates): the table, the tiles and the map's summary all call it by the same word.
  const notComputable = t('home.map.perCoNone');
  return INDICATORS.filter((indicator) =>
    centres.some((c) => ratePerCo(fy, c.pref_code, indicator.id) !== undefined),
  ).map((indicator) => {
    const rows: TileRow[] = centres.map((c) => ({
      pref_code: c.pref_code,
      label: c.prefecture,
      value: ratePerCo(fy, c.pref_code, indicator.id) ?? null,
    }));
    const options = {
      legendLabel: t('compare.map.legend', {
        name: indicator.name,
        unit: unitLabel(indicator.unit),
      }),
      href: (pref: string) => `${base}centers/${pref}/`,
      unit: indicator.unit,
      missingText: notComputable,
      width: 640,
    };
    return { indicator, rows, svg: tileMap(rows, options), summary: tileMapSummary(rows, options) };
  });
}

/**
 * Which map shows: the checked radio's (the initial one where :has is not supported).
 * Ids are indicator ids (\w only), safe in CSS.
 */
export function tileMapCss(ids: readonly string[], initial: string): string {
  if (!ids.includes(initial)) throw new Error(`tile map: no rates of ${initial}`);
  return [
    `.tile-map[data-map]:not([data-map="${initial}"]) { display: none; }`,
    ...ids.map(
      (id) =>
        `.map-chooser:has(#map-choice-${id}:checked) .tile-map[data-map]:not([data-map="${id}"]) { display: none; }\n` +
        `.map-chooser:has(#map-choice-${id}:checked) .tile-map[data-map="${id}"] { display: block; }`,
    ),
  ].join('\n');
}
