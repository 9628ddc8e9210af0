/**
 * English UI strings of the centre dashboards' targets and summary and of the national view
 * of the targets and initiatives (report §3(1)②ii, §6⑧, figures 12, 15 and 16); composed
 * into `en` in ../en.ts.
 */
import type { dash as ja } from '../ja/dash.ts';

export const dash: Record<keyof typeof ja, string> = {
  // Roles as figures 12 and 16 name them ("機能/役割").
  'dash.role.onestop': 'One-stop service',
  'dash.role.coordinate': 'Coordination',
  'dash.role.advice': 'Advanced management advice',
  'dash.role.adviceExpanded':
    'Advanced management advice (expanded: ④ stronger earnings, ⑤ management skills and self-reliance, ⑥ growth support)',
  'dash.role.capacity': 'Building the support capacity of advisers',
  'dash.role.impact': 'Support with an economic impact',
  'dash.role.funnel': 'Moving from phase 1 to phase 2',

  'dash.col.target': 'Target and result ({fy})',
  'dash.target.label': 'Target {value}',
  'dash.target.met': 'Met',
  'dash.target.unmet': 'Not met',
  'dash.target.none': 'Not assessed',
  'dash.target.noTarget': 'No target',
  'dash.target.ratio': '{value}% of target',
  'dash.target.notAssessed': 'the result is “{status}”',
  'dash.change.text': 'from {year} ({before}): {diff}{rel}',
  'dash.change.relative': ' ({value}%)',
  'dash.change.points': '{value} points',
  'dash.change.unknown':
    'Cannot be compared with {year} (one of the values is suppressed or not calculable)',

  'dash.summary.heading': 'Summary for {fy}',
  'dash.summary.intro':
    'The main figures of this centre for {fy}, next to the targets in this centre’s implementation plan and its values for the previous year. Whether a target is met is for the centre to check against its own plan; it is not a ranking of centres. Targets and results for every indicator are in the “Indicators” table below.',
  'dash.summary.unmet': 'Targets not met:',
  'dash.summary.notAssessed': 'Not assessed (result suppressed or not calculable):',
  'dash.summary.noTargets': 'No plan targets have been published for this year.',
  'dash.summary.targets':
    'Of {targets} plan targets, {met} were met, {unmet} were not met and {notAssessed} were not assessed (result suppressed or not calculable).',
  'dash.summary.caption': 'Main figures with targets and the previous year ({fy}, this centre)',
  'dash.summary.col.indicator': 'Indicator',
  'dash.summary.col.value': 'Value',
  'dash.summary.col.target': 'Target',
  'dash.summary.col.met': 'Met',
  'dash.summary.col.change': 'Change from the previous year',
  'dash.summary.firstYear': 'No published value for the previous year',
  'dash.summary.tableLink': 'Go to the table of all indicators',

  'dash.offices.heading': 'Where to consult',
  'dash.offices.none': 'No office information has been published.',
  'dash.offices.main': 'Main office',
  'dash.offices.online': 'Online consultations available',

  'dash.initiatives.heading': 'The centre’s own initiatives ({fy})',
  'dash.initiatives.count': '{count} initiatives this year.',
  'dash.initiatives.none': 'No initiatives of this centre have been published for this year.',
  'dash.initiatives.all': 'See the initiatives of all centres',
  'dash.initiatives.stage.planned': 'Planned',
  'dash.initiatives.stage.done': 'Done',

  // The national view (home page).
  'dash.national.heading': 'Targets met and the centres’ own initiatives (Japan)',
  'dash.national.intro':
    'For each indicator and year: how many centres set a target in their implementation plan, how many met it, and how many could not be assessed (result suppressed or not calculable). Centres are not ranked.',
  'dash.national.none': 'No plan targets have been published.',
  'dash.national.chart': 'Targets met by fiscal year (Japan, number of targets)',
  'dash.national.summary':
    '{fy}: of {targets} targets, {met} met, {unmet} not met, {notAssessed} not assessed',
  'dash.national.legend':
    'Legend: dark blue = met, light blue = not met, grey = not assessed (stacked from the left)',
  'dash.national.series.met': 'Met',
  'dash.national.series.unmet': 'Not met',
  'dash.national.series.notAssessed': 'Not assessed',
  'dash.national.axis': 'Number of targets',
  'dash.national.totalsLink': 'See the chart’s values as a table',
  'dash.national.totalsCaption': 'Targets met by fiscal year (Japan, number of targets)',
  'dash.national.col.fy': 'Fiscal year',
  'dash.national.col.targetsAll': 'Targets',
  'dash.national.caption': 'Targets met by indicator ({fy}, Japan, number of centres)',
  'dash.national.col.indicator': 'Indicator',
  'dash.national.col.targets': 'Centres with a target',
  'dash.national.col.met': 'Met',
  'dash.national.col.unmet': 'Not met',
  'dash.national.col.notAssessed': 'Not assessed (suppressed or not calculable)',
  'dash.national.earlier': 'Targets met by indicator in earlier years ({count} years)',
  'dash.national.download': 'Targets and results data (targets)',
  'dash.national.kinds.heading': 'The centres’ own initiatives by kind and fiscal year (Japan)',
  'dash.national.kinds.caption': 'Centres’ own initiatives by kind and fiscal year (Japan)',
  'dash.national.kinds.col.kind': 'Kind of initiative',
  'dash.national.kinds.total': 'Total',
  'dash.national.kinds.none': 'No initiatives of the centres have been published.',
  'dash.national.kinds.link': 'All of the centres’ own initiatives',
  'dash.national.kinds.count': '{count}',
  'dash.trend.onLatest':
    'Each indicator’s trend over all years (chart and table) is on the latest year’s page; each row’s “Trend” links to it.',

  // Centre dashboards and compare pages (both editions): separators, past years' trend links and
  // the past years' compare pages without charts.
  'dash.sep.list': ', ',
  'dash.aside': ' ({text})',
  'dash.also': ' · {text}',
  'dash.target.note': '{met} ({reason})',
  'dash.trend.link': '{name}: trend over all years',
  'dash.paren.open': ' (',
  'dash.paren.close': ')',
  'centers.profile.prefectureValue': '{prefecture} ({code})',
  'compare.page.leadPast':
    'The values of this centre for {fy} are set next to the median of each comparison group, the median of all centres in Japan and their interquartile ranges. Indicators follow their defined order and are never sorted by value. Compare first with this centre’s own earlier years, and read other centres’ values as reference only.',
  'compare.charts.onLatest':
    'Charts are drawn on the latest year’s page only; for past years, each comparison is given as a sentence and in the tables.',
};
