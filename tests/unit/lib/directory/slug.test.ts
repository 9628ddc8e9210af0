import { describe, expect, it } from 'vitest';
import { menuSlug } from '../../../../src/lib/directory/slug.ts';

describe('menuSlug', () => {
  it('keeps ids that are already safe path segments', () => {
    expect(menuSlug('M-13-01')).toBe('M-13-01');
  });
  it('encodes ids with slashes, spaces, kana or dots, uniquely', () => {
    const ids = ['M 13/01', '../x', '相談会', 'a?b#c', 'x-4d', 'M-13-01 '];
    const slugs = ids.map(menuSlug);
    for (const s of slugs) expect(s).toMatch(/^x-[0-9a-f]+$/);
    expect(new Set(slugs).size).toBe(ids.length);
    expect(menuSlug('相談会')).toBe('x-e79bb8e8ab87e4bc9a');
  });
});
