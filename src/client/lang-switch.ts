// The language switch keeps the visitor's question: on pages whose state lives in the URL
// (directory facets, search, explore, trend slices), the twin gets the same query string
// and fragment. The parameters are the same in both editions (a public interface).
function carry(link: HTMLAnchorElement): void {
  const target = new URL(link.href, location.href);
  target.search = location.search;
  target.hash = location.hash;
  link.href = target.href;
}

/** Keeps every language-switch link of `doc` in step with the page's current URL. */
export function keepStateOnLanguageSwitch(doc: Document = document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    // The URL changes without navigation (history.replaceState), so it is read at use.
    for (const type of ['pointerdown', 'focus', 'click'] as const) {
      link.addEventListener(type, () => carry(link));
    }
  }
}
