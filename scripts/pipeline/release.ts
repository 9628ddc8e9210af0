// Where a run writes, and how its result replaces the previous one, so that an interrupted
// or concurrent run never leaves identifying work files behind nor the output missing
// (disclosure.md, "nor on the machine that builds them"; format README: "build into a
// temporary directory, then swap").
//
// Beside an output path P (after following links the user made) live, all hidden:
//   .P.lock            the pid of the run that owns P (created atomically, never shared)
//   .P.work-PID-TIME/  the run's work files, mode 0700, removed on exit, on SIGINT/SIGTERM,
//                      and by the next run when PID is dead (kill -9)
//   .P.releases/ID/    whole releases; P itself is a symbolic link to the current one,
//                      switched by one rename, so P always resolves to a whole release
import {
  chmodSync,
  closeSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const hidden = (p: string, what: string) => join(dirname(p), `.${basename(p)}.${what}`);
const releasesOf = (p: string) => hidden(p, 'releases');

/** True when the link at `p` is one this module made (into its own releases folder). */
function isReleaseLink(p: string, target: string): boolean {
  const prefix = `.${basename(p)}.releases/`;
  return target.startsWith(prefix) && /^[\w.-]+$/.test(target.slice(prefix.length));
}

/**
 * The path a run manages for `out`: links the user made are followed (and kept: the
 * release goes where they point), a link into this module's releases is the path itself.
 */
export function managedPath(out: string, say: (m: string) => void): string {
  let p = resolve(out);
  for (let hops = 0; hops < 40; hops++) {
    const st = lstatOrNull(p);
    if (!st?.isSymbolicLink()) return p;
    const target = readlinkSync(p);
    if (isReleaseLink(p, target)) return p;
    const next = resolve(dirname(p), target);
    say(`${p}: a symbolic link to ${next}: publishing there and keeping the link`);
    p = next;
  }
  throw new Error(`${out}: too many levels of symbolic links`);
}

export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | null {
  try {
    const n = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

export type Lock = { release: () => void };

/**
 * Takes `.P.lock` or says who holds it. The pid is written to a private file first and
 * hard-linked into place, so the lock never exists without its pid (link fails if the
 * name exists, as O_EXCL does). A lock whose pid is dead is taken over.
 */
export function acquireLock(p: string, say: (m: string) => void): Lock | { heldBy: number } {
  mkdirSync(dirname(p), { recursive: true });
  const lock = hidden(p, 'lock');
  const mine = hidden(p, `lock-${process.pid}`);
  const fd = openSync(mine, 'w', 0o600);
  writeSync(fd, `${process.pid}\n`);
  closeSync(fd);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, lock);
        return {
          release: () => {
            if (readPid(lock) === process.pid) rmSync(lock, { force: true });
          },
        };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = readPid(lock);
      if (holder !== null && holder !== process.pid && pidAlive(holder)) return { heldBy: holder };
      say(`${lock}: left by pid ${holder ?? '?'}, which is no longer running: taken over`);
      rmSync(lock, { force: true });
    }
    throw new Error(`${lock}: could not be taken`);
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Under the lock: removes what interrupted runs left beside `p` (work folders of dead
 * pids, a lock file of a dead pid, a half-made link), and completes a switch that a kill
 * cut between its two renames (only possible when replacing an output made before
 * releases existed).
 */
export function sweep(p: string, say: (m: string) => void): void {
  const dir = dirname(p);
  if (!existsSync(dir)) return;
  const name = basename(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const work = new RegExp(`^\\.${name}\\.work-(\\d+)-\\d+(-\\d+)?$`);
  const link = new RegExp(`^\\.${name}\\.link-(\\d+)$`);
  const lockOf = new RegExp(`^\\.${name}\\.lock-(\\d+)$`);
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    const w = work.exec(entry);
    if (w) {
      const pid = Number(w[1]);
      if (pid !== process.pid && pidAlive(pid)) continue;
      rmSync(path, { recursive: true, force: true });
      say(`${path}: work folder of an interrupted run (pid ${pid}): removed`);
      continue;
    }
    const l = link.exec(entry) ?? lockOf.exec(entry);
    if (l && Number(l[1]) !== process.pid && !pidAlive(Number(l[1]))) {
      if (link.test(entry) && !lstatOrNull(p)) {
        renameSync(path, p);
        say(`${p}: the switch to a new release was interrupted (pid ${l[1]}): completed`);
      } else rmSync(path, { force: true });
    }
  }
  if (lstatOrNull(p)?.isSymbolicLink()) prune(p);
}

/** A private work folder beside `p` (same file system, so the release is a rename away). */
export function makeWorkDir(p: string): string {
  mkdirSync(dirname(p), { recursive: true });
  for (let n = 0; ; n++) {
    const dir = hidden(p, `work-${process.pid}-${Date.now()}${n ? `-${n}` : ''}`);
    try {
      mkdirSync(dir, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw e;
    }
    chmodSync(dir, 0o700); // whatever the umask
    return dir;
  }
}

/**
 * Moves the finished folder `next` into `.P.releases/` and switches P to it with one
 * rename of a link, keeping the release it replaces (a build may be reading it) and
 * removing older ones. `isPublic`: public data is made readable to all; the ingested
 * tables (business keys) stay private.
 */
export function publishRelease(next: string, p: string, isPublic: boolean): void {
  const releases = releasesOf(p);
  mkdirSync(releases, { recursive: true });
  chmodSync(releases, isPublic ? 0o755 : 0o700);
  chmodTree(next, isPublic);
  const now = Date.now();
  let id = `${now}-${process.pid}`;
  for (let n = 1; existsSync(join(releases, id)); n++) id = `${now}-${process.pid}-${n}`;
  renameSync(next, join(releases, id));
  const tmp = hidden(p, `link-${process.pid}`);
  rmSync(tmp, { force: true });
  symlinkSync(`.${basename(p)}.releases/${id}`, tmp);
  const st = lstatOrNull(p);
  if (st && !st.isSymbolicLink()) {
    // An output from before releases (a plain folder): it becomes the previous release.
    // Between these two renames P is missing for an instant; sweep() completes the
    // switch if a kill falls there.
    renameSync(p, join(releases, `${now - 1}-legacy`));
  }
  renameSync(tmp, p);
  prune(p);
}

/** Keeps the current release and the newest other one; removes the rest. */
function prune(p: string): void {
  const releases = releasesOf(p);
  if (!existsSync(releases)) return;
  const current = basename(readlinkSync(p));
  const time = (id: string) => Number(id.split('-')[0]);
  const others = readdirSync(releases)
    .filter((id) => id !== current)
    .sort((a, b) => time(b) - time(a) || (b < a ? -1 : 1));
  for (const id of others.slice(1)) rmSync(join(releases, id), { recursive: true, force: true });
}

function chmodTree(dir: string, isPublic: boolean): void {
  chmodSync(dir, isPublic ? 0o755 : 0o700);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) chmodTree(path, isPublic);
    else chmodSync(path, isPublic ? 0o644 : 0o600);
  }
}

function lstatOrNull(p: string) {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
}

/** Removes a folder; used from signal handlers, so synchronous and never throwing. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // nothing more can be done while exiting
  }
}
