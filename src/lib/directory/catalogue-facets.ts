// What /menus/ (topic, format, centre) and /cases/ (topic, industry, centre, employee band)
// filter on (issue 5, items 3 and 4).
import { t } from '../../i18n/index.ts';
import type { CaseRow, MenuFormat, MenuRow } from './data.ts';
import {
  bandOptions,
  industryOptions,
  prefOptions,
  topicOptions,
  type FacetSpec,
} from './facet-options.ts';

/** Formats in the order of the format README (support_menus.csv). */
export const MENU_FORMATS: readonly MenuFormat[] = [
  'individual',
  'seminar',
  'outreach',
  'clinic',
  'online',
];

export const menuFacetSpecs = (): FacetSpec[] => [
  { key: 'topic', legend: t('dir.facet.menuTopic'), options: topicOptions() },
  {
    key: 'format',
    legend: t('dir.facet.format'),
    options: MENU_FORMATS.map((f) => ({ value: f, label: t(`dir.menu.format.${f}`) })),
  },
  { key: 'pref', legend: t('dir.facet.pref'), options: prefOptions() },
];

export const menuFacetValues = (m: MenuRow): Record<string, string[]> => ({
  topic: m.topics,
  format: [m.format],
  pref: [m.pref_code],
});

export const caseFacetSpecs = (): FacetSpec[] => [
  { key: 'topic', legend: t('dir.facet.caseTopic'), options: topicOptions() },
  { key: 'industry', legend: t('dir.facet.caseIndustry'), options: industryOptions() },
  { key: 'pref', legend: t('dir.facet.pref'), options: prefOptions() },
  { key: 'band', legend: t('dir.facet.band'), options: bandOptions() },
];

export const caseFacetValues = (c: CaseRow): Record<string, string[]> => ({
  topic: c.topics,
  industry: c.industry ? [c.industry] : [],
  pref: [c.pref_code],
  band: c.employees_band ? [c.employees_band] : [],
});
