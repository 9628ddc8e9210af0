/** English UI strings of the build-time charts (src/charts/); composed into `en` in ../en.ts. */
import type { charts as ja } from '../ja/charts.ts';

export const charts: Record<keyof typeof ja, string> = {
  // Separators of the charts' text summaries.
  'charts.join.list': ', ',
  'charts.join.sentence': '. ',
  'charts.join.years': ', ',
  'charts.summary': '{label}: {parts}.',

  'charts.noData': 'No data',
  'charts.legend': 'Legend',
  'charts.axis': '{label} ({unit})',
  'charts.iqr': ' (interquartile range {q1}–{q3})',
  'charts.point': '{name} {value}',
  'charts.centre': 'This centre',
  'charts.nation': 'Japan',
  'charts.countAxis': 'Count',

  'charts.tile.name': '{label}: {value}',
  'charts.tile.classFrom': '{value} and over',
  'charts.tile.allMissing': '{label}: {missing} in every prefecture.',
  'charts.tile.range': '{count} prefectures range from {min} to {max}',
  'charts.tile.missing': '{count} prefectures are {missing}',

  'charts.dotBand.title': 'Comparison of {label}',
  'charts.dotBand.item': '{group}: {value}',

  'charts.mix.axis': 'Share (%)   bars: {centre}   vertical lines: {nation}',
  'charts.mix.bar': '{category} {series} {value}',
  'charts.mix.title': 'Breakdown of {label}',
  'charts.mix.item': '{category} {centre} ({nation} {nationValue})',
  'charts.mix.summary': 'Breakdown of {label} for {centre}: {parts}.',

  'charts.trend.reference': 'National median',
  'charts.trend.band': 'National interquartile range',
  'charts.trend.point': 'FY{fy} {value}',
  'charts.trend.title': '{label} over time',
  'charts.trend.empty': '{label}: no data.',
  'charts.trend.latest': '{series} in {fy}: {value}',
  'charts.trend.lastShown': 'the latest year with a value is {fy}: {value}',
  'charts.trend.referenceValue': '{reference}: {value}',
  'charts.trend.hiddenYears': '{years}: {status}',

  // Centre and compare charts: a value with its unit, and the unit an axis names. A count
  // of consultations needs no word: the indicator's name says what is counted.
  'charts.value.count': '{value}',
  'charts.value.businesses': '{value} businesses',
  'charts.value.people': '{value} people',
  'charts.value.times': '{value} times',
  'charts.value.thousandYen': '¥{value} thousand',
  'charts.value.thousandYenPerPerson': '¥{value} thousand per person',
  'charts.unit.count': 'number',
  'charts.unit.businesses': 'businesses',
  'charts.unit.people': 'people',
  'charts.unit.times': 'times',
  'charts.unit.thousandYen': '¥ thousand',
  'charts.unit.thousandYenPerPerson': '¥ thousand per person',
};
