/** English UI strings for /compare/ and the centre pages' agencies; composed into `en` in ../en.ts. */
import type { compare as ja } from '../ja/compare.ts';

export const compare: Record<keyof typeof ja, string> = {
  'compare.nav': 'Compare with reference values',
  'compare.group.centre': 'This centre',
  'compare.group.bureau': 'Centres in the same regional bureau',
  'compare.group.sizeConsultations': '5 centres with similar consultation numbers',
  'compare.group.sizeCoordinators': '5 centres with similar numbers of coordinators',
  'compare.group.nation': 'All centres in Japan',

  'compare.index.title': 'Compare a centre with reference values',
  'compare.index.lead':
    'Choose a centre to see all its indicators next to the medians and interquartile ranges of the centres in the same regional bureau, the 5 centres with the most similar number of consultations, the 5 centres with the most similar number of coordinators, and all centres in Japan. Centres are not ranked.',
  'compare.form.legend': 'Choose a centre and a fiscal year',
  'compare.form.centre': 'Centre',
  'compare.form.fy': 'Fiscal year',
  'compare.form.submit': 'Show comparison',
  'compare.index.listHeading': 'All centres',
  'compare.index.listIntro':
    'Choose a centre name to see the comparison for the latest fiscal year. Other years can be chosen on that page.',
  'compare.index.caption': 'The {count} centres with a comparison (in prefecture code order)',

  'compare.page.title': '{name} compared with reference values ({fy})',
  'compare.page.description':
    'All indicators of {name} for {fy}, next to centres of similar size, centres in the same region and all centres in Japan.',
  'compare.page.sub': 'Comparison with reference values ({fy})',
  'compare.page.lead':
    'The values of this centre for {fy} (filled circles) are shown next to the median of each comparison group (open circles), the median of all centres in Japan (diamonds) and their interquartile ranges (bands). Indicators follow their defined order and are never sorted by value. Compare first with this centre’s own earlier years, and read other centres’ values as reference only.',
  'compare.page.centreLink': 'This centre’s page for {fy}',
  'compare.page.chooseLink': 'Choose another centre',
  'compare.page.methodLink': 'How reference values work',
  'compare.fy.label': 'Fiscal year to compare',
  'compare.peers.heading': 'Comparison groups ({fy})',
  'compare.peers.intro':
    'Reference values use only centres whose value is neither suppressed nor not calculable. This centre itself is never included.',
  'compare.peers.none': 'None',
  'compare.charts.heading': 'Comparison by indicator ({fy})',
  'compare.charts.tableLink': 'See the values of {name} as a table',
  'compare.table.caption':
    '{framework}: this centre and reference values ({fy}, median and interquartile range)',
  'compare.centreLink': 'Compare this centre with reference values ({fy})',

  'compare.agencies.heading': 'Support agencies referred to or worked with ({fy})',
  'compare.agencies.intro':
    'Consultations by the support agency this centre referred the business to (referred) and the agency whose staff joined the consultation (joint). A consultation involving several agencies counts once for each, so the totals can exceed the indicators “Consultations referred to other support agencies” and “Consultations supported jointly with other support agencies”. Agencies are listed in their defined order.',
  'compare.agencies.reason':
    'Not published: fewer than 3 businesses, or the value could otherwise be worked out from the totals.',
  'compare.agencies.caption': 'Referred and joint consultations by support agency ({fy})',
  'compare.agencies.agency': 'Support agency',
  'compare.agencies.referred': 'Referred',
  'compare.agencies.joint': 'Joint',
  'compare.agencies.download': 'Table by support agency (open data)',
  'compare.trend.reason': 'Why {status}: {reason}',

  'compare.map.heading': 'Values by centre (per coordinator, {fy})',
  'compare.map.intro':
    'Each centre’s value of the chosen indicator, per coordinator, shown by shade. Tiles keep their geographic place and are not ordered by value. Choose a tile to go to that centre’s page.',
  'compare.map.choose': 'Indicator to map',
  'compare.map.legend': '{name} (per coordinator, {unit})',
  'compare.map.tableLink': 'See all indicators as a table',
  'compare.map.caption': 'Values per coordinator ({fy}, in prefecture code order)',

  'compare.method.page':
    'Charts and tables setting every indicator of each centre against these reference values are on the following pages. The order is always “this centre, centres in the same regional bureau, 5 centres with similar consultation numbers, 5 centres with similar numbers of coordinators, all centres in Japan”, never sorted by value.',
  'compare.method.agencies':
    'The table by support agency referred to or joined (consultations_by_agency) is suppressed by the same rules. As each centre’s totals are published as indicators (consultations referred to, and supported jointly with, other support agencies), complementary suppression is applied to referrals and to joint consultations separately. A consultation involving several agencies counts once for each.',
};
