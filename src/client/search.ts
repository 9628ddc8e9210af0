// The site search (/search/): a text query to Pagefind, the kind of page as a Pagefind
// filter, the state in the URL, counts per kind from Pagefind's filter counts. For a query
// that names a specialty, the coordinators with that specialty come first (search quality,
// "specialty queries"). Every string is set as text; only Pagefind's excerpt goes through
// excerptNodes, which keeps its <mark> and nothing else (disclosure.md, untrusted text).
import { chooseExcerpt } from '../lib/search/excerpt.ts';
import { preferFirst } from '../lib/search/order.ts';
import { specialtiesNamed, type SpecialtyWords } from '../lib/search/specialty.ts';
import {
  parseSearchState,
  RESULT_TYPES,
  searchStateParams,
  type SearchState,
} from '../lib/search/state.ts';
import { keepStateOnLanguageSwitch } from './lang-switch.ts';
import {
  excerptNodes,
  pagefind,
  type PagefindFilters,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind.ts';

const PAGE_SIZE = 20;
// Titles of these kinds are people's words (Japanese) on every page; a result's excerpt is
// too when it comes from their written text rather than the page's own.
const WRITTEN_TITLES: readonly string[] = ['case', 'initiative'];

const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));
/** Meta read from the page's text: one line, no layout whitespace. */
const oneLine = (text: string | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

type Messages = Record<
  | 'count'
  | 'status'
  | 'statusTypes'
  | 'typesSep'
  | 'specialtyFirst'
  | 'specialties'
  | 'qualifications'
  | 'onlineYes'
  | 'onlineNo'
  | 'resultSep'
  | 'loading'
  | 'error',
  string
>;

export function startSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  if (!form) return;
  // The query lives in the URL: the other edition searches the same words.
  keepStateOnLanguageSwitch();
  const d = form.dataset;
  const messages = JSON.parse(d['messages'] ?? '{}') as Messages;
  const typeLabels = JSON.parse(d['typeLabels'] ?? '{}') as Record<string, string>;
  const specialties = JSON.parse(d['specialties'] ?? '[]') as SpecialtyWords[];
  const qInput = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')];
  const counters = [...form.querySelectorAll<HTMLElement>('[data-type-count]')];
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const orderNote = document.querySelector<HTMLElement>('[data-search-order]')!;
  const none = document.querySelector<HTMLElement>('[data-facet-none]')!;
  const results = document.querySelector<HTMLElement>('[data-search-results]')!;
  const list = results.querySelector<HTMLOListElement>('[data-search-list]')!;
  const more = results.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const english = document.documentElement.lang !== 'ja';
  let generation = 0;

  const showCounts = (counts: Record<string, number> | undefined) => {
    for (const c of counters) {
      const count = counts ? (counts[c.dataset['typeCount']!] ?? 0) : c.dataset['buildCount'];
      c.textContent = fill(messages.count, { count: count ?? 0 });
    }
  };

  const facts = (r: PagefindResultData): string[] => {
    const type = r.filters['type']?.[0];
    const centre = oneLine(r.meta['centre']);
    if (type !== 'coordinator') return centre ? [centre] : [];
    const lines = [centre];
    const specialtyList = oneLine(r.meta['specialties']);
    const qualificationList = oneLine(r.meta['qualifications']);
    if (specialtyList) lines.push(fill(messages.specialties, { list: specialtyList }));
    if (qualificationList) lines.push(fill(messages.qualifications, { list: qualificationList }));
    if (r.meta['online'])
      lines.push(r.meta['online'] === 'yes' ? messages.onlineYes : messages.onlineNo);
    return lines.filter(Boolean);
  };

  const render = async (found: PagefindResult[], from: number, mine: number) => {
    const page = await Promise.all(found.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (mine !== generation) return;
    for (const r of page) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = oneLine(r.meta['title']) || r.url;
      if (english && WRITTEN_TITLES.includes(r.filters['type']?.[0] ?? '')) a.lang = 'ja';
      const type = document.createElement('span');
      type.className = 'result-type';
      type.textContent = typeLabels[r.filters['type']?.[0] ?? ''] ?? '';
      li.append(a, type);
      const lines = facts(r);
      if (lines.length > 0) {
        const p = document.createElement('p');
        p.className = 'result-facts';
        p.textContent = lines.join(messages.resultSep);
        li.append(p);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'result-excerpt';
      const chosen = chooseExcerpt(r);
      if ('html' in chosen) excerpt.append(...excerptNodes(chosen.html));
      else excerpt.textContent = chosen.text;
      if (english && !('html' in chosen && chosen.html === r.excerpt)) excerpt.lang = 'ja';
      li.append(excerpt);
      list.append(li);
    }
    more.hidden = from + PAGE_SIZE >= found.length;
    more.onclick = () => void render(found, from + PAGE_SIZE, mine);
  };

  const clear = () => {
    generation++;
    list.replaceChildren();
    results.hidden = true;
    none.hidden = true;
    orderNote.hidden = true;
    status.textContent = '';
    showCounts(undefined);
  };

  const run = async ({ q, types }: SearchState) => {
    const mine = ++generation;
    status.textContent = messages.loading;
    try {
      const api = await pagefind(d['base'] ?? '/');
      // Always a type filter, all kinds when none is chosen: Pagefind counts the query's
      // pages per kind (totalFilters) only for a search with a filter.
      const filters: PagefindFilters = {
        type: { any: types.length > 0 ? types : [...RESULT_TYPES] },
      };
      const search = await api.search(q, { filters });
      if (mine !== generation || !search) return;
      let found = search.results;
      // A specialty named: the coordinators who list it first, each group in Pagefind's order.
      const named = specialtiesNamed(q, specialties);
      let preferred = 0;
      if (named.length > 0 && (types.length === 0 || types.includes('coordinator'))) {
        const cos = await api.search(q, {
          filters: { type: 'coordinator', topic: { any: named.map((s) => s.code) } },
        });
        if (mine !== generation) return;
        const byId = new Map(found.map((r) => [r.id, r]));
        const first = (cos?.results ?? []).map((r) => r.id).filter((id) => byId.has(id));
        found = preferFirst([...byId.keys()], first).map((id) => byId.get(id)!);
        preferred = first.length;
      }
      list.replaceChildren();
      results.hidden = found.length === 0;
      none.hidden = found.length > 0;
      // The query's counts over every kind, whichever are chosen: what widening would add.
      showCounts(search.totalFilters?.['type'] ?? {});
      status.textContent =
        types.length === 0
          ? fill(messages.status, { q, shown: found.length })
          : fill(messages.statusTypes, {
              q,
              shown: found.length,
              types: types.map((type) => typeLabels[type] ?? type).join(messages.typesSep),
            });
      orderNote.hidden = preferred === 0;
      orderNote.textContent = fill(messages.specialtyFirst, {
        topics: named.map((s) => s.name).join(messages.typesSep),
        count: preferred,
      });
      await render(found, 0, mine);
    } catch (error) {
      console.error(error);
      status.textContent = messages.error;
    }
  };

  const apply = (state: SearchState, push: boolean) => {
    if (push) {
      const params = searchStateParams(state).toString();
      history.replaceState(null, '', params ? `?${params}` : location.pathname);
    }
    if (state.q === '') clear();
    else void run(state);
  };
  const current = (): SearchState =>
    parseSearchState(
      new URLSearchParams([
        ['q', qInput.value],
        ...boxes.filter((b) => b.checked).map((b): [string, string] => ['type', b.value]),
      ]),
    );

  const initial = parseSearchState(new URLSearchParams(location.search));
  qInput.value = initial.q;
  for (const b of boxes) b.checked = (initial.types as string[]).includes(b.value);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(current(), true);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[name="type"]')) apply(current(), true);
  });
  if (initial.q !== '') apply(initial, false);
}
