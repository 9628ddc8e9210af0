// Customer survey responses (図表12 ⑥, 図表16 ⑤), written while consultations stream.
// Satisfaction uses systematic sampling per centre and FY, so each centre's share stays
// at its calibrated level (> 90% everywhere [S]) even where there are few answers.
import { SATISFACTION_FLOOR, SATISFACTION_MEAN, SATISFACTION_SD } from './calibration.ts';
import type { Rng } from './prng.ts';
import { ChunkWriter, csvHeader } from './writer.ts';

const SURVEY_HEADER = csvHeader('surveys.csv') + '\n';

/** [E] chance of a positive (4–5) answer when satisfied; halved when not. */
const POSITIVE = {
  insight: 0.9,
  knowhow: 0.86,
  roadmap: 0.82,
  outcome: 0.78,
  selfdrive: 0.74,
  outlook: 0.68,
};

export class SurveyWriter {
  readonly out: ChunkWriter;
  private n = 0;
  private pSat = SATISFACTION_MEAN;
  private acc = 0;
  private fy = 0;

  constructor(path: string) {
    this.out = new ChunkWriter(path, SURVEY_HEADER);
  }

  /** Draws this centre's satisfaction level: mean ≈ 94%, SD ≈ 2 points [E]. */
  startCentre(rng: Rng): void {
    const p = SATISFACTION_MEAN + SATISFACTION_SD * rng.normal();
    this.pSat = Math.min(0.985, Math.max(SATISFACTION_FLOOR, p));
  }

  startYear(rng: Rng, fy: number): void {
    this.fy = fy;
    this.acc = rng.next();
  }

  write(rng: Rng, date: string, pref: string, coId: string): void {
    let sat = '';
    let satisfied = true;
    if (rng.next() < 0.98) {
      this.acc += this.pSat;
      satisfied = this.acc >= 1;
      if (satisfied) this.acc -= 1;
      sat = satisfied ? (rng.next() < 0.55 ? '5' : '4') : negative(rng);
    }
    const f = satisfied ? 1 : 0.5;
    const q = (p: number, answered: number): string =>
      rng.next() >= answered
        ? ''
        : rng.next() < p * f
          ? rng.next() < 0.45
            ? '5'
            : '4'
          : negative(rng);
    const insight = q(POSITIVE.insight, 0.96);
    const knowhow = q(POSITIVE.knowhow, 0.96);
    const roadmap = q(POSITIVE.roadmap, 0.95);
    const outcome = q(POSITIVE.outcome, 0.94);
    // The two questions of the FY2026 framework are asked from FY2024 on [E].
    const selfdrive = this.fy >= 2024 ? q(POSITIVE.selfdrive, 0.9) : '';
    const outlook = this.fy >= 2024 ? q(POSITIVE.outlook, 0.9) : '';
    const id = 'S' + String(++this.n).padStart(8, '0');
    this.out.row(
      `${id},${date},${pref},${coId},${insight},${knowhow},${roadmap},${outcome},${sat},${selfdrive},${outlook}\n`,
    );
  }
}

function negative(rng: Rng): string {
  const r = rng.next();
  return r < 0.72 ? '3' : r < 0.93 ? '2' : '1';
}
