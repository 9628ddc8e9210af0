// The build's patch of linkedom's EventTarget applies to the installed linkedom exactly,
// keeps listeners working, and fails loudly on a source it does not know.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { patchEventTarget } from '../../../../scripts/lib/linkedom-lazy-listeners.ts';

const source = readFileSync(
  createRequire(import.meta.url)
    .resolve('linkedom')
    .replace(/cjs\/index\.js$|esm\/index\.js$/, 'esm/interface/event-target.js'),
  'utf8',
);

describe('patchEventTarget', () => {
  it('makes the listener map on first use instead of in the constructor', async () => {
    const patched = patchEventTarget(source);
    expect(patched).toContain('constructor() {}');
    expect(patched).not.toContain('wm.set(this, new Map);');
    // The patched module still delivers events to listeners, once and in order.
    const url = `data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`;
    const { EventTarget } = (await import(/* @vite-ignore */ url)) as {
      EventTarget: new () => EventTarget;
    };
    const { Event } = parseHTML('<html></html>') as unknown as {
      Event: new (type: string) => Event;
    };
    const target = new EventTarget();
    const seen: string[] = [];
    target.removeEventListener('x', () => {}); // before any listener: no map yet
    target.addEventListener('x', () => seen.push('a'));
    target.addEventListener('x', () => seen.push('b'), { once: true });
    target.dispatchEvent(new Event('x'));
    target.dispatchEvent(new Event('x'));
    expect(seen).toEqual(['a', 'b', 'a']);
  });

  it('refuses a source it does not know', () => {
    expect(() => patchEventTarget(source.replace('wm.set(this, new Map);', ''))).toThrow(
      /expected once/,
    );
  });
});
