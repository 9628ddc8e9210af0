// What /menus/ (topic, format, centre) and /cases/ (topic, industry, centre, employee band)
// filter on: the coded columns of support_menus.csv and cases.csv (format README).
import { t } from '../../i18n/index.ts';
import { MENU_FORMATS } from '../../schemas/support-menus.ts';
import type { CaseRow, MenuRow } from './data.ts';
import {
  bandOptions,
  industryOptions,
  prefOptions,
  topicOptions,
  type FacetSpec,
} from './facet-options.ts';

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
