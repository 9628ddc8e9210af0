// What the coordinator list filters on (coordinators.csv columns): specialties, qualifications, industries,
// prefecture and bureau, online consultations from other prefectures, languages. The
// prefecture facet also offers "online": a coordinator who takes online consultations can
// be reached from any prefecture (report §3(3)②ii), so choosing 北海道 and online within
// that one facet asks "in 北海道 or online" (OR within a facet, src/lib/directory/facets.ts).
import { t } from '../../i18n/index.ts';
import type { CoordinatorRow } from './data.ts';
import {
  bureauOptions,
  industryOptions,
  languageOptions,
  prefOptions,
  presentOptions,
  qualificationOptions,
  topicOptions,
  type FacetSpec,
  type QuickChoice,
} from './facet-options.ts';
import { centreOf } from './labels.ts';

/** The prefecture facet's value for "takes online consultations, from any prefecture". */
export const ONLINE = 'online';

export const coordinatorFacetSpecs = (): FacetSpec[] => [
  { key: 'topic', legend: t('dir.facet.topic'), options: topicOptions() },
  { key: 'qualification', legend: t('dir.facet.qualification'), options: qualificationOptions() },
  { key: 'industry', legend: t('dir.facet.industry'), options: industryOptions() },
  {
    key: 'pref',
    legend: t('dir.facet.pref'),
    options: [{ value: ONLINE, label: t('reach.facet.online') }, ...prefOptions()],
  },
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
    pref: c.online ? [c.pref_code, ONLINE] : [c.pref_code],
    bureau: [centreOf(c.pref_code).bureau],
    online: c.online ? ['yes'] : [],
    language: c.languages,
  };
}

/**
 * The one-step choices above the facets: a place (anyone online, a prefecture, or a
 * prefecture or anyone online), a specialty and a qualification, each offered only where
 * the facets have it.
 */
export function coordinatorQuickChoices(
  facets: readonly { key: string; options: readonly { value: string; label: string }[] }[],
): QuickChoice[] {
  const prefs = presentOptions(facets, 'pref').filter((o) => o.value !== ONLINE);
  const online = presentOptions(facets, 'pref').some((o) => o.value === ONLINE);
  return [
    {
      key: 'pref',
      label: t('reach.quick.place'),
      ...(online ? { hint: t('reach.quick.placeHint') } : {}),
      options: [
        ...(online ? [{ value: ONLINE, label: t('reach.facet.online') }] : []),
        ...prefs.flatMap((o) => [
          o,
          ...(online
            ? [
                {
                  value: `${o.value} ${ONLINE}`,
                  label: t('reach.quick.prefOrOnline', { prefecture: o.label }),
                },
              ]
            : []),
        ]),
      ],
    },
    { key: 'topic', label: t('reach.quick.topic'), options: presentOptions(facets, 'topic') },
    {
      key: 'qualification',
      label: t('reach.quick.qualification'),
      options: presentOptions(facets, 'qualification'),
    },
  ];
}
