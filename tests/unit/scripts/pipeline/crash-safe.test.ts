// Interrupted and concurrent runs, tested by killing a real pipeline process: no work
// files left behind (removed on SIGINT/SIGTERM, by the next run after SIGKILL), the
// previous release always whole at the output path, and a second run on the same output
// refused at once (disclosure.md, "nor on the machine that builds them"; release.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { EXAMPLE, run, tempDir } from '../../../helpers/export.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');

interface Child {
  proc: ChildProcess;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function spawnPipeline(out: string): Child {
  // The test runs on the project's Node; the child is that same binary, so a signal sent
  // to it reaches the pipeline itself (not an npx wrapper).
  const proc = spawn(process.execPath, ['scripts/pipeline.ts', '--in', EXAMPLE, '--out', out], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  proc.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  proc.stdout!.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    proc.on('exit', (code, signal) => done({ code, signal })),
  );
  return { proc, stderr: () => err, exit };
}

const workFolders = (out: string) =>
  readdirSync(join(out, '..')).filter((n) => n.startsWith('.out.work-'));

/** Waits until `check` holds, polling fast enough to catch the run early. */
async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The release at `out` is whole: the manifest and every file it lists, hashes matching. */
function expectWholeRelease(out: string, manifestBefore: string): void {
  const text = readFileSync(join(out, 'manifest.json'), 'utf8');
  expect(text).toBe(manifestBefore);
  const manifest = JSON.parse(text) as { published: { file: string; sha256: string }[] };
  expect(manifest.published.length).toBeGreaterThan(10);
  for (const f of manifest.published) {
    const hash = createHash('sha256')
      .update(readFileSync(join(out, f.file)))
      .digest('hex');
    expect(hash, f.file).toBe(f.sha256);
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  try {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      out.push(p);
      if (e.isDirectory()) out.push(...walk(p));
    }
  } catch {
    // the run may remove files while they are listed
  }
  return out;
}

describe('an interrupted or concurrent pipeline run', () => {
  let out: string;
  let manifest: string;
  beforeAll(async () => {
    out = join(tempDir(), 'out');
    const r = await run([EXAMPLE], out);
    expect(r.errors).toEqual([]);
    manifest = readFileSync(join(out, 'manifest.json'), 'utf8');
  });

  test('the output is a link to a whole release; the work folder is gone', () => {
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out)).toMatch(/^\.out\.releases\/\d+-\d+$/);
    expect(workFolders(out)).toEqual([]);
    expectWholeRelease(out, manifest);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    for (const moment of ['work folder made', 'disclosure stage'] as const) {
      test(`${signal} at "${moment}": exit ${code}, one line, no work files, release whole`, async () => {
        const child = spawnPipeline(out);
        await until(() => workFolders(out).length > 0, 'the work folder');
        const work = join(out, '..', workFolders(out)[0]!);
        // Private while it exists: the folder 0700, nothing inside readable by others.
        expect(statSync(work).mode & 0o777).toBe(0o700);
        if (moment === 'disclosure stage') {
          await until(() => existsSync(join(work, 'scratch')), 'the disclosure stage');
          for (const p of walk(work)) {
            try {
              expect(statSync(p).mode & 0o077, p).toBe(0);
            } catch (e) {
              if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
            }
          }
        }
        child.proc.kill(signal);
        const { code: exitCode } = await child.exit;
        expect(exitCode).toBe(code);
        expect(child.stderr().trim().split('\n')).toEqual([
          `interrupted (${signal}): work files removed; ${out} is unchanged`,
        ]);
        expect(workFolders(out)).toEqual([]);
        expect(existsSync(join(out, '..', '.out.lock'))).toBe(false);
        expectWholeRelease(out, manifest);
      });
    }
  }

  test('SIGKILL: the next run removes the work folder it left and says so', async () => {
    const child = spawnPipeline(out);
    await until(() => workFolders(out).length > 0, 'the work folder');
    const work = workFolders(out)[0]!;
    await until(() => existsSync(join(out, '..', work, 'fast')), 'ingest');
    child.proc.kill('SIGKILL');
    await child.exit;
    expect(workFolders(out)).toEqual([work]);
    expectWholeRelease(out, manifest);
    // Its lock is left too: the next run takes it over, since its pid is dead.
    const next = await run([EXAMPLE], out);
    expect(next.errors).toEqual([]);
    expect(next.warnings.join('\n')).toContain(
      `${join(out, '..', work)}: work folder of an interrupted run (pid ${child.proc.pid}): removed`,
    );
    expect(next.warnings.join('\n')).toContain(`left by pid ${child.proc.pid}`);
    expect(workFolders(out)).toEqual([]);
    manifest = readFileSync(join(out, 'manifest.json'), 'utf8');
    expectWholeRelease(out, manifest);
  });

  test('a second run on the same output stops at once, naming the first', async () => {
    const first = spawnPipeline(out);
    await until(() => workFolders(out).length > 0, 'the first run');
    const t = Date.now();
    const second = await run([EXAMPLE], out);
    expect(Date.now() - t).toBeLessThan(1000);
    expect(second.ok).toBe(false);
    expect(second.errors).toEqual([
      `--out ${out}: another pipeline run (pid ${first.proc.pid}) is writing here; stopped without changing anything`,
    ]);
    const { code } = await first.exit;
    expect(code).toBe(0);
    expect(first.stderr()).not.toMatch(/ENOTEMPTY|Error/);
    expect(workFolders(out)).toEqual([]);
    manifest = readFileSync(join(out, 'manifest.json'), 'utf8');
    expectWholeRelease(out, manifest);
  });

  test('the output path never fails to resolve while a run switches releases', async () => {
    const child = spawnPipeline(out);
    let checks = 0;
    let missing = 0;
    while (child.proc.exitCode === null) {
      checks++;
      if (!existsSync(join(out, 'manifest.json'))) missing++;
      await new Promise((r) => setImmediate(r));
    }
    expect((await child.exit).code).toBe(0);
    expect(checks).toBeGreaterThan(100);
    expect(missing).toBe(0);
    // The replaced release is kept (a build may be reading it); older ones are removed.
    expect(readdirSync(join(out, '..', '.out.releases'))).toHaveLength(2);
  });
});

describe('the output path', () => {
  test('a symbolic link given as --out stays a link; the release goes where it points', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'target'));
    symlinkSync(join(dir, 'target'), join(dir, 'out'));
    const r = await run([EXAMPLE], join(dir, 'out'));
    expect(r.errors).toEqual([]);
    expect(readlinkSync(join(dir, 'out'))).toBe(join(dir, 'target'));
    expect(r.warnings).toContain(
      `${join(dir, 'out')}: a symbolic link to ${join(dir, 'target')}: publishing there and keeping the link`,
    );
    expect(existsSync(join(dir, 'out', 'manifest.json'))).toBe(true);
  });

  test('a plain folder from an earlier run becomes the previous release', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.json'), '{}\n');
    const r = await run([EXAMPLE], out);
    expect(r.errors).toEqual([]);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    const releases = readdirSync(join(dir, '.out.releases'));
    expect(releases.filter((n) => n.endsWith('-legacy'))).toHaveLength(1);
    expect(
      readFileSync(
        join(
          dir,
          '.out.releases',
          releases.find((n) => n.endsWith('-legacy'))!,
          'manifest.json',
        ),
        'utf8',
      ),
    ).toBe('{}\n');
  });

  test('the release is readable by all, and so is a parent folder the run made', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'made-here'));
    const out = join(dir, 'new', 'out');
    expect((await run([EXAMPLE], out)).errors).toEqual([]);
    const usual = statSync(join(dir, 'made-here')).mode & 0o777;
    expect(statSync(join(dir, 'new')).mode & 0o777).toBe(usual);
    expect(statSync(out).mode & 0o777).toBe(0o755);
    expect(statSync(join(out, 'manifest.json')).mode & 0o777).toBe(0o644);
  });

  test('a switch cut between its two renames is completed by the next run', async () => {
    // The one instant --out is missing: an old plain folder moved into the releases, the
    // new link not yet renamed over it, then a kill.
    const dir = tempDir();
    const out = join(dir, 'out');
    const first = await run([EXAMPLE], out);
    expect(first.errors).toEqual([]);
    const target = readlinkSync(out);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    symlinkSync(target, join(dir, `.out.link-${dead}`));
    rmSync(out);
    const r = await run([EXAMPLE], out);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toContain(
      `${out}: the switch to a new release was interrupted (pid ${dead}): completed`,
    );
    expect(readdirSync(dir).filter((n) => n.startsWith('.out.link-'))).toEqual([]);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });

  test('a lock whose pid is dead is taken over, with a warning', async () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
    writeFileSync(join(dir, '.out.lock'), `${dead}\n`);
    const r = await run([EXAMPLE], join(dir, 'out'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toContain(
      `${join(dir, '.out.lock')}: left by pid ${dead}, which is no longer running: taken over`,
    );
    expect(existsSync(join(dir, '.out.lock'))).toBe(false);
  });
});
