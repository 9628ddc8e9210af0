// What the built site weighs, so it stays deployable on a public static host: files and
// bytes per top-level folder of dist/, and the limits a static host imposes. The build
// stops when dist/ would not deploy: a file over 25 MiB (Cloudflare Pages' per-file limit,
// the smallest of the common static hosts), more than 20,000 files (the same host's count
// limit) or more than 400 MiB in all (the national build's budget, README "Measured figures").
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ROOT, type Step } from './steps.ts';

const MiB = 1024 * 1024;

export interface DistLimits {
  maxFileBytes: number;
  maxFiles: number;
  maxTotalBytes: number;
}

export const DIST_LIMITS: DistLimits = {
  maxFileBytes: 25 * MiB,
  maxFiles: 20_000,
  maxTotalBytes: 400 * MiB,
};

export interface DistFile {
  /** path relative to dist/, `/`-separated */
  file: string;
  bytes: number;
}

export interface DistSizes {
  files: number;
  bytes: number;
  /** per top-level folder (a file at the top is under `.`), largest first */
  folders: { folder: string; files: number; bytes: number }[];
  /** the largest files, largest first */
  largest: DistFile[];
}

/** Every file under `dir` (symbolic links are not followed: hosts upload files). */
export function listDist(dir: string): DistFile[] {
  const out: DistFile[] = [];
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.push({ file: relative(dir, path).split(sep).join('/'), bytes: statSync(path).size });
  }
  return out;
}

/** Totals per top-level folder and overall, and the `top` largest files. */
export function summarise(files: DistFile[], top = 10): DistSizes {
  const folders = new Map<string, { folder: string; files: number; bytes: number }>();
  let bytes = 0;
  for (const f of files) {
    const slash = f.file.indexOf('/');
    const folder = slash < 0 ? '.' : f.file.slice(0, slash);
    const entry = folders.get(folder) ?? { folder, files: 0, bytes: 0 };
    entry.files++;
    entry.bytes += f.bytes;
    folders.set(folder, entry);
    bytes += f.bytes;
  }
  const bySize = <T extends { bytes: number }>(a: T, b: T) => b.bytes - a.bytes;
  return {
    files: files.length,
    bytes,
    folders: [...folders.values()].sort(bySize),
    largest: [...files].sort(bySize).slice(0, top),
  };
}

const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`;

/** What keeps dist/ from deploying, one sentence each (empty when nothing does). */
export function checkDist(files: DistFile[], limits: DistLimits = DIST_LIMITS): string[] {
  const problems: string[] = [];
  for (const f of [...files].sort((a, b) => b.bytes - a.bytes)) {
    if (f.bytes <= limits.maxFileBytes) break;
    problems.push(
      `dist/${f.file} is ${mib(f.bytes)} (${f.bytes} bytes), over the ${mib(limits.maxFileBytes)} a file may have`,
    );
  }
  const total = files.reduce((s, f) => s + f.bytes, 0);
  if (files.length > limits.maxFiles) {
    problems.push(`dist/ has ${files.length} files, over the ${limits.maxFiles} allowed`);
  }
  if (total > limits.maxTotalBytes) {
    problems.push(`dist/ holds ${mib(total)}, over the ${mib(limits.maxTotalBytes)} allowed`);
  }
  return problems;
}

/** The report of `npx node scripts/bench-dist.ts`: files and MiB per folder, then the largest files. */
export function formatDistReport(s: DistSizes): string[] {
  const width = Math.max(6, ...s.folders.map((f) => f.folder.length));
  const row = (name: string, files: number, bytes: number) =>
    `${name.padEnd(width)}  ${String(files).padStart(6)}  ${(bytes / MiB).toFixed(1).padStart(8)}`;
  return [
    `${'folder'.padEnd(width)}  ${'files'.padStart(6)}  ${'MiB'.padStart(8)}`,
    ...s.folders.map((f) => row(f.folder, f.files, f.bytes)),
    row('total', s.files, s.bytes),
    '',
    'largest files:',
    ...s.largest.map((f) => `${(f.bytes / MiB).toFixed(1).padStart(8)} MiB  ${f.file}`),
  ];
}

/** The build step after the copy: stops the build when dist/ is over a limit. */
export function distSizeStep(distDir = resolve(ROOT, 'dist')): Step {
  return {
    label: 'size of dist/ against static-host limits',
    run: async () => {
      const files = listDist(distDir);
      const problems = checkDist(files);
      const s = summarise(files, 0);
      console.log(`${s.files} files, ${mib(s.bytes)}`);
      if (problems.length) {
        throw new Error(
          `dist/ would not deploy to a static host (limits in scripts/lib/dist-size.ts):\n  ${problems.join('\n  ')}`,
        );
      }
    },
  };
}
