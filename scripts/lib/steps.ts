// Shared by build.ts and start.ts: numbered progress lines with elapsed seconds, and child
// processes on this same Node 22 (process.execPath), never whatever `node` is on PATH.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO_CLI = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface Step {
  label: string;
  /** Why the step is not needed this time; the step is then announced and skipped. */
  skip?: string | undefined;
  run: () => Promise<void>;
}

const seconds = (since: number): string => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Runs the steps in order, printing "[2/3] label …" and how long each took. */
export async function runSteps(steps: Step[], log = console.log): Promise<void> {
  const start = performance.now();
  for (const [i, step] of steps.entries()) {
    const tag = `[${i + 1}/${steps.length}] ${step.label}`;
    if (step.skip) {
      log(`${tag}: skipped (${step.skip})`);
      continue;
    }
    log(`${tag} …`);
    const t0 = performance.now();
    await step.run();
    log(`${tag}: done in ${seconds(t0)}`);
  }
  log(`All done in ${seconds(start)}.`);
}

/** Runs `node <args>` on this Node, output streamed; rejects unless it exits with 0. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code === 0) ok();
      else fail(new Error(`node ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** `astro build` with the site reading its data from `dataDir`. */
export function astroBuild(dataDir: string): Promise<void> {
  return runNode([ASTRO_CLI, 'build'], { PORTAL_DATA: resolve(ROOT, dataDir) });
}

/** True when `dir` holds the two files every export has (format README). */
export function hasExport(dir: string): boolean {
  return ['coordinators.csv', 'consultations.csv'].every((f) => existsSync(resolve(ROOT, dir, f)));
}

/** Newest modification time (ms) of any file under `dir`, or 0 when there is none. */
export function newestMtime(dir: string): number {
  const abs = resolve(ROOT, dir);
  if (!existsSync(abs)) return 0;
  let newest = 0;
  for (const entry of readdirSync(abs, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Runs `main`, turning any failure into a message and exit code 1. */
export function main(fn: () => Promise<void>): void {
  Promise.resolve()
    .then(fn)
    .catch((error: unknown) => {
      console.error(`\nFailed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
