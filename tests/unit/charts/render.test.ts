// Plot's default stylesheet is moved out of the charts into global.css (render.ts): every
// chart must come out without it, and global.css must hold exactly what was taken out.
import * as Plot from '@observablehq/plot';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createDocument, PLOT_DEFAULT_STYLE, renderPlot } from '../../../src/charts/render.ts';

const spec: Plot.PlotOptions = { marks: [Plot.dot([{ x: 1, y: 2 }], { x: 'x', y: 'y' })] };

describe("Plot's default stylesheet", () => {
  test('is what this Plot version puts in a chart (else charts keep their own)', () => {
    const svg = Plot.plot({ ...spec, document: createDocument() });
    const styles = [...svg.querySelectorAll('style')].map((s) =>
      (s.textContent ?? '').replace(/\bplot-[0-9a-f]{6}/g, 'plot').trim(),
    );
    expect(styles).toEqual([PLOT_DEFAULT_STYLE]);
  });

  test('is left out of rendered charts', () => {
    expect(renderPlot(spec, { label: '図' })).not.toContain('<style');
  });

  test('is in global.css, which every page loads (Base.astro)', () => {
    const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
    expect(css).toContain(PLOT_DEFAULT_STYLE);
  });
});
