// `npm start`, the front door: sample → pipeline → site, each only when needed, then serve
// the site on http://127.0.0.1:4321/ the way a static host would (scripts/lib/static-host.ts).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, hasExport, main, newestMtime, runNode, runSteps } from './lib/steps.ts';
import { siteSteps } from './lib/site-steps.ts';
import { basePath } from './lib/site-address.ts';
import { serveStatic } from './lib/static-host.ts';

const SAMPLE_DIR = 'data/sample';
const PUBLISHED_DIR = 'data/published';
const HOST = '127.0.0.1';
const PORT = 4321;
const BASE = basePath(process.env['BASE']);
const URL_TEXT = `http://${HOST}:${PORT}${BASE}`;

function pipelineSkipReason(): string | undefined {
  const manifest = resolve(ROOT, PUBLISHED_DIR, 'manifest.json');
  if (!existsSync(manifest)) return undefined;
  // A sample made after the last pipeline run has not been published yet.
  if (statSync(manifest).mtimeMs < newestMtime(SAMPLE_DIR)) return undefined;
  return `${PUBLISHED_DIR}/manifest.json is newer than ${SAMPLE_DIR}`;
}

/** Serves dist/ as a static host would (its _headers, compression, 404.html) until Ctrl+C. */
async function serve(): Promise<void> {
  const server = await serveStatic({ root: resolve(ROOT, 'dist'), base: BASE, port: PORT });
  console.log(`\n  The portal is running at  ${URL_TEXT}\n  (Ctrl+C to stop)\n`);
  await new Promise<void>((ok) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    }
  });
}

main(async () => {
  await runSteps([
    {
      label: `sample (national) → ${SAMPLE_DIR}`,
      skip: hasExport(SAMPLE_DIR) ? `${SAMPLE_DIR} exists` : undefined,
      run: () => runNode(['scripts/sample.ts', '--out', SAMPLE_DIR]),
    },
    {
      label: `pipeline → ${PUBLISHED_DIR}`,
      // Decided when the step starts, after the sample step may have written new files.
      get skip() {
        return pipelineSkipReason();
      },
      run: () => runNode(['scripts/pipeline.ts', '--in', SAMPLE_DIR, '--out', PUBLISHED_DIR]),
    },
    ...siteSteps(PUBLISHED_DIR),
    { label: `serve ${URL_TEXT}`, run: serve },
  ]);
});
