// consultations.csv, streamed centre by centre and year by year: businesses come back
// from earlier years or are new, each visits a few times, and every session goes to a
// coordinator in post that month. Per-centre FY totals are exact (scale.ts plan).
import { codes, prefCodes, vocab } from '../../src/lib/vocab.ts';
import {
  PRESTARTUP_SHARE,
  PRESTARTUP_SHARE_BY_CENTRE,
  RETURN_EARLIER,
  RETURN_LAST_YEAR,
  VISITS_PER_BUSINESS,
} from './calibration.ts';
import { Businesses, NEVER, NONE, PRESTARTUP } from './businesses.ts';
import { FyDays, HORIZON, dayMonth, dayStr, fyStart } from './calendar.ts';
import type { Coordinators } from './coordinators.ts';
import {
  CHANNEL_OUTREACH,
  CHANNEL_PHONE,
  CHANNEL_VISIT,
  agencyTables,
  channelTable,
  topicShares,
  topicTables,
} from './mixes.ts';
import { Rng } from './prng.ts';
import type { Plan, Scale } from './scale.ts';
import type { SurveyWriter } from './surveys.ts';
import type { ChunkWriter } from './writer.ts';
import { csvHeader } from './writer.ts';

export const CONSULTATION_HEADER = csvHeader('consultations.csv') + '\n';

export interface Phase2Record {
  business: number;
  centre: number;
  fy: number;
  /** statements_submitted, visualization_started, consent as days; −1 = not yet. */
  dates: [number, number, number];
}

export interface ConsultationStats {
  rowsByFy: Map<number, number>;
  businessesByFy: Map<number, number>;
  /** Distinct businesses per FY and centre (prefCodes order), for the plans' targets. */
  businessesByCentreFy: Map<number, Int32Array>;
  phase2: Phase2Record[];
  businesses: Businesses;
}

/** [E] phase-2 uptake by employee band: larger businesses move on more (report §2(2)④). */
const PRE_VISITS = 0.8; // [E]
const P2_BAND_FACTOR = [0.3, 0.8, 1.6, 2.2, 2.5, 2.5, 2.5];

export function writeConsultations(
  seed: number,
  scale: Scale,
  plan: Plan,
  coords: Coordinators,
  out: ChunkWriter,
  surveys: SurveyWriter,
  log: (msg: string) => void,
): ConsultationStats {
  const store = new Businesses(new Rng(seed, 'business-salt').int(0x7fffffff));
  const TOPICS = codes(vocab.topics);
  const AGENCIES = codes(vocab.agencies);
  const CHANNELS = codes(vocab.channels);
  const agencyCum = agencyTables();
  const coIds = coords.list.map((c) => c.coId);
  const coCentre = Int32Array.from(coords.list, (c) => c.centre);
  const coJoined = Int32Array.from(coords.list, (c) => c.joined);
  const coLeft = Int32Array.from(coords.list, (c) => (c.left < 0 ? 1 << 30 : c.left));
  const days = new Map(scale.years.map((fy) => [fy, new FyDays(fy)]));
  const firstMonth = dayMonth[fyStart(scale.years[0]!)]!;
  const lastMonth = dayMonth[HORIZON]!;
  const rowsByFy = new Map<number, number>();
  const businessesByFy = new Map<number, number>();
  const businessesByCentreFy = new Map(
    scale.years.map((fy) => [fy, new Int32Array(prefCodes.length)]),
  );
  const phase2: Phase2Record[] = [];
  let cid = 0;

  prefCodes.forEach((pref, c) => {
    const rng = new Rng(seed, `consultations-${pref}`);
    const coTables = coords.tablesFor(c);
    const pre = PRESTARTUP_SHARE_BY_CENTRE[pref] ?? PRESTARTUP_SHARE;
    // Prestartups visit 0.8× as often, so their share of rows is a little smaller.
    const preRows = (pre * PRE_VISITS) / (1 - pre + pre * PRE_VISITS);
    const topicPre: Float64Array[] = [];
    const topicOther: Float64Array[] = [];
    for (let m = firstMonth; m <= lastMonth; m++) {
      const fy = 2014 + Math.floor((m - 3) / 12);
      const [a, b] = topicTables(topicShares(pref, fy, m), preRows);
      topicPre[m] = a;
      topicOther[m] = b;
    }
    surveys.startCentre(rng);
    const members: number[] = [];
    const memberLast: number[] = [];

    for (const fy of scale.years) {
      const target = plan.consultations.get(fy)?.[c] ?? 0;
      const fyDays = days.get(fy)!;
      const dayAlias = fyDays.alias;
      const start = fyDays.start;
      const chanCum = channelTable(pref, fy);
      const meanVisits = VISITS_PER_BUSINESS[fy] ?? 3;
      surveys.startYear(rng, fy);
      let rows = 0;
      let distinct = 0;

      const emit = (b: number, maxRows: number): number => {
        const isPre = store.legal[b] === PRESTARTUP;
        const atHome = store.home[b] === c;
        if (
          atHome &&
          !isPre &&
          fy >= scale.phase2From &&
          store.p2Selected[b] === 0 &&
          rng.chance(scale.phase2Rate * (P2_BAND_FACTOR[store.band[b]!] ?? 1))
        ) {
          store.p2Selected[b] = 1;
          const t0 = start + dayAlias.draw(rng);
          const dates: [number, number, number] = [
            t0,
            t0 + rng.range(5, 70),
            t0 + rng.range(-40, 60),
          ];
          for (let i = 0; i < 3; i++) {
            if (dates[i]! > HORIZON || rng.chance(0.06)) dates[i] = -1; // not met yet
          }
          store.p2Day[b] = dates.includes(-1) ? NEVER : Math.max(...dates);
          phase2.push({ business: b, centre: c, fy, dates });
        }
        const p2 = atHome && store.p2Selected[b] === 1;
        const mean = meanVisits * store.intensity[b]! * (p2 ? 1.8 : 1) * (isPre ? PRE_VISITS : 1);
        const k = Math.min(maxRows, 40, 1 + rng.geometric(mean - 1));
        const p2Day = atHome ? store.p2Day[b]! : NEVER;
        const cols = store.columns(b);
        const tPre = isPre ? topicPre : topicOther;
        for (let v = 0; v < k; v++) {
          const day = start + dayAlias.draw(rng);
          const m = dayMonth[day]!;
          const group = rng.next() < scale.groupSessions;
          let co = '';
          if (!group) {
            const t = coTables[m]!;
            if (t.ids.length > 0) {
              let who = store.lastCo[b]!;
              // Businesses mostly keep their coordinator while that CO is in post [E].
              const keep =
                who >= 0 &&
                coCentre[who] === c &&
                coJoined[who]! <= m &&
                m < coLeft[who]! &&
                rng.next() < 0.7;
              if (!keep) {
                who = t.ids[rng.pickCum(t.cum)]!;
                store.lastCo[b] = who;
              }
              co = coIds[who]!;
            }
          }
          const t1 = rng.pickCum(tPre[m]!);
          let topics = TOPICS[t1]!;
          const r = rng.next();
          if (r >= 0.45) {
            const other = topicOther[m]!;
            let t2 = rng.pickCum(other);
            if (t2 === t1) t2 = rng.pickCum(other);
            if (t2 !== t1) {
              topics += ';' + TOPICS[t2];
              if (r >= 0.85) {
                const t3 = rng.pickCum(other);
                if (t3 !== t1 && t3 !== t2) topics += ';' + TOPICS[t3];
              }
            }
          }
          const ch = group
            ? rng.next() < 0.7
              ? CHANNEL_OUTREACH
              : CHANNEL_VISIT
            : rng.pickCum(chanCum);
          let minutes: number;
          if (group) minutes = rng.range(60, 180);
          else if (rng.next() < 0.006) minutes = rng.range(150, 480);
          else if (ch === CHANNEL_PHONE) minutes = Math.round(Math.exp(3 + 0.5 * rng.normal()));
          else minutes = Math.round(Math.exp(4.1 + 0.38 * rng.normal())); // mostly 30–90 [E]
          if (minutes < 1) minutes = 1;
          else if (minutes > 480) minutes = 480;
          const phase = day >= p2Day ? 2 : 1;
          const resolved = rng.next() < (phase === 2 ? 0.33 : 0.22) + (v > 0 ? 0.04 : 0);
          const outcome = rng.next() < (resolved ? 0.55 : 0.16);
          let referred = '';
          if (rng.next() < 0.1) {
            const a1 = rng.pickCum(agencyCum[t1]!);
            referred = AGENCIES[a1]!;
            const a2 = rng.next() < 0.15 ? rng.pickCum(agencyCum[t1]!) : a1;
            if (a2 !== a1) referred += ';' + AGENCIES[a2];
          }
          const joint = rng.next() < 0.05 ? AGENCIES[rng.pickCum(agencyCum[t1]!)]! : '';
          const date = dayStr[day]!;
          out.row(
            `C${String(++cid).padStart(8, '0')},${date},${pref},${co},${cols},${topics},${CHANNELS[ch]},${minutes},${phase},${resolved ? 1 : 0},${outcome ? 1 : 0},${referred},${joint}\n`,
          );
          if (rng.next() < scale.surveyRate) surveys.write(rng, date, pref, co);
        }
        if (store.seenFy[b] !== fy) {
          store.seenFy[b] = fy;
          distinct++;
        }
        return k;
      };

      // Returning businesses: last year's often, earlier ones now and then; phase-2
      // businesses are supported continuously (report §2(2)③) [E].
      const back: number[] = [];
      for (let j = 0; j < members.length; j++) {
        const b = members[j]!;
        const p2 = store.p2Selected[b] === 1 && store.home[b] === c;
        const last = memberLast[j]!;
        const p = last === fy - 1 ? (p2 ? 0.9 : RETURN_LAST_YEAR) : p2 ? 0.3 : RETURN_EARLIER;
        if (rng.next() < p) back.push(j);
      }
      for (let i = back.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = back[i]!;
        back[i] = back[j]!;
        back[j] = t;
      }
      for (const j of back) {
        if (rows >= target) break;
        memberLast[j] = fy;
        rows += emit(members[j]!, target - rows);
      }
      while (rows < target) {
        let b = -1;
        if (store.n > 0 && rng.next() < scale.crossCentre) {
          // A business that already consulted at another centre (same national key).
          for (let tries = 0; tries < 4 && b < 0; tries++) {
            const x = rng.int(store.n);
            if (store.home[x] !== c && store.second[x] === NONE) {
              store.second[x] = c;
              b = x;
            }
          }
        }
        if (b < 0) b = store.create(rng, c, pre);
        members.push(b);
        memberLast.push(fy);
        rows += emit(b, target - rows);
      }
      rowsByFy.set(fy, (rowsByFy.get(fy) ?? 0) + rows);
      businessesByFy.set(fy, (businessesByFy.get(fy) ?? 0) + distinct);
      businessesByCentreFy.get(fy)![c] = distinct;
    }
    if ((c + 1) % 12 === 0 || c === prefCodes.length - 1) {
      log(`consultations.csv: ${cid.toLocaleString('en')} rows after centre ${pref}`);
    }
  });
  return { rowsByFy, businessesByFy, businessesByCentreFy, phase2, businesses: store };
}
