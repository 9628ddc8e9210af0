// The workspace's modules run in a browser worker: nothing they import, directly or through
// other modules, may be Node-only (node:*, @duckdb/node-api) or come from scripts/.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const ENTRIES = [
  'src/lib/workspace/read-export.ts',
  'src/lib/workspace/wasm-sql.ts',
  'src/lib/indicator-compute/index.ts',
  'src/lib/indicator-compute/contract-csv.ts',
  // what /workspace/'s own script shows the figures with
  'src/lib/workspace/reference.ts',
  'src/lib/indicator-format.ts',
];

/** Module specifiers of value imports and re-exports (type-only imports are erased). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const re = /^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;
  for (const m of source.matchAll(re)) if (!m[2]) found.push((m[3] ?? m[4])!);
  return found;
}

/** Every module reachable from `entries`, and every bare specifier met on the way. */
function graph(entries: string[]): { files: Set<string>; bare: Map<string, string> } {
  const files = new Set<string>();
  const bare = new Map<string, string>();
  const todo = entries.map((e) => join(ROOT, e));
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const s of specifiers(readFileSync(file, 'utf8'))) {
      if (s.startsWith('.')) {
        const next = resolve(dirname(file), s);
        if (next.endsWith('.ts')) todo.push(next);
      } else bare.set(s, file.slice(ROOT.length + 1));
    }
  }
  return { files, bare };
}

describe('workspace modules are browser-safe', () => {
  const { files, bare } = graph(ENTRIES);

  it('reach the shared checker, schemas and indicator SQL', () => {
    const rel = [...files].map((f) => f.slice(ROOT.length + 1));
    expect(rel).toEqual(
      expect.arrayContaining([
        'src/lib/ingest/csv-checker.ts',
        'src/lib/ingest/cross-checks.ts',
        'src/lib/indicator-compute/ingredients.ts',
        'src/schemas/index.ts',
        'src/lib/csv/decode.ts',
      ]),
    );
  });

  it('import nothing Node-only and nothing from scripts/', () => {
    const nodeOnly = [...bare].filter(([s]) => s.startsWith('node:') || s === '@duckdb/node-api');
    expect(nodeOnly).toEqual([]);
    const scripts = [...files].filter((f) => f.startsWith(join(ROOT, 'scripts')));
    expect(scripts).toEqual([]);
  });
});
