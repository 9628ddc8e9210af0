// Progressive enhancement of a directory list (FacetPanel.astro): checkboxes and the text
// field filter the list, the choice lives in the URL (?topic=…&pref=…&q=…), counts follow.
// A text query goes to Pagefind with the same facets as Pagefind filters. The quick selects
// (FacetPanel `quick`) each set one facet's checkboxes and follow them back.
import {
  facetCounts,
  matches,
  parseSelection,
  selectionToParams,
} from '../lib/directory/facets.ts';
import type { FacetValues, Selection } from '../lib/directory/facets.ts';
import { keepStateOnLanguageSwitch } from './lang-switch.ts';
import { excerptNodes, pagefind, type PagefindSearch } from './pagefind.ts';

const PAGE_SIZE = 20;
// Lists whose titles are people's words (Japanese) on every page: cases and initiatives.
const WRITTEN_TITLES: readonly string[] = ['case', 'initiative'];

const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));

export function startFacets(): void {
  const panel = document.querySelector<HTMLElement>('[data-facet-panel]');
  const form = panel?.querySelector<HTMLFormElement>('[data-facet-form]');
  if (!panel || !form) return;
  // The choice lives in the URL: the other edition opens with the same one.
  keepStateOnLanguageSwitch();
  const d = panel.dataset;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const keys = [...new Set(boxes.map((b) => b.name))];
  const qInput = form.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-facet-status]')!;
  const none = document.querySelector<HTMLElement>('[data-facet-none]')!;
  const list = document.querySelector<HTMLElement>('[data-facet-list]');
  const results = document.querySelector<HTMLElement>('[data-search-results]')!;
  const resultList = results.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = results.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const counters = [...form.querySelectorAll<HTMLElement>('[data-count-key]')];
  const quicks = [...form.querySelectorAll<HTMLSelectElement>('select[data-quick-key]')];
  // Read from the list when first needed: a page opened with no choice shows the build's
  // list and counts as they are, and reading 1,190 entries at load only blocked the page.
  let itemCache: { el: HTMLElement; values: FacetValues }[] | null = null;
  const listItems = () =>
    (itemCache ??= [...document.querySelectorAll<HTMLElement>('[data-facet-item]')].map((el) => ({
      el,
      values: Object.fromEntries(
        keys.map((k) => [k, (el.getAttribute(`data-f-${k}`) ?? '').split(' ').filter(Boolean)]),
      ) as FacetValues,
    })));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-facet-group]')];
  const typeLabels = JSON.parse(d['typeLabels'] ?? '{}') as Record<string, string>;
  const english = document.documentElement.lang !== 'ja';
  let generation = 0;

  const selection = (): Selection => {
    const s = new Map<string, Set<string>>();
    for (const b of boxes) if (b.checked) s.set(b.name, (s.get(b.name) ?? new Set()).add(b.value));
    return s;
  };
  const showCounts = (count: (key: string, value: string) => number) => {
    for (const c of counters) {
      c.textContent = fill(d['countTemplate'] ?? '', {
        count: count(c.dataset['countKey']!, c.dataset['countValue']!),
      });
    }
  };

  // Each select shows the option whose values are exactly its facet's checked boxes: none
  // checked is "any"; a choice no option makes (two prefectures, say) is "custom".
  const syncQuick = (sel: Selection) => {
    for (const select of quicks) {
      const chosen = sel.get(select.dataset['quickKey']!) ?? new Set<string>();
      const option = [...select.options].find((o) => {
        const values = o.value.split(' ').filter(Boolean);
        return (
          !o.hasAttribute('data-quick-custom') &&
          values.length === chosen.size &&
          values.every((v) => chosen.has(v))
        );
      });
      select.value = option ? option.value : 'custom';
    }
  };
  const chooseQuick = (select: HTMLSelectElement) => {
    const values = new Set(select.value.split(' ').filter(Boolean));
    for (const b of boxes)
      if (b.name === select.dataset['quickKey']) b.checked = values.has(b.value);
  };

  const filterList = (sel: Selection) => {
    const items = listItems();
    results.hidden = true;
    if (list) list.hidden = false;
    let shown = 0;
    for (const item of items) {
      const ok = matches(item.values, sel);
      item.el.hidden = !ok;
      if (ok) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-facet-item]:not([hidden])');
    const counts = facetCounts(
      items.map((i) => i.values),
      sel,
      keys,
    );
    showCounts((k, v) => counts.get(k)?.get(v) ?? 0);
    // The site search page has no list of its own: nothing to say until a query.
    status.textContent =
      items.length === 0 ? '' : fill(d['statusTemplate'] ?? '', { total: items.length, shown });
    none.hidden = shown > 0 || items.length === 0;
  };

  const renderResults = async (search: PagefindSearch, from: number, mine: number) => {
    const page = await Promise.all(
      search.results.slice(from, from + PAGE_SIZE).map((r) => r.data()),
    );
    if (mine !== generation) return;
    for (const r of page) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta['title'] ?? r.url;
      if (english && WRITTEN_TITLES.includes(r.filters['type']?.[0] ?? '')) a.lang = 'ja';
      const type = document.createElement('span');
      type.className = 'result-type';
      type.textContent = typeLabels[r.filters['type']?.[0] ?? ''] ?? '';
      const p = document.createElement('p');
      p.className = 'result-excerpt';
      p.append(...excerptNodes(r.excerpt));
      li.append(a, type, p);
      resultList.append(li);
    }
    more.hidden = from + PAGE_SIZE >= search.results.length;
    more.onclick = () => void renderResults(search, from + PAGE_SIZE, mine);
  };

  const searchText = async (q: string, sel: Selection) => {
    const mine = ++generation;
    status.textContent = d['loadingText'] ?? '';
    try {
      const api = await pagefind(d['base'] ?? '/');
      const filters: Record<string, { any: string[] } | string> = {};
      if (d['searchType'] && d['searchType'] !== 'all') filters['type'] = d['searchType'];
      for (const [k, vs] of sel) filters[k] = { any: [...vs] };
      const search = await api.search(q, { filters });
      if (mine !== generation || !search) return;
      if (list) list.hidden = true;
      resultList.replaceChildren();
      results.hidden = false;
      showCounts((k, v) => search.filters[k]?.[v] ?? 0);
      status.textContent = fill(d['statusSearchTemplate'] ?? '', {
        q,
        shown: search.results.length,
      });
      none.hidden = search.results.length > 0;
      await renderResults(search, 0, mine);
    } catch (error) {
      console.error(error);
      status.textContent = d['errorText'] ?? '';
    }
  };

  const apply = (push: boolean) => {
    const sel = selection();
    syncQuick(sel);
    const q = qInput?.value.trim() ?? '';
    const params = selectionToParams(sel, keys, q).toString();
    if (push) history.replaceState(null, '', params ? `?${params}` : location.pathname);
    if (q !== '') void searchText(q, sel);
    else {
      generation++;
      filterList(sel);
    }
  };

  // Restore the state from the URL and open the facets in use. The panel and the status
  // line are in the page from the first paint (FacetPanel.astro): nothing above the list
  // may appear or change height now, or the list moves (layout shift).
  const params = new URLSearchParams(location.search);
  const initial = parseSelection(params, keys);
  for (const b of boxes) b.checked = initial.get(b.name)?.has(b.value) ?? false;
  if (qInput) qInput.value = params.get('q') ?? '';
  for (const det of form.querySelectorAll<HTMLDetailsElement>('details[data-facet]')) {
    if (initial.has(det.dataset['facet']!)) det.open = true;
  }
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLElement;
    if (target instanceof HTMLSelectElement && target.dataset['quickKey']) {
      chooseQuick(target);
      apply(true);
    } else if (target.matches('input[type="checkbox"]')) apply(true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  form.querySelector('[data-facet-clear]')?.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    if (qInput) qInput.value = '';
    apply(true);
  });
  // With no choice in the URL the page is already what filterList would make of it.
  if (initial.size > 0 || (qInput?.value ?? '') !== '') apply(false);
  else syncQuick(initial);
}
