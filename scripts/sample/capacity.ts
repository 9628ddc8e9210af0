// capacity.csv: support-capacity figures per centre and FY (図表13, 図表16), reported
// from FY2024 on. Sizes follow each centre's CO headcount [E].
import { prefCodes } from '../../src/lib/vocab.ts';
import { monthIndex } from './calendar.ts';
import type { Coordinators } from './coordinators.ts';
import { Rng } from './prng.ts';
import { csvHeader } from './writer.ts';

export const CAPACITY_FROM = 2024;

export function capacityCsv(seed: number, years: readonly number[], coords: Coordinators): string {
  const rng = new Rng(seed, 'capacity');
  const lines = [csvHeader('capacity.csv')];
  // Two centres have not reported their latest year yet [E].
  const late = new Set([rng.int(prefCodes.length), rng.int(prefCodes.length)]);
  const fys = years.filter((y) => y >= CAPACITY_FROM);
  prefCodes.forEach((pref, c) => {
    for (const fy of fys) {
      if (fy === fys[fys.length - 1] && fys.length > 1 && late.has(c)) continue;
      const cos = coords.byCentre[c]!.filter((i) => coords.isActive(i, monthIndex(fy, 10))).length;
      const lectures = rng.int(Math.max(2, Math.round(cos / 2)));
      lines.push(
        [
          pref,
          fy,
          Math.round(cos * (0.15 + 0.3 * rng.next())),
          rng.int(6),
          Math.round(cos * (0.5 + 2 * rng.next())),
          lectures,
          lectures * rng.range(15, 60),
        ].join(','),
      );
    }
  });
  return lines.join('\n') + '\n';
}
