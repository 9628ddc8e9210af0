// npx node scripts/bench-dist.ts [--dist DIR]: what the built site weighs, files and MiB
// per top-level folder of dist/ and in all, the largest files, and whether it is within
// the static-host limits the build checks (scripts/lib/dist-size.ts). Run after a build.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDist, formatDistReport, listDist, summarise } from './lib/dist-size.ts';
import { main, ROOT } from './lib/steps.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });

main(async () => {
  const dir = resolve(ROOT, values.dist);
  if (!existsSync(dir)) throw new Error(`${dir} does not exist: run npm run build first`);
  const files = listDist(dir);
  for (const line of formatDistReport(summarise(files))) console.log(line);
  const problems = checkDist(files);
  console.log('');
  for (const line of problems) console.log(line);
  console.log(problems.length ? 'over the limits' : 'within the limits');
});
