// npm run pipeline -- --in DIR [--in DIR …] [--out DIR] [--ingested DIR]
// Reads export directories (format v1), validates every row and publishes normalised
// Parquet tables and manifest.json. Exit 0: published; 1: input rejected; 2: usage.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { consoleEffects } from './lib/effects.ts';
import { runPipeline } from './pipeline/run.ts';

const usage =
  'usage: npm run pipeline -- --in DIR [--in DIR …] [--out DIR] [--ingested DIR] [--max-errors N]';
let args;
try {
  args = parseArgs({
    options: {
      in: { type: 'string', multiple: true },
      out: { type: 'string', default: 'data/published' },
      ingested: { type: 'string' },
      'max-errors': { type: 'string', default: '1000' },
    },
  }).values;
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
if (!args.in?.length) {
  console.error(usage);
  process.exit(2);
}
// DuckDB reads files by glob patterns, so a path with * ? [ would name other files.
for (const [flag, path] of [
  ...args.in.map((p) => ['--in', p] as const),
  ['--out', args.out] as const,
  ...(args.ingested ? [['--ingested', args.ingested] as const] : []),
]) {
  if (/[*?[\]{}]/.test(path)) {
    console.error(`${flag} ${path}: a path with * ? [ ] { } cannot be read safely; rename it`);
    process.exit(2);
  }
}
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// The code version names the commit too ('-dirty' with uncommitted changes), so a
// published number can be traced to the code that computed it.
const git = (...a: string[]) =>
  spawnSync('git', a, { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
const commit = git('rev-parse', '--short=12', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no').stdout?.trim() !== '';
const codeVersion =
  commit.status === 0
    ? `${pkg.version}+${commit.stdout.trim()}${dirty ? '-dirty' : ''}`
    : pkg.version;
const result = await runPipeline({
  inDirs: args.in,
  outDir: args.out,
  ...(args.ingested && { ingestedDir: args.ingested }),
  effects: consoleEffects(),
  codeVersion,
  maxPrinted: Number(args['max-errors']),
});
process.exit(result.ok ? 0 : 1);
