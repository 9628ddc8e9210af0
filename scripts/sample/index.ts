// The sample export generator: writes every file of export format v1.1 into outDir,
// deterministically for a seed, calibrated on ../shared/notes/calibration.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCalibration } from './calibration.ts';
import { capacityCsv } from './capacity.ts';
import { writeCases } from './cases.ts';
import { CONSULTATION_HEADER, writeConsultations } from './consultations.ts';
import { buildCoordinators } from './coordinators.ts';
import { writeFinancials, writePhase2 } from './financials.ts';
import { writeInitiatives } from './initiatives.ts';
import { menusCsv } from './menus.ts';
import { officesCsv } from './offices.ts';
import { plansCsv } from './plans.ts';
import { SCALES, makePlan, type ScaleName } from './scale.ts';
import { SurveyWriter } from './surveys.ts';
import { ChunkWriter } from './writer.ts';

export type { ScaleName } from './scale.ts';

export interface SampleOptions {
  outDir: string;
  scale?: ScaleName;
  seed?: number;
  /**
   * Markup and script payloads in a few bios and menu descriptions, for test exports that
   * follow untrusted text through the site; off by default, so the demo data reads like
   * real content. The `small` scale (tests, the e2e fixture) turns it on unless told not to.
   */
  hostile?: boolean;
  /** Progress messages; tests pass nothing and stay silent. */
  log?: (msg: string) => void;
}

export interface SampleSummary {
  scale: ScaleName;
  seed: number;
  /** Data rows per file (cases: number of files). */
  rows: Record<string, number>;
  consultationsByFy: Record<number, number>;
  businessesByFy: Record<number, number>;
}

export function generateSample(opts: SampleOptions): SampleSummary {
  const scaleName = opts.scale ?? 'national';
  const seed = opts.seed ?? 1;
  const hostile = opts.hostile ?? scaleName === 'small';
  const log = opts.log ?? ((): void => {});
  const scale = SCALES[scaleName];
  checkCalibration();
  mkdirSync(opts.outDir, { recursive: true });
  const plan = makePlan(scale);
  const coords = buildCoordinators(seed, scale, plan, hostile);
  const rows: Record<string, number> = {};
  // The pipeline labels an export holding this file as synthetic (scripts/pipeline/run.ts).
  writeFileSync(
    join(opts.outDir, 'SYNTHETIC'),
    `Synthetic sample export (scale ${scaleName}, seed ${seed}) made by npm run sample.\n` +
      'Every person, business and case in it is fictional; figures follow data/README.md.\n',
  );
  writeFileSync(join(opts.outDir, 'coordinators.csv'), coords.toCsv());
  rows['coordinators.csv'] = coords.list.length;
  log(`coordinators.csv: ${coords.list.length} rows`);

  const consultations = new ChunkWriter(
    join(opts.outDir, 'consultations.csv'),
    CONSULTATION_HEADER,
  );
  const surveys = new SurveyWriter(join(opts.outDir, 'surveys.csv'));
  const stats = writeConsultations(seed, scale, plan, coords, consultations, surveys, log);
  consultations.close();
  surveys.out.close();
  rows['consultations.csv'] = consultations.rows;
  rows['surveys.csv'] = surveys.out.rows;

  rows['phase2.csv'] = writePhase2(join(opts.outDir, 'phase2.csv'), stats.phase2, stats.businesses);
  rows['financials.csv'] = writeFinancials(
    seed,
    join(opts.outDir, 'financials.csv'),
    stats.phase2,
    stats.businesses,
  );
  const capacity = capacityCsv(seed, scale.years, coords);
  writeFileSync(join(opts.outDir, 'capacity.csv'), capacity);
  rows['capacity.csv'] = capacity.split('\n').length - 2;
  const menus = menusCsv(seed, coords, hostile);
  writeFileSync(join(opts.outDir, 'support_menus.csv'), menus.csv);
  rows['support_menus.csv'] = menus.rows;
  rows['cases/*.md'] = writeCases(seed, join(opts.outDir, 'cases'), scale.years[0]!, coords);
  // Format v1.1 files, each from its own random streams so the v1 files above stay as
  // they were for a seed.
  const plans = plansCsv(seed, scale, plan, coords, stats);
  writeFileSync(join(opts.outDir, 'plans.csv'), plans.csv);
  rows['plans.csv'] = plans.rows;
  rows['initiatives/*.md'] = writeInitiatives(seed, join(opts.outDir, 'initiatives'), scale.years);
  const offices = officesCsv(seed);
  writeFileSync(join(opts.outDir, 'offices.csv'), offices.csv);
  rows['offices.csv'] = offices.rows;
  return {
    scale: scaleName,
    seed,
    rows,
    consultationsByFy: Object.fromEntries(stats.rowsByFy),
    businessesByFy: Object.fromEntries(stats.businessesByFy),
  };
}
