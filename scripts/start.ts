// `npm start`, the front door: sample → pipeline → site, each only when needed, then serve
// the site on http://127.0.0.1:4321/.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ASTRO_CLI, ROOT, hasExport, main, newestMtime, runNode, runSteps } from './lib/steps.ts';
import { siteSteps } from './lib/site-steps.ts';

const SAMPLE_DIR = 'data/sample';
const PUBLISHED_DIR = 'data/published';
const HOST = '127.0.0.1';
const PORT = 4321;
const URL_TEXT = `http://${HOST}:${PORT}/`;

function pipelineSkipReason(): string | undefined {
  const manifest = resolve(ROOT, PUBLISHED_DIR, 'manifest.json');
  if (!existsSync(manifest)) return undefined;
  // A sample made after the last pipeline run has not been published yet.
  if (statSync(manifest).mtimeMs < newestMtime(SAMPLE_DIR)) return undefined;
  return `${PUBLISHED_DIR}/manifest.json is newer than ${SAMPLE_DIR}`;
}

async function waitForServer(timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(URL_TEXT)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function serve(): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [ASTRO_CLI, 'preview', '--host', HOST, '--port', String(PORT)],
      { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
    );
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => child.kill(signal));
    }
    child.on('error', fail);
    child.on('exit', (code, signal) =>
      code === 0 || signal === 'SIGINT' || signal === 'SIGTERM'
        ? ok()
        : fail(new Error(`astro preview stopped (${signal ?? `exit code ${code}`})`)),
    );
    void waitForServer(30_000).then((up) => {
      if (up) console.log(`\n  The portal is running at  ${URL_TEXT}\n  (Ctrl+C to stop)\n`);
    });
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
