// At build time only: linkedom (the DOM Plot draws into at build time,
// src/charts/render.ts) gives every node, attributes included, an entry in one global
// WeakMap of listener maps when it is made. Charts make millions of nodes and never listen
// to events, and the WeakMap cost most of the build: measured on the national build, 9 s in
// that constructor and 18 s of garbage collection of 78 s of pages. The map is made on the
// first addEventListener instead; what the charts serialise to is unchanged.
import { registerHooks } from 'node:module';

const FILE = /linkedom\/esm\/interface\/event-target\.js$/;

/** The three edits, each of which must match exactly once (a new linkedom fails loudly). */
const EDITS: [string, string][] = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);\n',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));\n',
  ],
  [
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

export function patchEventTarget(code: string): string {
  return EDITS.reduce((text, [from, to]) => {
    if (text.split(from).length !== 2) {
      throw new Error(`linkedom event-target.js: expected once: ${JSON.stringify(from)}`);
    }
    return text.replace(from, to);
  }, code);
}

/**
 * Patches linkedom's source as Node loads it (in-thread module hooks, Node ≥ 22.15): linkedom
 * stays external to Vite's build, so this is the one place to reach it. Call before linkedom
 * is first imported (astro.config.mjs); unit tests use linkedom as published.
 */
export function patchLinkedomOnLoad(): void {
  registerHooks({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (!FILE.test(url) || loaded.source === undefined) return loaded;
      return { ...loaded, source: patchEventTarget(String(loaded.source)) };
    },
  });
}
