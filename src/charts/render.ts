// Server-side rendering of Plot charts: Plot draws into a linkedom document (no browser, no
// client JS) and the SVG is serialised deterministically so snapshots and builds are stable.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { COLORS } from './value-format.ts';

/**
 * The frame of a chart with one labelled row per category (mix, dot-and-band): 140px of
 * labels on the left, the axis below, the height growing with the rows.
 */
export interface CategoryRowsGeometry {
  /** height without rows, and per row (px) */
  base: number;
  perRow: number;
  marginRight: number;
}

export function categoryRowsFrame(
  rowCount: number,
  width: number | undefined,
  frame: CategoryRowsGeometry,
) {
  return {
    width: width ?? 640,
    height: frame.base + frame.perRow * rowCount,
    marginLeft: 140,
    marginRight: frame.marginRight,
    marginBottom: 36,
    style: { color: COLORS.text, background: 'white' },
  };
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ChartA11y {
  /** Accessible name: becomes `aria-label` and the SVG `<title>`. */
  label: string;
  /** Longer text alternative, put in `<desc>` (the page also shows the summary). */
  description?: string;
  /**
   * The id of the page's element that shows the text alternative: the chart points there
   * (`aria-describedby`) instead of repeating it in a `<desc>`.
   */
  describedBy?: string;
  /**
   * `img` for a picture; `group` when the chart holds links (children of role=img are
   * presentational, so links inside it would vanish from the accessibility tree).
   */
  role?: 'img' | 'group';
  /** Prefix for element ids; defaults to a hash of the label, so charts on a page differ. */
  idPrefix?: string;
}

export function createDocument(): Document {
  return parseHTML('<!DOCTYPE html><html lang="ja"><body></body></html>')
    .document as unknown as Document;
}

/** Renders a Plot spec to an SVG (or figure) string. */
export function renderPlot(spec: Plot.PlotOptions, a11y: ChartA11y): string {
  const document = createDocument();
  const el = Plot.plot({ ...spec, document });
  return serializeChart(el, a11y, document);
}

// Attributes holding coordinates; rounding them hides float noise (346.66666666666663).
const NUMERIC_ATTRIBUTES = new Set([
  'd',
  'transform',
  'points',
  'viewBox',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
  'dx',
  'dy',
]);

const roundNumbers = (s: string): string =>
  s.replace(/-?\d+\.\d{3,}(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });

/**
 * Plot 0.6's stylesheet of a chart without `className` or `style` options, once its class
 * is `plot` (see below); global.css carries these rules.
 */
export const PLOT_DEFAULT_STYLE = `:where(.plot) {
  --plot-background: white;
  display: block;
  height: auto;
  height: intrinsic;
  max-width: 100%;
}
:where(.plot text),
:where(.plot tspan) {
  white-space: pre;
}`;

/** Small stable hash (djb2) for default id prefixes. */
function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

function allElements(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

/**
 * Adds the accessible name, renumbers ids, drops Plot's generated class hash and rounds
 * coordinates, then returns the outer HTML.
 */
export function serializeChart(el: Element, a11y: ChartA11y, document: Document): string {
  const svg = el.tagName.toLowerCase() === 'svg' ? el : el.querySelector('svg');
  if (!svg) throw new Error('Plot returned no SVG');
  const prefix = a11y.idPrefix ?? `chart-${hash(a11y.label)}`;

  // Ids: Plot numbers clip paths with a global counter; make them local and prefixed.
  const ids = new Map<string, string>();
  for (const node of allElements(el)) {
    const id = node.getAttribute('id');
    if (id !== null) ids.set(id, `${prefix}-${ids.size + 1}`);
  }
  for (const node of allElements(el)) {
    for (const attr of Array.from(node.attributes)) {
      let value = attr.value;
      if (attr.name === 'id') value = ids.get(value) ?? value;
      else if (value.includes('#')) {
        value = value.replace(/url\(#([^)]+)\)/g, (m, id: string) =>
          ids.has(id) ? `url(#${ids.get(id)})` : m,
        );
        if (attr.name === 'href' && value.startsWith('#') && ids.has(value.slice(1))) {
          value = `#${ids.get(value.slice(1))}`;
        }
      }
      if (NUMERIC_ATTRIBUTES.has(attr.name)) value = roundNumbers(value);
      if (attr.name === 'class') value = value.replace(/\bplot-[0-9a-f]{6}/g, 'plot');
      if (value !== attr.value) node.setAttribute(attr.name, value);
    }
    if (node.tagName.toLowerCase() === 'style' && node.textContent) {
      node.textContent = node.textContent.replace(/\bplot-[0-9a-f]{6}/g, 'plot');
    }
  }
  // Plot's default stylesheet, the same in every chart, is in global.css once instead: a
  // national build has 26 charts on each of 1,200 pages, 6 MiB of dist/ (README, deploy limits).
  for (const style of Array.from(el.querySelectorAll('style'))) {
    if (style.textContent?.trim() === PLOT_DEFAULT_STYLE) style.remove();
  }

  // Inside role=img the parts are presentational: hide them, so that Plot's aria-labels on
  // mark groups ("dot", "rule") are not prohibited attributes (axe aria-prohibited-attr).
  // The <title>/<desc> and the summary on the page carry the content.
  if ((a11y.role ?? 'img') === 'img') {
    for (const node of Array.from(svg.children)) {
      if (node.getAttribute('aria-label') !== null && node.getAttribute('aria-hidden') === null) {
        node.setAttribute('aria-hidden', 'true');
      }
    }
  }
  el.setAttribute('role', a11y.role ?? 'img');
  el.setAttribute('aria-label', a11y.label);
  svg.setAttribute('xmlns', SVG_NS);
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = a11y.label;
  if (a11y.describedBy) {
    el.setAttribute('aria-describedby', a11y.describedBy);
  } else if (a11y.description) {
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.textContent = a11y.description;
    svg.insertBefore(desc, svg.firstChild);
  }
  svg.insertBefore(title, svg.firstChild);
  return el.outerHTML;
}
