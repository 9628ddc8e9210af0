// Snapshot harness for charts, after Plot's: a test's name is its file
// (tests/unit/charts/output/<name>.svg), a golden file (./golden.ts: written only with
// UPDATE_GOLDEN=1, missing fails); a mismatch writes <name>-changed.svg beside it and fails.
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { readGolden } from './golden.ts';

const OUTPUT = join(dirname(fileURLToPath(import.meta.url)), '../unit/charts/output');

/** One element per line, so snapshot diffs are readable. */
const pretty = (svg: string): string => `${svg.replace(/></g, '>\n<')}\n`;

export function assertSnapshot(name: string, svg: string): void {
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  const actual = pretty(svg);
  if (readGolden(file, actual) !== actual) {
    writeFileSync(changed, actual);
    throw new Error(`${name}.svg differs from its snapshot: see ${changed}`);
  }
  rmSync(changed, { force: true });
}

/** Parses an SVG string into a queryable root element. */
export function parseSvg(svg: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${svg}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

/** URLs other than the SVG namespace (charts must not load anything). */
export function externalUrls(svg: string): string[] {
  return (svg.match(/https?:\/\/[^\s"')]+/g) ?? []).filter(
    (u) => u !== 'http://www.w3.org/2000/svg',
  );
}

/** The y-axis tick labels of a chart, top to bottom: the order its rows are drawn in. */
export function yTickLabels(svg: string): string[] {
  return [...parseSvg(svg).querySelectorAll('g[aria-label="y-axis tick label"] text')].map(
    (t) => t.textContent ?? '',
  );
}
