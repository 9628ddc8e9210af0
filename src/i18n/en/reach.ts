/** English UI strings for how to consult a centre or coordinator and the directory's place choice; composed into `en` in ../en.ts. */
import type { reach as ja } from '../ja/reach.ts';

export const reach: Record<keyof typeof ja, string> = {
  'reach.heading': 'How to consult',
  'reach.intro': 'Consultations with {centre} are free. You can consult at these offices.',
  'reach.ownWords':
    'Office names, addresses and hours are shown as the centre publishes them (in Japanese).',
  'reach.none': 'Office information for {centre} has not been published yet.',
  'reach.main': 'Main office',
  'reach.officeName': '{name} (main office)',
  'reach.phone': 'Phone',
  'reach.hours': 'Hours',
  'reach.online': 'Online consultations',
  'reach.onlineYes': 'Available',
  'reach.onlineNo': 'Not available at this office',
  'reach.website': 'Website',
  'reach.booking': 'Booking',
  'reach.bookingLink': 'Booking page of {office}',
  'reach.websiteLink': 'Website of {office}',
  'reach.remote':
    '{name} takes online consultations. Businesses outside {prefecture} can book too.',
  'reach.local': 'Consultations with {name} are held at the offices of {centre}.',
  'reach.route.booking': 'Book: ',
  'reach.route.phone': 'Book by phone: ',
  'reach.route.website': 'How to book is explained on the website: ',
  'reach.route.none': 'To book, contact one of the offices below.',
  'reach.centreRemote':
    '{count} coordinators of this centre take online consultations from other prefectures.',
  'reach.centreRemoteLink': 'See the coordinators who take online consultations',
  'reach.centreLink': 'See the offices on the page of {centre}',

  // The directory's place choice: a prefecture, or a prefecture or anyone online.
  'reach.facet.online': 'Anyone taking online consultations (any prefecture)',
  'reach.quick.legend': 'Quick search',
  'reach.quick.intro':
    'Choose one place, one specialty and one qualification. To choose several, use the detailed filters below.',
  'reach.quick.place': 'Place',
  'reach.quick.topic': 'Specialty',
  'reach.quick.qualification': 'Qualification',
  'reach.quick.any': 'Any',
  'reach.quick.custom': 'Several chosen (detailed filters)',
  'reach.quick.prefOrOnline': '{prefecture} or online',
  'reach.quick.placeHint':
    '“Or online” shows the coordinators of the centre in that prefecture plus everyone in Japan who takes online consultations from other prefectures.',
  // English edition, directory area: a label before its value (the phone in an office's address).
  'reach.labelled': '{label}: ',
};
