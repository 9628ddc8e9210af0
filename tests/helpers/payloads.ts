// Script and markup payloads for the untrusted-text test (disclosure.md, "Untrusted text").
// Each one, if it ever ran, would set window.__xss; the e2e test asserts it never does.
// TEST ONLY: injected into the e2e fixture export by inject-payloads.ts, never into data/.

/** For bios and menu descriptions (plain text fields). */
export const TEXT_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<a href="javascript:window.__xss=1">リンク</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '"><script>window.__xss=1</script>',
  '<style>body{display:none}</style>',
  '&lt;b&gt;実体参照&lt;/b&gt;',
];

/** For case bodies (Markdown with raw HTML disabled): raw HTML, dangerous links and images. */
export const MARKDOWN_PAYLOADS: readonly string[] = [
  '<script>window.__xss=1</script>',
  '本文の途中の <img src=x onerror="window.__xss=1"> インライン HTML',
  '<div onclick="window.__xss=1">HTML ブロック</div>',
  '[クリック](javascript:window.__xss=1)',
  '[データ](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)',
  '<javascript:window.__xss=1>',
  '![画像](javascript:window.__xss=1)',
  '![外部画像](https://example.com/tracker.png)',
];

/** What inject-payloads.ts changed, written next to the export as payloads.json. */
export interface InjectedPayloads {
  coordinators: { co_id: string; bio: string }[];
  menus: { menu_id: string; description: string }[];
  cases: { id: string; payloads: readonly string[] }[];
  /** Initiatives: a text payload in the title, the Markdown payloads in the body. */
  initiatives: { id: string; title: string; payloads: readonly string[] }[];
}
