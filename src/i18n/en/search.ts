/** English UI strings for /search/ (the site search); composed into `en` in ../en.ts. */
import type { search as ja } from '../ja/search.ts';

export const search: Record<keyof typeof ja, string> = {
  'search.lead':
    'Search coordinators, centres, support services and case studies by keyword (the centres’ own initiatives, written in Japanese, are found from the initiatives list by kind, region and topic). Searching for a specialty (for example, business succession) lists the coordinators who specialise in it first. The search runs within this site only; what you type is never sent anywhere.',
  'search.types.legend': 'What to search (all if none chosen)',
  'search.type.centre': 'Centre',
  'search.count': '{count}',
  'search.status': 'Showing {shown} results for “{q}”.',
  'search.statusTypes': 'Showing {shown} results for “{q}” ({types}).',
  'search.typesSep': ', ',
  'search.specialtyFirst':
    'The {count} coordinators who list “{topics}” as a specialty are shown first.',
  'search.result.specialties': 'Specialties: {list}',
  'search.result.qualifications': 'Qualifications: {list}',
  'search.result.onlineYes': 'Takes online consultations (also from other prefectures)',
  'search.result.onlineNo': 'Does not take online consultations',
  'search.result.sep': ' / ',
};
