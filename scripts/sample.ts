// npm run sample -- --out DIR [--scale national|small] [--seed N] [--hostile]
// Writes a calibrated, deterministic sample export (format v1.1) into DIR. It is written
// into a sibling folder and renamed to DIR when whole, so a run stopped half-way never
// leaves a DIR that `npm start` would take for a finished sample.
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSample, type ScaleName } from './sample/index.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    scale: { type: 'string', default: 'national' },
    seed: { type: 'string', default: '1' },
    quiet: { type: 'boolean', default: false },
    // Markup and script payloads in some bios and menus (test exports only; SampleOptions).
    hostile: { type: 'boolean' },
  },
});
const scale = values.scale;
const seed = Number(values.seed);
if (
  values.out === undefined ||
  (scale !== 'national' && scale !== 'small') ||
  !Number.isInteger(seed)
) {
  console.error(
    'usage: npm run sample -- --out DIR [--scale national|small] [--seed N] [--hostile] [--quiet]',
  );
  process.exit(2);
}
const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, 'SYNTHETIC'))) {
  console.error(`${values.out}: not replaced: it is not empty and holds no sample (no SYNTHETIC)`);
  process.exit(2);
}
const partialPrefix = `.${basename(out)}.partial-`;
// Leftovers of runs that were stopped: never a sample, so they go.
for (const name of existsSync(dirname(out)) ? readdirSync(dirname(out)) : []) {
  if (name.startsWith(partialPrefix)) rmSync(join(dirname(out), name), { recursive: true });
}
const partial = join(dirname(out), `${partialPrefix}${process.pid}`);
const t0 = performance.now();
const summary = generateSample({
  outDir: partial,
  scale: scale as ScaleName,
  seed,
  ...(values.hostile === undefined ? {} : { hostile: values.hostile }),
  ...(values.quiet ? {} : { log: (msg: string) => console.error(msg) }),
});
rmSync(out, { recursive: true, force: true });
renameSync(partial, out);
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const counts = Object.entries(summary.rows)
  .map(([file, n]) => `${file} ${n.toLocaleString('en')}`)
  .join(', ');
console.log(`sample ${summary.scale} seed ${seed} → ${values.out}: ${counts} in ${seconds} s`);
