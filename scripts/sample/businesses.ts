// Businesses as columns of typed arrays (about a million of them nationally). Attributes
// are fixed for life, so every consultation of a business repeats the same values.
import { codes, vocab } from '../../src/lib/vocab.ts';
import { BAND_WEIGHTS, INDUSTRY_WEIGHTS, SOLE_SHARE_BY_BAND, indexOfCode } from './mixes.ts';
import { cumulative, mix32, type Rng } from './prng.ts';

export const NONE = 255;
export const NEVER = 0x7fffffff;

const LEGAL = codes(vocab.legalForms);
const BANDS = codes(vocab.employeeBands);
const INDUSTRIES = codes(vocab.industries);
export const CORP = indexOfCode(vocab.legalForms, 'corp');
export const SOLE = indexOfCode(vocab.legalForms, 'sole');
export const PRESTARTUP = indexOfCode(vocab.legalForms, 'prestartup');

const bandCum = cumulative(BAND_WEIGHTS);
const industryCum = cumulative(INDUSTRY_WEIGHTS);
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

export class Businesses {
  n = 0;
  legal = new Uint8Array(1 << 16);
  band = new Uint8Array(1 << 16);
  industry = new Uint8Array(1 << 16);
  /** Centre where the business first consulted; `second`: a later second centre. */
  home = new Uint8Array(1 << 16);
  second = new Uint8Array(1 << 16);
  /** Visits per year relative to the mean. */
  intensity = new Float32Array(1 << 16);
  /** Phase 2 (at the home centre) from this day on; NEVER if not (yet). */
  p2Day = new Int32Array(1 << 16);
  p2Selected = new Uint8Array(1 << 16);
  /** The coordinator who saw the business last (global index), −1 before. */
  lastCo = new Int32Array(1 << 16);
  /** Last FY in which the business was counted nationally (名寄せ statistics). */
  seenFy = new Uint16Array(1 << 16);
  private readonly salt: number;
  private readonly salt2: number;

  constructor(salt: number) {
    this.salt = salt >>> 0;
    this.salt2 = mix32(salt ^ 0x9e3779b9);
  }

  private grow(): void {
    const cap = this.legal.length * 2;
    const g8 = (a: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> => {
      const b = new Uint8Array(cap);
      b.set(a);
      return b;
    };
    this.legal = g8(this.legal);
    this.band = g8(this.band);
    this.industry = g8(this.industry);
    this.home = g8(this.home);
    this.second = g8(this.second);
    this.p2Selected = g8(this.p2Selected);
    const f = new Float32Array(cap);
    f.set(this.intensity);
    this.intensity = f;
    const d = new Int32Array(cap);
    d.set(this.p2Day);
    this.p2Day = d;
    const c = new Int32Array(cap);
    c.set(this.lastCo);
    this.lastCo = c;
    const y = new Uint16Array(cap);
    y.set(this.seenFy);
    this.seenFy = y;
  }

  /** A new business at `centre`; `pre` is the centre's share of 創業予定者. */
  create(rng: Rng, centre: number, pre: number): number {
    if (this.n === this.legal.length) this.grow();
    const i = this.n++;
    if (rng.chance(pre)) {
      this.legal[i] = PRESTARTUP;
      this.band[i] = NONE;
      // A prestartup may not know its industry yet [E].
      this.industry[i] = rng.chance(0.2) ? NONE : rng.pickCum(industryCum);
    } else {
      const band = rng.pickCum(bandCum);
      this.band[i] = band;
      this.legal[i] = rng.chance(SOLE_SHARE_BY_BAND[band]!) ? SOLE : CORP;
      this.industry[i] = rng.pickCum(industryCum);
    }
    this.home[i] = centre;
    this.second[i] = NONE;
    this.intensity[i] = Math.exp(0.45 * rng.normal() - 0.1);
    this.p2Day[i] = NEVER;
    this.p2Selected[i] = 0;
    this.lastCo[i] = -1;
    this.seenFy[i] = 0;
    return i;
  }

  /** Opaque, stable key: a bijective scramble of the index, so keys never collide. */
  key(i: number): string {
    return 'BK' + hex(mix32((i ^ this.salt) >>> 0), 8) + hex(mix32(i ^ this.salt2) & 0xffff, 4);
  }

  legalCode(i: number): string {
    return LEGAL[this.legal[i]!]!;
  }

  bandCode(i: number): string {
    const b = this.band[i]!;
    return b === NONE ? '' : BANDS[b]!;
  }

  /** `business_key,legal_form,employees_band,industry` of consultations.csv. */
  columns(i: number): string {
    const ind = this.industry[i]!;
    return `${this.key(i)},${this.legalCode(i)},${this.bandCode(i)},${ind === NONE ? '' : INDUSTRIES[ind]}`;
  }
}
