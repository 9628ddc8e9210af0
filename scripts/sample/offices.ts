// offices.csv: each centre's main office (本部) and zero to three satellites. Addresses use
// real city names with the fictional 町名 「架空町」; phone numbers have a local part that
// starts with 0, which no real Japanese number has; URLs are on example.jp (reserved).
import { prefCodes, vocab } from '../../src/lib/vocab.ts';
import { cityStem, PLACES } from './places.ts';
import { Rng } from './prng.ts';
import { csvField, csvHeader } from './writer.ts';

export const OFFICES_HEADER = csvHeader('offices.csv');

const MAIN_HOURS = [
  '平日 9:00-17:00',
  '平日 8:30-17:15',
  '平日 9:00-17:00（土曜は予約制）',
  '平日 9:00-18:00',
] as const;
const SATELLITE_HOURS = [
  '火・木 10:00-16:00',
  '毎週水曜 13:00-17:00',
  '第1・第3金曜 10:00-16:00（予約制）',
  '月・水・金 9:30-16:30',
  '第2・第4火曜 10:00-15:00',
] as const;
/** Satellites per centre: 0–3, most have one or two [E]. */
const SATELLITES = [0.2, 0.35, 0.3, 0.15];

/** Fictional number: the local part after the area code begins with 0. */
function phone(rng: Rng, area: string): string {
  const mid = '0'.repeat(6 - area.length);
  return `${area}-${mid}-${String(rng.int(10_000)).padStart(4, '0')}`;
}

function address(rng: Rng, pref: string, city: string, building: boolean): string {
  const street = `${rng.range(1, 5)}-${rng.range(1, 20)}-${rng.range(1, 30)}`;
  const floor = building ? ` 架空ビル${rng.range(2, 9)}階` : '';
  return `${pref}${city}架空町${street}${floor}`;
}

export function officesCsv(seed: number): { csv: string; rows: number } {
  const lines = [OFFICES_HEADER];
  prefCodes.forEach((pref, c) => {
    const rng = new Rng(seed, `offices-${pref}`);
    const centre = vocab.centres[c]!;
    const places = PLACES[pref];
    if (!places) throw new Error(`offices: no places for ${pref}`);
    const slug = centre.prefecture_en.toLowerCase();
    const site = `https://example.jp/yorozu-${slug}/`;
    const [home, ...others] = places.cities;
    const row = (fields: readonly (string | number)[]): void => {
      lines.push(fields.map((f) => csvField(String(f))).join(','));
    };
    row([
      pref,
      `${slug}-main`,
      '本部',
      1,
      address(rng, centre.prefecture, home!, true),
      phone(rng, places.area),
      site,
      rng.chance(0.7) ? `${site}booking` : '',
      rng.pick(MAIN_HOURS),
      rng.chance(0.9) ? 1 : 0,
    ]);
    let n = 0;
    for (let x = rng.next(); n < SATELLITES.length - 1 && x >= SATELLITES[n]!; n++) {
      x -= SATELLITES[n]!;
    }
    rng.sample(others.length, n).forEach((i, k) => {
      const city = others[i]!;
      row([
        pref,
        `${slug}-sat-${k + 1}`,
        `${cityStem(city)}サテライト`,
        0,
        address(rng, centre.prefecture, city, rng.chance(0.5)),
        rng.chance(0.5) ? phone(rng, places.area) : '',
        rng.chance(0.6) ? `${site}offices/${k + 1}` : '',
        '',
        rng.pick(SATELLITE_HOURS),
        rng.chance(0.3) ? 1 : 0,
      ]);
    });
  });
  return { csv: lines.join('\n') + '\n', rows: lines.length - 1 };
}
