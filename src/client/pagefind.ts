// The Pagefind browser API (dist/pagefind/pagefind.js, written by scripts/build.ts after
// `astro build`), loaded from this origin only when someone types a query.

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** The page split at headings with an id: each part's URL (with #id) and excerpt. */
  sub_results?: { url: string; title: string; excerpt: string }[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  /** Counts per filter value among the results (the filters applied). */
  filters: Record<string, Record<string, number>>;
  /** Counts per filter value for the query with no filter; only when a filter was given. */
  totalFilters?: Record<string, Record<string, number>>;
}
export type PagefindFilters = Record<string, { any: string[] } | string>;
interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o: { filters: PagefindFilters }) => Promise<PagefindSearch | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads the bundle once, from `<base>pagefind/`. */
export function pagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindApi;
    await api.options({ baseUrl: base, excerptLength: 24 });
    await api.init();
    return api;
  })();
  return loading;
}

/**
 * Pagefind's excerpt is HTML with <mark> around the hits. It is parsed into an inert document
 * (DOMParser runs no script and loads nothing) and rebuilt from text nodes and <mark> only,
 * so text from bios or descriptions can never become markup here (disclosure.md, untrusted text).
 */
export function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  return [...doc.body.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}
