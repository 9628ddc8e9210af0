// npm run sample -- --out DIR [--scale national|small] [--seed N]
// Writes a calibrated, deterministic sample export (format v1.1) into DIR.
import { parseArgs } from 'node:util';
import { generateSample, type ScaleName } from './sample/index.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    scale: { type: 'string', default: 'national' },
    seed: { type: 'string', default: '1' },
    quiet: { type: 'boolean', default: false },
  },
});
const scale = values.scale;
const seed = Number(values.seed);
if (
  values.out === undefined ||
  (scale !== 'national' && scale !== 'small') ||
  !Number.isInteger(seed)
) {
  console.error('usage: npm run sample -- --out DIR [--scale national|small] [--seed N] [--quiet]');
  process.exit(2);
}
const t0 = performance.now();
const summary = generateSample({
  outDir: values.out,
  scale: scale as ScaleName,
  seed,
  ...(values.quiet ? {} : { log: (msg: string) => console.error(msg) }),
});
const seconds = ((performance.now() - t0) / 1000).toFixed(1);
const counts = Object.entries(summary.rows)
  .map(([file, n]) => `${file} ${n.toLocaleString('en')}`)
  .join(', ');
console.log(`sample ${summary.scale} seed ${seed} → ${values.out}: ${counts} in ${seconds} s`);
