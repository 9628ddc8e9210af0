// phase2.csv (the three transition criteria, report §2(2)③) and financials.csv (yearly
// figures of those businesses, for the value-added indicators of 図表15/16).
import { prefCodes, vocab } from '../../src/lib/vocab.ts';
import { CORP, NONE, type Businesses } from './businesses.ts';
import { dayStr } from './calendar.ts';
import type { Phase2Record } from './consultations.ts';
import { Rng } from './prng.ts';
import { ChunkWriter, csvHeader } from './writer.ts';

export function writePhase2(
  path: string,
  records: readonly Phase2Record[],
  store: Businesses,
): number {
  const out = new ChunkWriter(path, csvHeader('phase2.csv') + '\n');
  for (const r of records) {
    const d = r.dates.map((x) => (x < 0 ? '' : dayStr[x]!));
    out.row(`${store.key(r.business)},${prefCodes[r.centre]},${d.join(',')}\n`);
  }
  out.close();
  return out.rows;
}

/** [E] sales per head (千円) by industry; other industries use the default. */
const SALES_PER_HEAD: Readonly<Record<string, number>> = {
  I: 28_000,
  E: 19_000,
  D: 21_000,
  M: 6_500,
  N: 7_500,
  R: 8_500,
  P: 7_000,
  A: 11_000,
  G: 14_000,
};
const LAST_FY = 2025;

export function writeFinancials(
  seed: number,
  path: string,
  records: readonly Phase2Record[],
  store: Businesses,
): number {
  const out = new ChunkWriter(path, csvHeader('financials.csv') + '\n');
  const rng = new Rng(seed, 'financials');
  const industries = vocab.industries.map((i) => i.code);
  for (const r of records) {
    if (r.dates[0] < 0) continue; // no statements submitted, no figures
    const b = r.business;
    const band = vocab.employeeBands[store.band[b]!];
    if (band === undefined) continue;
    const lo = Number(band.min);
    const hi = band.max === '' ? lo * 2 : Number(band.max);
    const corp = store.legal[b] === CORP;
    const ind = store.industry[b]!;
    const perHead = SALES_PER_HEAD[ind === NONE ? '' : industries[ind]!] ?? 12_000;
    const p2Fy = store.p2Day[b]! < 0x7fffffff ? fyOfDay(store.p2Day[b]!) : LAST_FY + 1;
    // Several consecutive years: from before the move to phase 2 until now or a stop [E].
    const first = r.fy - 1 - rng.int(3);
    const last = rng.chance(0.85) ? LAST_FY : rng.range(r.fy, LAST_FY);
    let employees = lo + Math.floor((hi - lo + 1) * rng.next() ** 2);
    let sales = (employees + 1) * perHead * Math.exp(0.35 * rng.normal());
    let margin = corp ? 0.025 + 0.04 * rng.normal() : 0.1 + 0.06 * rng.normal();
    for (let fy = first; fy <= last; fy++) {
      if (fy > first) {
        const lift = fy > p2Fy ? 0.035 : 0; // phase-2 support lifts growth [E]
        sales *= 1 + 0.015 + lift + 0.07 * rng.normal();
        margin += 0.003 + (fy > p2Fy ? 0.006 : 0) + 0.015 * rng.normal();
        if (rng.chance(0.3))
          employees = Math.min(hi, Math.max(lo, employees + (rng.chance(0.6) ? 1 : -1)));
      }
      const s = Math.max(0, Math.round(sales));
      const op = Math.round(s * margin);
      const dep = Math.round(s * (0.01 + 0.03 * rng.next()));
      let personnel = '';
      let welfare = '';
      let wages = '';
      if (corp)
        personnel = String(
          Math.round(employees * (3_300 + 1_300 * rng.next()) + 4_000 + 5_000 * rng.next()),
        );
      else {
        const w = Math.round(employees * (2_200 + 1_200 * rng.next()));
        wages = String(w);
        welfare = String(Math.round(w * (0.08 + 0.07 * rng.next())));
      }
      out.row(
        `${store.key(b)},${fy},${store.legalCode(b)},${employees},${s},${op},${personnel},${dep},${welfare},${wages}\n`,
      );
    }
  }
  out.close();
  return out.rows;
}

function fyOfDay(day: number): number {
  const s = dayStr[day]!;
  const y = Number(s.slice(0, 4));
  return Number(s.slice(5, 7)) >= 4 ? y : y - 1;
}
