// The steps that turn a published data directory into dist/, shared by `npm run build` and
// `npm start`: browser data first (the pages name its hashed files), then the site, the
// search index, the files the site links to, and the check that a static host takes it.
import { browserDataStep, copyBrowserDataStep } from './browser-data.ts';
import { copyStep } from './copy-published.ts';
import { distSizeStep } from './dist-size.ts';
import { searchIndexStep } from './search-index.ts';
import { astroBuild, type Step } from './steps.ts';

export function siteSteps(dataDir: string): Step[] {
  return [
    browserDataStep(dataDir),
    { label: `site from ${dataDir} → dist/`, run: () => astroBuild(dataDir) },
    searchIndexStep(),
    copyStep(dataDir),
    copyBrowserDataStep(),
    distSizeStep(),
  ];
}
