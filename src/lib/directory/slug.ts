// URL path segments for menu ids. The format allows any text up to 64 characters as a
// menu_id (support_menus.csv), so an id with '/', '?', spaces or kana cannot be a path as
// is: such ids (and any that already look like an encoded one) become "x-" + the hex of
// their UTF-8 bytes, which is unique, stable and reversible.
const SAFE = /^[A-Za-z0-9_-]{1,64}$/;

export function menuSlug(menuId: string): string {
  if (SAFE.test(menuId) && !menuId.startsWith('x-')) return menuId;
  const hex = [...new TextEncoder().encode(menuId)].map((b) => b.toString(16).padStart(2, '0'));
  return `x-${hex.join('')}`;
}
