// What the coordinator list filters on (coordinators.csv columns): specialties, qualifications, industries,
// prefecture and bureau, online consultations from other prefectures, languages.
import { t } from '../../i18n/index.ts';
import type { CoordinatorRow } from './data.ts';
import {
  bureauOptions,
  industryOptions,
  languageOptions,
  prefOptions,
  qualificationOptions,
  topicOptions,
  type FacetSpec,
} from './facet-options.ts';
import { centreOf } from './labels.ts';

export const coordinatorFacetSpecs = (): FacetSpec[] => [
  { key: 'topic', legend: t('dir.facet.topic'), options: topicOptions() },
  { key: 'qualification', legend: t('dir.facet.qualification'), options: qualificationOptions() },
  { key: 'industry', legend: t('dir.facet.industry'), options: industryOptions() },
  { key: 'pref', legend: t('dir.facet.pref'), options: prefOptions() },
  { key: 'bureau', legend: t('dir.facet.bureau'), options: bureauOptions() },
  {
    key: 'online',
    legend: t('dir.facet.online'),
    options: [{ value: 'yes', label: t('dir.facet.onlineYes') }],
  },
  { key: 'language', legend: t('dir.facet.language'), options: languageOptions() },
];

export function coordinatorFacetValues(c: CoordinatorRow): Record<string, string[]> {
  return {
    topic: c.specialties,
    qualification: c.qualifications,
    industry: c.industries,
    pref: [c.pref_code],
    bureau: [centreOf(c.pref_code).bureau],
    online: c.online ? ['yes'] : [],
    language: c.languages,
  };
}
