// The /explore/ form and its state: the form's choices through the URL parser (so the form
// and a shared URL reach the same validated state), and a state shown back on the form.
import { t } from '../i18n/index.ts';
import { dimensionName } from '../lib/explore/labels.ts';
import {
  CODE_FILTER_IDS,
  emptyFilters,
  type DimensionId,
  type ExploreState,
} from '../lib/explore/model.ts';
import { parseState } from '../lib/explore/url-state.ts';

export function formToState(form: HTMLFormElement): ExploreState {
  const data = new FormData(form);
  const all = (name: string) => data.getAll(name).map(String);
  const dims = [all('d1')[0], all('d2')[0]].filter((d): d is string => !!d);
  const filters = emptyFilters();
  for (const id of CODE_FILTER_IDS) filters[id] = all(id);
  const query = new URLSearchParams({
    m: all('m').join(','),
    d: [...new Set(dims)].join(','),
  });
  if (all('fy').length) query.set('fy', all('fy').join(','));
  for (const k of ['from', 'to']) if (all(k)[0]) query.set(k, all(k)[0]!);
  for (const id of CODE_FILTER_IDS) if (filters[id].length) query.set(id, filters[id].join(','));
  // Through the parser, so the form and a URL reach the same (validated) state.
  return parseState(query.toString());
}

export function stateToForm(form: HTMLFormElement, s: ExploreState): void {
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))) {
    const values: string[] =
      input.name === 'm'
        ? s.measures
        : input.name === 'fy'
          ? s.fy.map(String)
          : ((s.filters as Record<string, string[]>)[input.name] ?? []);
    input.checked = values.includes(input.value);
  }
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
  select('d1').value = s.dims[0] ?? '';
  select('d2').value = s.dims[1] ?? '';
  select('from').value = s.quarterFrom ?? '';
  select('to').value = s.quarterTo ?? '';
  for (const details of Array.from(form.querySelectorAll<HTMLDetailsElement>('details.filter'))) {
    const id = details.dataset['filter']!;
    const chosen = details.querySelectorAll('input:checked').length;
    const label = id === 'fy' ? t('explore.filter.fy') : dimensionName(id as DimensionId);
    details.querySelector('summary')!.textContent =
      chosen > 0
        ? t('explore.filter.chosen', { label, count: chosen })
        : t('explore.filter.all', { label });
  }
}
