/** English UI strings for /initiatives/ (the centres' own initiatives); composed into `en` in ../en.ts. */
import type { initiatives as ja } from '../ja/initiatives.ts';

export const initiatives: Record<keyof typeof ja, string> = {
  'init.nav': 'Centres’ initiatives',
  'init.type': 'Centre initiative',

  'dir.initiatives.title': 'The centres’ own initiatives',
  'dir.initiatives.description':
    'Initiatives that Yorozu Support Centers across Japan run for local needs: business matching events, seminars, outreach consultation days, joint projects with other agencies and more.',
  'dir.initiatives.lead':
    'Initiatives each centre planned and carried out ({count}). Filter by kind, region, consultation topic, stage and fiscal year to learn from other centres.',
  'dir.initiatives.none': 'No initiatives are listed.',
  'dir.initiatives.noscript':
    'JavaScript is off, so filtering and search are not available. Below are all initiatives, newest fiscal year first (within a year, latest start date first).',
  'dir.initiatives.listHeading': 'All initiatives',
  'dir.initiatives.feed': 'Updates to the centres’ initiatives (Atom feed, latest {count})',
  'dir.initiatives.feedTitle': 'Centres’ own initiatives | Yorozu Support Centers Open Data Portal',

  'init.facet.kind': 'Kind of initiative',
  'init.facet.topic': 'Consultation topics covered',
  'init.facet.stage': 'Stage',
  'init.facet.fy': 'Fiscal year',
  'init.stage.planned': 'Planned',
  'init.stage.done': 'Done',
  'init.dates': '{start} – {end}',
  'init.people': '{count} people',
  'init.businesses': '{count} businesses',

  'init.page.descriptionMeta': '“{title}”, an initiative of {centre}.',
  'dir.initiative.centre': 'Centre',
  'init.page.region': 'Region (regional bureau)',
  'init.page.fy': 'Fiscal year',
  'init.page.kind': 'Kind of initiative',
  'init.page.stage': 'Stage',
  'init.page.dates': 'Period',
  'init.page.topics': 'Consultation topics covered',
  'init.page.partners': 'Partner support agencies',
  'init.page.participants': 'Participants',
  'init.page.businesses': 'Participating businesses',
  'init.page.outcome': 'Outcome',
  'init.page.body': 'About the initiative',
  'init.page.bodyNote': 'This text is published as the centre wrote it (in Japanese).',
  'init.page.similar': 'Similar initiatives of other centres',
  'init.page.similarIntro':
    'Initiatives of other centres of the same kind or covering the same consultation topics. At most one per centre, the most similar, in order of similarity (ties: done first, newer year, then ID). This is not an order of the centres’ performance.',
  'init.page.noSimilar': 'No similar initiatives of other centres are listed.',
  'dir.initiative.back': 'Back to all initiatives',
  // English edition, directory area: title and description made of codes (see dir.*Coded).
  'init.page.titleCoded': '{kind} ({centre}, {fy})',
  'init.page.descriptionCoded': 'An initiative of {centre} ({fy}). Kind: {kind}.',
};
