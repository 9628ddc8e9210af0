// `npm run build`: builds the site from the published data as it is. Only when there is no
// published data yet does it make the sample and run the pipeline first.
// `--fixture` (for e2e): a small seeded sample → pipeline → site, all under tests/e2e/.build.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../src/lib/published.ts';
import { siteSteps } from './lib/site-steps.ts';
import { hasExport, main, ROOT, runNode, runSteps, type Step } from './lib/steps.ts';

const SAMPLE_DIR = 'data/sample';
const FIXTURE_DIR = 'tests/e2e/.build';

const { values } = parseArgs({ options: { fixture: { type: 'boolean', default: false } } });

function fixtureSteps(): Step[] {
  const exportDir = `${FIXTURE_DIR}/export`;
  const published = `${FIXTURE_DIR}/published`;
  return [
    {
      label: `sample (small, seed 7) → ${exportDir}`,
      run: async () => {
        rmSync(resolve(ROOT, FIXTURE_DIR), { recursive: true, force: true });
        // --hostile: the sample's own markup payloads too (SampleOptions.hostile).
        await runNode([
          'scripts/sample.ts',
          '--out',
          exportDir,
          '--scale',
          'small',
          '--seed',
          '7',
          '--hostile',
        ]);
      },
    },
    {
      // TEST ONLY: script and markup payloads in bios, menus and case bodies, so the e2e
      // untrusted-text spec can follow them through the pipeline into the site.
      label: `untrusted-text payloads (test only) → ${exportDir}`,
      run: () => runNode(['tests/helpers/inject-payloads.ts', exportDir]),
    },
    {
      label: `pipeline → ${published}`,
      run: () => runNode(['scripts/pipeline.ts', '--in', exportDir, '--out', published]),
    },
    ...siteSteps(published),
  ];
}

function defaultSteps(): Step[] {
  const dataDir = process.env['PORTAL_DATA'] || DEFAULT_DATA_DIR;
  const published = existsSync(resolve(ROOT, dataDir, 'manifest.json'));
  if (!published && dataDir !== DEFAULT_DATA_DIR) {
    // Never generate data into a directory someone else chose.
    throw new Error(`PORTAL_DATA=${dataDir} has no manifest.json; run npm run pipeline first.`);
  }
  const havePublished = `${dataDir}/manifest.json exists`;
  return [
    {
      label: `sample → ${SAMPLE_DIR}`,
      skip: published ? havePublished : hasExport(SAMPLE_DIR) ? `${SAMPLE_DIR} exists` : undefined,
      run: () => runNode(['scripts/sample.ts', '--out', SAMPLE_DIR]),
    },
    {
      label: `pipeline → ${dataDir}`,
      skip: published ? havePublished : undefined,
      run: () => runNode(['scripts/pipeline.ts', '--in', SAMPLE_DIR, '--out', dataDir]),
    },
    ...siteSteps(dataDir),
  ];
}

main(() => runSteps(values.fixture ? fixtureSteps() : defaultSteps()));
