// The facets of the three directory lists: options in code-list order (prefectures in JIS
// code order, never by count), with the build's counts for an empty selection.
import { vocab } from '../vocab.ts';
import { facetCounts, type FacetValues } from './facets.ts';

export interface FacetSpec {
  key: string;
  legend: string;
  /** value → label, in display order */
  options: readonly { value: string; label: string }[];
}

const entries = (list: readonly { code: string; name: string }[]) =>
  list.map((e) => ({ value: e.code, label: e.name }));

export const topicOptions = () => entries(vocab.topics);
export const qualificationOptions = () => entries(vocab.qualifications);
export const industryOptions = () => entries(vocab.industries);
export const languageOptions = () => entries(vocab.languages);
export const bureauOptions = () => entries(vocab.bureaus);
export const bandOptions = () => entries(vocab.employeeBands);
export const prefOptions = () =>
  [...vocab.centres]
    .sort((a, b) => a.pref_code.localeCompare(b.pref_code))
    .map((c) => ({ value: c.pref_code, label: c.prefecture }));

/**
 * A one-step choice over one facet (a select above the checkboxes): each option sets the
 * facet's selection to its values (space-separated), so "a prefecture or anyone online" is
 * one choice. The checkboxes stay the state; the URL is theirs.
 */
export interface QuickChoice {
  key: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
}

/** A facet's options that some item has (withCounts left the others out). */
export const presentOptions = (
  facets: readonly { key: string; options: readonly { value: string; label: string }[] }[],
  key: string,
) =>
  (facets.find((f) => f.key === key)?.options ?? []).map(({ value, label }) => ({ value, label }));

/** The specs with counts; options no item has are left out (except none are, if all are 0). */
export function withCounts(specs: readonly FacetSpec[], items: readonly FacetValues[]) {
  const counts = facetCounts(
    items,
    new Map(),
    specs.map((s) => s.key),
  );
  return specs.map((spec) => ({
    key: spec.key,
    legend: spec.legend,
    options: spec.options
      .map((o) => ({ ...o, count: counts.get(spec.key)?.get(o.value) ?? 0 }))
      .filter((o) => o.count > 0),
  }));
}

/** data-f-<key> attributes of a list item. */
export function facetAttributes(values: FacetValues): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`data-f-${k}`, v.join(' ')]));
}
