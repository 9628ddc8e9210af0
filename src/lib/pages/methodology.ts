// What /methodology/ lists: its sections, the indicators by framework with their notes and
// units, and the facts read from vocab and INDICATORS (never retyped). Pure.
import { t, type Lang, type MessageKey, type Translate } from '../../i18n/index.ts';
import { INDICATOR_NAMES_EN } from '../../i18n/en/indicators.ts';
import { INDICATORS, type IndicatorDef } from '../indicators.ts';
import { vocab } from '../vocab.ts';

// Sections in the order of the page; the table of contents links to these ids.
export const sections = [
  { id: 'fiscal-year', key: 'methodology.fy.heading' },
  { id: 'indicators', key: 'methodology.indicators.heading' },
  { id: 'comparison', key: 'methodology.compare.heading' },
  { id: 'disclosure', key: 'methodology.disclosure.heading' },
  { id: 'data-flow', key: 'methodology.flow.heading' },
  { id: 'open-questions', key: 'methodology.open.heading' },
] as const satisfies readonly { id: string; key: MessageKey }[];
export const heading = (id: (typeof sections)[number]['id'], tr: Translate = t): string => {
  const section = sections.find((s) => s.id === id);
  if (!section) throw new Error(`methodology: no section ${id}`);
  return tr(section.key);
};

export const frameworks: Record<
  IndicatorDef['framework'],
  { heading: MessageKey; note: MessageKey }
> = {
  r6: { heading: 'methodology.framework.r6', note: 'methodology.framework.r6.note' },
  r8: { heading: 'methodology.framework.r8', note: 'methodology.framework.r8.note' },
  funnel: { heading: 'methodology.framework.funnel', note: 'methodology.framework.funnel.note' },
};
export const units: Record<IndicatorDef['unit'], MessageKey> = {
  件: 'methodology.unit.count',
  者: 'methodology.unit.businesses',
  割合: 'methodology.unit.share',
  千円: 'methodology.unit.thousandYen',
  '千円/人': 'methodology.unit.thousandYenPerPerson',
  人: 'methodology.unit.people',
  回: 'methodology.unit.times',
  比: 'methodology.unit.ratio',
};

// Consecutive runs of INDICATORS by framework: the page keeps the list's own order, never
// another. A framework that came back after another would break the grouping, so it stops.
export function methodologyGroups(
  indicators: readonly IndicatorDef[] = INDICATORS,
): { framework: IndicatorDef['framework']; indicators: IndicatorDef[] }[] {
  const groups: { framework: IndicatorDef['framework']; indicators: IndicatorDef[] }[] = [];
  for (const indicator of indicators) {
    const last = groups.at(-1);
    if (last?.framework === indicator.framework) {
      last.indicators.push(indicator);
    } else {
      if (groups.some((g) => g.framework === indicator.framework)) {
        throw new Error(`methodology: INDICATORS of ${indicator.framework} are not contiguous`);
      }
      groups.push({ framework: indicator.framework, indicators: [indicator] });
    }
  }
  return groups;
}

/** The topics not counted as resolved, from vocab, never retyped (report footnote 7). */
export function excludedTopics(): typeof vocab.topics {
  const topics = vocab.topics.filter((topic) => topic.excluded_from_resolved === '1');
  if (topics.length === 0) throw new Error('vocab: no topic is excluded_from_resolved');
  return topics;
}

/** The financial indicators' names, for the sentence on what suppression covers. */
export const financialNames = (lang: Lang = 'ja'): string =>
  INDICATORS.filter((i) => i.kind === 'financial')
    .map((i) => (lang === 'en' ? (INDICATOR_NAMES_EN[i.id] ?? i.name) : i.name))
    .join(lang === 'en' ? ', ' : '、');

/** Everything the page lists in `lang`, in one call from its frontmatter. */
export const methodologyView = (lang: Lang = 'ja', tr: Translate = t) => ({
  sections,
  heading: (id: (typeof sections)[number]['id']) => heading(id, tr),
  frameworks,
  units,
  groups: methodologyGroups(),
  excluded: excludedTopics(),
  financial: financialNames(lang),
});
