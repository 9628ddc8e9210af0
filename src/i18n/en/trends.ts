/** English UI strings for /trends/, ministry pages and /explore/; composed into `en` in ../en.ts. */
import type { trends as ja } from '../ja/trends.ts';

export const trends: Record<keyof typeof ja, string> = {
  'trends.nav': 'Consultation trends',
  'trends.title': 'Consultation trends',
  'trends.lead':
    'What businesses consult the Yorozu Support Centers about: national consultations by month and fiscal year, broken down by topic, industry, number of employees, region and channel. Changes from the same period a year earlier are shown in text and charts.',
  'trends.source':
    'Counts by year, month and breakdown come from the published tables (consultations_by_*, national); quarterly counts are counted from the microdata. Categories with fewer than 3 businesses are “suppressed”.',
  'trends.filter.heading': 'Filter by region, industry and more',
  'trends.filter.any': 'All',
  'trends.filter.theme': 'Policy theme',
  'trends.filter.run': 'Count',
  'trends.toc': 'On this page',
  'trends.monthly.heading': 'Consultations by month (Japan)',
  'trends.monthly.series': 'Each month',
  'trends.monthly.seriesBefore': 'Same month a year earlier',
  'trends.monthly.legend': 'Solid (blue): each month   Dashed (grey): same month a year earlier',
  'trends.monthly.chart':
    'Consultations by month (Japan): solid line each month, dashed line the same month a year earlier',
  'trends.monthly.summary':
    'In the latest quarter ({quarter}) there were {cur} consultations, {change} compared with {prev} in the same quarter a year earlier ({before}).',
  'trends.monthly.summaryUnknown':
    'The latest quarter ({quarter}) cannot be compared with a year earlier (suppressed or no data).',
  'trends.col.month': 'Month',
  'trends.col.value': 'Consultations',
  'trends.col.yearBefore': 'Same month a year earlier',
  'trends.col.change': 'Year on year',
  'trends.col.fy': 'Fiscal year',
  'trends.col.prev': '{fy}',
  'trends.col.cur': '{fy}',
  'trends.col.changeFy': 'Change from the previous year',
  'trends.col.category': 'Category',
  'trends.col.theme': 'Theme',
  'trends.col.topics': 'Topics included',
  'trends.col.quarter': '{quarter}',
  'trends.fy.heading': 'Consultations by fiscal year (Japan)',
  'trends.fy.summary':
    'In {fy} there were {cur} consultations, {change} compared with the previous year.',
  'trends.themes.heading': 'Consultations by policy theme (Japan)',
  'trends.themes.intro':
    'For each policy theme, consultations whose main topic belongs to the theme are counted. Which topics belong to which theme, and why, is shown in the table below. The latest quarter is counted from the microdata (excluding consultations withheld for anonymity).',
  'trends.themes.sentence':
    '{theme}: {change} year on year ({quarter}: {cur}; a year earlier: {prev}).',
  'trends.themes.sentenceHidden':
    '{theme}: the latest quarter cannot be compared with a year earlier (suppressed).',
  'trends.themes.chart': 'Consultations by policy theme, change year on year ({quarter})',
  'trends.themes.withheld':
    'In the fiscal years of the two quarters compared, {withheld} consultations are left out of the microdata for anonymity, so the quarterly counts by theme may be lower than the actual numbers.',
  'trends.themes.axis': 'Year on year',
  'trends.themes.mapping': 'Themes and the topics they include',
  'trends.themes.explore': 'Filter {theme} consultations by month',
  'trends.breakdown.heading': 'Consultations by {dimension} (Japan, {prev} and {cur})',
  'trends.breakdown.chart':
    'Consultations by {dimension}, change from the previous year (Japan, {cur})',
  'trends.breakdown.summary':
    'The largest rise from the previous year was in “{up}” ({upChange}), the largest fall in “{down}” ({downChange}).',
  'trends.breakdown.summaryNone': 'No category can be compared with the previous year.',
  'trends.breakdown.noFall':
    'No category fell from the previous year. The largest rise was in “{up}” ({upChange}).',
  'trends.breakdown.noRise':
    'No category rose from the previous year. The largest fall was in “{down}” ({downChange}).',
  'trends.dim.bureau': 'Region (regional bureau)',
  'trends.download': 'Download this table as CSV',
  'trends.downloadParquet': 'Download as Parquet',
  'trends.hidden': 'Suppressed',
  'trends.explore':
    'To count with other conditions, use the “Explore the data” page (counted in your browser).',
  'trends.explore.link': 'Explore the data',
  'trends.ministries.heading': 'Trends by ministry',
  'trends.ministries.intro':
    'For each ministry that asked the review panel for regular feedback on consultations, a printable summary of the latest quarter for the industries and topics it is responsible for.',
  'ministry.title': 'Consultation trends for {ministry} ({quarter})',
  'ministry.lead':
    'Consultations in {quarter} in the industries and topics within the remit of {ministry} ({observer}), compared with the same quarter a year earlier ({before}). Counted from the microdata (excluding consultations withheld for anonymity); categories that may have fewer than 3 businesses are “suppressed”.',
  'ministry.print': 'Print',
  'ministry.slice': 'What this summary covers',
  'ministry.slice.topics': 'Main consultation topics',
  'ministry.slice.industries': 'Industries',
  'ministry.slice.reason': 'Why these',
  'ministry.limits': 'What cannot be covered',
  'ministry.total':
    '{label}: {cur} consultations in {quarter}, {change} compared with {prev} a year earlier.',
  'ministry.totalHidden': '{label}: too few consultations to compare with a year earlier.',
  'ministry.rose': 'Topics that rose',
  'ministry.fell': 'Topics that fell',
  'ministry.none': 'None',
  'ministry.item': '{name} ({prev} → {cur}, {change})',
  'ministry.where': 'By region (regional bureau)',
  'ministry.whereRose': 'Regions that rose year on year: {list}',
  'ministry.whereFell': 'Regions that fell year on year: {list}',
  'ministry.topicsTable': '{label} by main consultation topic',
  'ministry.bureausTable': '{label} by region',
  'ministry.withheld':
    'In the two fiscal years compared, {withheld} consultations are left out of the microdata for anonymity, so the counts in this summary may be lower than the actual numbers.',
  'ministry.generalised':
    'In the same two years, {generalised} consultations have their industry or other fields generalised (*), so they are not included in this summary filtered by industry.',
  'ministry.explore': 'Filter these consultations by month',
  'ministry.back': 'Back to consultation trends',
  'quarter.label': '{fy} Q{q} ({from}–{to})',
  'explore.nav': 'Explore the data',
  'explore.title': 'Filter and count the data',
  'explore.lead':
    'Count the published consultation microdata (anonymised) right in your browser. The counting runs on your device; your conditions and results are never sent to a server.',
  'explore.loading': 'Loading the database… (the first time takes a few seconds)',
  'explore.loadingBytes': 'Loading the database… ({loaded} / {total} MB)',
  'explore.ready': 'The database is loaded.',
  'explore.idle':
    'The first result was counted when the site was published. Changing a condition loads the data for counting in your browser (about {mb} MB; later visits use the browser cache).',
  'explore.prerenderedStatus':
    'This result was counted when the site was published. Changing a condition loads the data for counting in your browser.',
  'explore.error':
    'The database could not be loaded ({message}). Reload the page, or download the CSV files from the “Open data” page.',
  'explore.noscript':
    'This feature needs JavaScript. The same data can be downloaded from the “Open data” page.',
  'explore.form.heading': 'What to count',
  'explore.measures': 'Values to count',
  'explore.measure.consultations': 'Consultations',
  'explore.measure.resolved': 'Issues resolved',
  'explore.measure.outcomes': 'Outcomes confirmed',
  'explore.measure.referrals': 'Referred to other support agencies',
  'explore.measure.joint': 'Joint with other support agencies',
  'explore.dims': 'Break down by (up to 2)',
  'explore.dim1': 'Rows',
  'explore.dim2': 'Columns (colour)',
  'explore.dim.none': 'None',
  'explore.dim.fy': 'Fiscal year',
  'explore.dim.month': 'Month',
  'explore.dim.centre': 'Centre',
  'explore.dim.bureau': 'Regional bureau',
  'explore.dim.topic': 'Main consultation topic',
  'explore.dim.topic_group': 'Topic group',
  'explore.dim.industry': 'Industry',
  'explore.dim.band': 'Number of employees',
  'explore.dim.legal': 'Legal form',
  'explore.dim.channel': 'Consultation channel',
  'explore.dim.phase': 'Support phase',
  'explore.filters': 'Filters',
  'explore.filter.fy': 'Fiscal year',
  'explore.filter.any': 'Any',
  'explore.filter.chosen': '{label} ({count} chosen)',
  'explore.filter.all': '{label} (all)',
  'explore.phase': 'Phase {phase}',
  'explore.generalisedValue': 'Generalised (*)',
  'explore.blank': 'Blank (planning to start a business)',
  'explore.run': 'Count',
  'explore.reset': 'Reset the conditions',
  'explore.result.heading': 'Result',
  'explore.result.caption': '{measures} ({dims})',
  'explore.result.total': 'Total',
  'explore.result.time': 'Counted {rows} rows in {ms} ms.',
  'explore.result.prerendered':
    '{rows} rows, counted from the same database when the site was published.',
  'explore.result.empty': 'No consultations match these conditions.',
  'explore.result.hiddenMark': 'Suppressed',
  'explore.result.hiddenCount':
    '{count} cells are “suppressed” because they may contain fewer than 3 businesses (totals are not shown).',
  'explore.summary.one': '{measure}: {value}.',
  'explore.summary.many':
    'Of {cells} categories, {measure} is highest for “{maxLabel}” ({max}) and lowest for “{minLabel}” ({min}), leaving out suppressed cells.',
  'explore.withheld.exact':
    'Of the {total} consultations of these fiscal years and centres, {withheld} are left out of the microdata so that no business can be identified, and are not in this table.',
  'explore.withheld.upper':
    'Of the {total} consultations of these fiscal years and centres, {withheld} are left out of the microdata. How many of them match this filter is unknown, so the table may be up to {withheld} lower.',
  'explore.withheld.generalised':
    'Also, {generalised} consultations have their industry, number of employees or legal form generalised (*); breaking down or filtering by those fields groups them as “Generalised (*)” or leaves them out.',
  'explore.businesses':
    'Businesses (counted once each) cannot be counted here, because the microdata carries no number that tells businesses apart. See the indicator pages and the published tables (consultations_by_*) for the number of businesses.',
  'explore.csv': 'Download this result as CSV',
  'explore.sql.show': 'Show the SQL of this count',
  'explore.sql.heading': 'Query with SQL (read-only)',
  'explore.sql.intro':
    'The database is opened read-only. Tables: microdata (one row per consultation), microdata_disclosure (anonymisation by fiscal year and centre), and the published tables such as consultations_by_topic. Results here are counted straight from the microdata; the suppression of the table above is not applied (the microdata is the same as the download).',
  'explore.sql.label': 'SQL',
  'explore.sql.run': 'Run',
  'explore.sql.loading': 'Loading the database (portal.duckdb) and running the query…',
  'explore.sql.rows': '{rows} rows (up to {max} shown), {ms} ms',
  'explore.sql.error': 'The SQL could not be run: {message}',
  'explore.chart.label': 'Chart of {measure} ({dims})',
  'explore.rule.heading': 'Suppression rules',
  // English edition: trends, explore, data, home pages
  'explore.sep': ', ',
  'trends.sliceCode': '{kind}: {name}',
  'data.sep': ', ',
  'data.table.afterName': ' · {summary}',
  'home.downloads.tableOpen': ' (',
  'home.downloads.tableClose': ')',
  'trends.sep': ', ',
};
