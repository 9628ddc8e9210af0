/** English for the keys of the core dictionary in ../ja.ts (site frame, home, centres, data, methodology). */
import type { core as ja } from '../ja.ts';

export const core: Record<keyof typeof ja, string> = {
  'site.name': 'Yorozu Support Centers Open Data Portal',
  'site.description':
    'Statistics on the consultations of the 47 Yorozu Support Centers across Japan, aggregated so that no person or business can be identified.',
  'site.titleTemplate': '{page} | {site}',
  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main pages of the site',
  'nav.home': 'National overview',

  'synthetic.title': 'This is synthetic sample data',
  'synthetic.body':
    'The figures on this site are fictitious data generated for testing. They are not the results of any real support centre, coordinator or business.',

  'footer.vintage': 'Data as of: {vintage}',
  'footer.generated': 'Published data generated: {date}',
  'footer.licence':
    'The content of this site is provided under the Public Data License (Version 2.0) of the Government of Japan, which is compatible with Creative Commons Attribution 4.0 International (CC BY 4.0).',
  'footer.codeVersion': 'Software version: {version}',

  'notFound.title': 'Page not found',
  'notFound.lead':
    'The page you are looking for could not be found. The address may be wrong, or the page may have been moved or removed.',
  'notFound.next': 'Try one of these pages.',
  'notFound.home': 'National overview (home page)',
  'notFound.centers': 'All centres',
  'notFound.search': 'Search the site',

  'home.title': 'National overview',
  'home.lead':
    'Yorozu Support Centers are free business consultation offices for small and medium-sized enterprises and small businesses, set up by the national government in all 47 prefectures. This portal publishes statistics aggregated from each centre’s consultation records so that no person or business can be identified.',
  'home.method':
    'The published data is the anonymised data exported from the centres’ record systems, with every row validated, then aggregated. The table below lists the input files used for this release.',
  'home.vintage': 'Data as of: {vintage}',
  'home.latestFy': 'Latest fiscal year: {fy} ({count} fiscal years published, from {first})',
  'home.toc': 'On this page',
  'home.headline.heading': 'Main indicators over time (Japan)',
  'home.headline.intro':
    'The main indicators for Japan (the total of the 47 centres) from the first published fiscal year. The text under each chart states the same content in words.',
  'home.headline.series': 'Japan',
  'home.headline.tableLink': 'See {name} by fiscal year as a table',
  'home.indicators.heading': 'Indicators for Japan ({fy})',
  'home.indicators.intro':
    'National values, the total of the 47 centres. Each indicator name links to its definition and calculation. Open “Trend” in a row to see earlier years as a table.',
  'home.indicators.caption': '{framework} (Japan, {fy})',
  'home.col.value': 'Japan',
  'home.col.trend': 'Trend in Japan',
  'home.trend.caption': '{name} by fiscal year (Japan)',
  'home.mix.heading': 'What consultations were about (Japan, {fy})',
  'home.mix.intro':
    'National consultations by topic group, industry, number of employees and channel, in code-list order. A group that includes a category suppressed to protect businesses shows no total and is marked “suppressed”.',
  'home.mix.topicGroup': 'Topic group',
  'home.mix.caption': 'Consultations and shares by {dimension} (Japan, {fy})',
  'home.mix.topics': 'Topics included',
  'home.mix.count': 'Consultations',
  'home.mix.share': 'Share',
  'home.topicGroup.sales': 'Sales and products',
  'home.topicGroup.improvement': 'Management improvement and finance',
  'home.topicGroup.startup': 'Starting a business',
  'home.topicGroup.succession': 'Business succession',
  'home.topicGroup.people': 'People and labour',
  'home.topicGroup.basics': 'Bookkeeping, plans and public programmes',
  'home.topicGroup.growth': 'Overseas and intellectual property',
  'home.topicGroup.other': 'Other',
  'home.map.caption':
    'Consultations and consultations per coordinator by centre ({fy}, in prefecture code order, {count} centres)',
  'home.map.consultations': 'Consultations',
  'home.map.perCo': 'Per coordinator',
  'home.map.perCoNone': 'Not calculable',
  'home.downloads.heading': 'Data on this page',
  'home.downloads.intro':
    'The figures on this page can be downloaded as CSV, Parquet and JSON from the open data page.',
  'home.downloads.indicators': 'Indicators (Japan and by centre, by fiscal year)',
  'home.downloads.rates': 'Values per coordinator',
  'home.downloads.topic': 'Consultations by topic',
  'home.downloads.industry': 'Consultations by industry',
  'home.downloads.employeesBand': 'Consultations by number of employees',
  'home.downloads.channel': 'Consultations by channel',

  'files.heading': 'Input files used for this release',
  'files.caption': 'Input files and rows accepted ({count} files)',
  'files.file': 'File',
  'files.rowsAccepted': 'Rows accepted',
  'files.rowsRejected': 'Rows excluded',
  'files.encoding': 'Encoding',
  'files.encodingUnrecorded': 'Not recorded',
  'files.sha256': 'SHA-256',
  'files.sha256Full': 'SHA-256 (full): {sha}',
  'files.total': 'Total',

  'centers.heading': 'The 47 Yorozu Support Centers',
  'centers.caption': 'Yorozu Support Centers (in prefecture code order, {count} centres)',
  'centers.prefCode': 'Code',
  'centers.prefecture': 'Prefecture',
  'centers.name': 'Centre',
  'centers.operator': 'Operating body',
  'centers.bureau': 'Regional bureau of METI',
  'centers.nav': 'Centres',
  'centers.index.title': 'Centre dashboards',
  'centers.index.lead':
    'A page for each of the 47 Yorozu Support Centers with its indicators by fiscal year. Centres are listed in prefecture code order (never ranked by indicator values).',
  'centers.index.caption': 'Centre pages (in prefecture code order, {count} centres)',
  'centers.page.title': '{name} ({fy})',
  'centers.page.description':
    'Indicators of {name} for {fy}, compared with earlier years and reference values.',
  'centers.page.lead':
    'This centre’s indicators for {fy}. Compare them first with this centre’s own earlier years (“Trend”). Other centres’ values are shown only as reference values (median and interquartile range), never as a ranking.',
  'centers.page.linksIntro': 'Related pages',
  'centers.page.methodologyLink': 'Indicator definitions and calculation',
  'centers.page.dataLink': 'Open data',
  'centers.profile.heading': 'About the centre',
  'centers.profile.prefecture': 'Prefecture',
  'centers.profile.operator': 'Operating body',
  'centers.profile.bureau': 'Regional bureau of METI',
  'centers.profile.coordinators': 'Coordinators (end of {fy})',
  'centers.profile.coordinatorsValue': '{count}',
  'centers.profile.coordinatorsNone': 'Not published',
  'centers.fy.label': 'Fiscal year shown',
  'centers.fy.latest': ' (latest)',
  'latestYear.pointer': 'This is the latest fiscal year. Its page is the centre’s own page.',
  'latestYear.link': 'Go to {title}',
  'centers.indicators.heading': 'Indicators ({fy})',
  'centers.indicators.caption': '{framework} ({fy})',
  'centers.col.indicator': 'Indicator',
  'centers.col.value': 'This centre',
  'centers.col.reference': 'Reference values ({fy})',
  'centers.col.trend': 'Trend at this centre',
  'centers.col.fy': 'Fiscal year',
  'centers.ref.national': 'National median (interquartile range)',
  'centers.ref.bureau': 'Median of centres in the same regional bureau',
  'centers.ref.sizeConsultations': 'Median of centres with similar consultation numbers',
  'centers.ref.sizeCoordinators': 'Median of centres with similar numbers of coordinators',
  'centers.ref.iqr': '{median} ({q1}–{q3})',
  'centers.ref.centres': '{count} centres',
  'centers.ref.none': 'None',
  'centers.interval': '95% confidence interval {lower}–{upper} ({n} responses)',
  'centers.perCo': '{value} per coordinator',
  'centers.trend.summary': '{name} over time ({count} fiscal years)',
  'centers.trend.caption': '{name} by fiscal year (this centre)',
  'centers.trend.current': ' (shown)',
  'centers.status.suppressed': 'Suppressed',
  'centers.status.na': 'Not calculable',
  'centers.reason.share.suppressed':
    'Not published: there were 1 to 9 survey responses, so respondents could be identified.',
  'centers.reason.share.na': 'Cannot be calculated: there were no survey responses.',
  'centers.reason.financial.suppressed':
    'Not published: there were only 1 or 2 businesses, so they could be identified.',
  'centers.reason.financial.na':
    'Cannot be calculated: there are no businesses to count, or the denominator is 0.',
  'centers.reason.capacity.na': 'Cannot be calculated: the centre has not reported it.',
  'centers.reason.other.suppressed':
    'Not published, so that no person or business can be identified.',
  'centers.reason.other.na': 'Cannot be calculated: there is no data to calculate it from.',
  'centers.reason.mix.suppressed':
    'Not published: the category has fewer than 3 businesses, so they could be identified.',
  'centers.reason.label': 'Reason: {reason}',
  'centers.reason.inCell': ' (reason: {reason})',
  'centers.mix.heading': 'What consultations were about ({fy})',
  'centers.mix.intro':
    'Shares of consultations by category, next to the national shares, in code-list order. Categories with fewer than 3 businesses are “suppressed”, and some other categories are suppressed too so that they cannot be worked out from the rest.',
  'centers.mix.topic': 'Main consultation topic',
  'centers.mix.industry': 'Industry',
  'centers.mix.employeesBand': 'Number of employees',
  'centers.mix.channel': 'Channel',
  'centers.mix.caption': 'Shares of consultations by {dimension} ({fy}, this centre and Japan)',
  'centers.mix.category': 'Category',
  'centers.mix.count': 'Consultations here',
  'centers.mix.share': 'Share here',
  'centers.mix.national': 'Share in Japan',
  'centers.mix.unrecorded': 'Not recorded',
  'centers.mix.total': 'Total',
  'centers.unit.count': '{value}',
  'centers.unit.businesses': '{value} businesses',
  'centers.unit.people': '{value} people',
  'centers.unit.times': '{value} times',
  'centers.unit.thousandYen': '¥{value} thousand',
  'centers.unit.thousandYenPerPerson': '¥{value} thousand per person',
  'centers.unit.share': '{value}%',
  'centers.unit.ratio': '{value}% year on year',

  // /explore/ while a question or a query runs: cancel, elapsed time, the row cap.
  'explore.cancel': 'Cancel counting',
  'explore.cancelled':
    'Cancelled. Press “Count” again to continue (if loading the data was stopped, it starts loading again).',
  'explore.cancelledStatus': 'Counting cancelled.',
  'explore.sql.cancel': 'Cancel the query',
  'explore.sql.running': 'Running the SQL. Press “Cancel” to stop.',
  'explore.sql.elapsed': 'Running… {seconds} s',
  'explore.sql.loadingElapsed': 'Loading the database (portal.duckdb)… {seconds} s',
  'explore.sql.done': 'Done. Showing {rows} rows.',
  'explore.sql.failed': 'The query could not be run.',
  'explore.sql.cancelling': 'Cancelling…',
  'explore.sql.cancelled': 'Cancelled.',
  'explore.sql.restarted':
    'Cancelled. The query did not stop at once, so the database engine was restarted. The next query loads the database again.',
  'explore.sql.cut':
    'The result is large, so reading stopped at the first {rows} rows (at most {max} rows or about {mb} MB are shown). To see it all, narrow it with WHERE, set the number of rows with LIMIT, or aggregate with GROUP BY.',

  'data.nav': 'Open data',
  'data.title': 'Open data',
  'data.description':
    'Every data file published by the Yorozu Support Centers Open Data Portal, with file size, SHA-256, column meanings and terms of use.',
  'data.lead':
    'All statistics and microdata of this portal can be downloaded here. For each table: files in Parquet, CSV and JSON with their size, rows and SHA-256, and the name, type and meaning of each column. A DuckDB database (portal.duckdb) for counting in the browser is published too.',
  'data.synthetic':
    'The data published here is synthetic sample data generated for testing. It is not the results of any real support centre, coordinator or business.',
  'data.vintage': 'Data as of: {vintage}. Published data generated: {date}.',
  'data.manifest':
    'The list of all files with their SHA-256 is also published in machine-readable form:',
  'data.manifestLink': 'Download manifest.json (JSON, {size})',
  'data.verify':
    'To check that a downloaded file is the one published, compute its SHA-256 and compare it with the value in this table (for example, sha256sum indicators.csv).',
  'data.tocLabel': 'Contents of this page',
  'data.licence.heading': 'Terms of use (licence)',
  'data.licence.terms':
    'The published data is provided under the Public Data License (Version 2.0) of the Government of Japan. It is compatible with Creative Commons Attribution 4.0 International (CC BY 4.0): under its terms you may use the data freely, commercially or not, including copying, public transmission, translation and other editing.',
  'data.licence.attribution':
    'Please cite the source when you use the data. If you edit or process the data, state that you did so, separately from the source. Do not publish edited or processed information as if the government or the centres had made it.',
  'data.licence.example':
    'Example (processed data): “Created by processing open data of the Yorozu Support Centers Open Data Portal (data as of {vintage})”',
  'data.table.name': 'Table name: ',
  'data.table.summary': '{rows} rows, {columns} columns',
  'data.files.caption': 'Files of “{title}”',
  'data.files.format': 'Format',
  'data.files.rows': 'Rows',
  'data.files.size': 'Size',
  'data.files.sha256': 'SHA-256',
  'data.files.download': 'Download',
  'data.files.downloadLink': 'Download {file} ({format}, {size})',
  'data.files.unpacked': ' ({size} unpacked)',
  'data.files.zipNote':
    'The CSV files by fiscal year are compressed as ZIP to keep them small. Opening (extracting) a downloaded file gives one CSV file of the same name (UTF-8 with BOM) that opens directly in Excel and similar programs. The size and SHA-256 of the extracted CSV are in the archive field of manifest.json.',
  'data.lineage.caption': 'Where national consultations went (by fiscal year)',
  'data.lineage.lead':
    'Every consultation read in either appears in the microdata or is left out because anonymity could not be kept. On every row, “consultations read in = microdata rows + rows not published”. Rows by centre are in the files above.',
  'data.lineage.fy': 'Fiscal year',
  'data.lineage.in': 'Consultations read in',
  'data.lineage.rows': 'Microdata rows',
  'data.lineage.generalised': 'of which generalised',
  'data.lineage.withheld': 'Rows not published',
  'data.columns.summary': 'Columns ({count})',
  'data.columns.caption': 'Columns of “{title}”',
  'data.columns.name': 'Column',
  'data.columns.type': 'Type',
  'data.columns.meaning': 'Meaning',
  'data.columns.noMeaning': '(no description)',
  'data.duckdb.heading': 'DuckDB database ({file})',
  'data.duckdb.lead':
    '{file} is a DuckDB database file holding the following {count} tables. Each table’s columns are as described for that table.',
  'data.duckdb.filesCaption': 'Files of {file}',
  'data.duckdb.tablesCaption': 'Tables in {file} ({count} tables)',
  'data.duckdb.table': 'Table name',
  'data.duckdb.title': 'Title',
  'data.size.kb': '{n} KB',
  'data.size.mb': '{n} MB',
  'data.format.parquet': 'Parquet',
  'data.format.csv': 'CSV',
  'data.format.json': 'JSON',
  'data.format.duckdb': 'DuckDB',
  'data.format.zipped': '{format} (ZIP compressed)',

  'methodology.nav': 'Methodology',
  'methodology.title': 'How to read the data and how it is calculated',
  'methodology.lead':
    'This page explains what the figures published on this site mean and how they are calculated. The evaluation indicators follow the report of the Review Panel on Yorozu Support Centers for Stronger Regional Business Support (31 March 2025; “the report” below).',
  'methodology.toc.label': 'Contents of this page',

  'methodology.fy.heading': 'Fiscal years',
  'methodology.fy.period':
    'A fiscal year runs from 1 April to 31 March of the next year and is named by the year it starts. For example, FY2024 (Reiwa 6) runs from 1 April 2024 to 31 March 2025; this site writes it as “{example}”.',
  'methodology.fy.assign':
    'Consultations and survey responses count in the fiscal year that contains their date. Evaluation indicators are published for each of the 47 centres and for Japan, for every fiscal year with at least one consultation in the data.',

  'methodology.indicators.heading': 'Evaluation indicators',
  'methodology.indicators.intro':
    'The evaluation indicators, in the order of the report (not by value). “ID” is the name of the indicator in the published data files.',
  'methodology.framework.r6': 'Indicators for FY2024 (report, figure 12)',
  'methodology.framework.r6.note': 'The indicators of the evaluation framework used in FY2024.',
  'methodology.framework.r8': 'Indicators from FY2026 (report, figures 15 and 16)',
  'methodology.framework.r8.note':
    'The indicators the report expects to apply from FY2026. This site calculates them for earlier years too, with the same definitions.',
  'methodology.framework.funnel': 'Moving between phases (report, figure 8)',
  'methodology.framework.funnel.note':
    'The number of businesses at each step of the move from phase 1 (business consultation) to phase 2 (business support).',
  'methodology.field.id': 'ID',
  'methodology.field.unit': 'Unit',
  'methodology.field.definition': 'Definition',
  'methodology.field.source': 'Source',
  'methodology.source': 'Report, {source}',
  'methodology.unit.count': 'Consultations (a count of consultations)',
  'methodology.unit.businesses': 'Businesses (each business counted once)',
  'methodology.unit.share': 'Share (a decimal from 0 to 1; 0.5 means 50%)',
  'methodology.unit.thousandYen': 'Thousand yen',
  'methodology.unit.thousandYenPerPerson': 'Thousand yen per person',
  'methodology.unit.people': 'People',
  'methodology.unit.times': 'Times',
  'methodology.unit.ratio': 'Ratio (change from the previous year; 0.1 means a 10% increase)',

  'methodology.nayose.heading': 'Counting businesses once (name matching)',
  'methodology.nayose.body':
    '“Number of businesses” counts a business once however many times it consulted (name matching). In the consultation records a business is identified by a pseudonymous number instead of its name, and this number decides whether two records are the same business. In national figures a business that consulted several centres is also counted once, so the national number of businesses can be smaller than the sum over centres.',
  'methodology.excluded.heading': 'Topics not counted as issues resolved',
  'methodology.excluded.body':
    'Under footnote 7 of the report, consultations on the following topics are not counted as issues resolved, even when a centre handled them. When a consultation covers several topics, its main topic (the first one recorded) decides.',
  'methodology.excluded.itNote':
    'Specialised consultations such as the use of IT are counted as issues resolved for the time being (also footnote 7).',
  'methodology.phase2.heading': 'Businesses in phase 2',
  'methodology.phase2.intro':
    'In the report (§3(1)②ii, figure 8), a business moves from phase 1 to phase 2 when the following three steps have been taken or confirmed.',
  'methodology.phase2.step1':
    'Financial statements submitted (or the financial analysis sheet of the Local Benchmark)',
  'methodology.phase2.step2': 'Work started on making profitability visible',
  'methodology.phase2.step3':
    'The business agrees to work with the centre on stronger earnings and self-reliant management, including making profitability visible',
  'methodology.phase2.rule':
    'In a fiscal year, a “business in phase 2” is one with all three dates recorded, the latest of them on or before the last day of that fiscal year (31 March), and at least one consultation at that centre in that year.',
  'methodology.phase2.nation':
    'National figures combine the phase 2 businesses of all centres, counting each business once (its financial data also once).',
  'methodology.valueAdded.heading': 'How value added is calculated',
  'methodology.valueAdded.intro':
    'Value added follows the definition in footnote 8 of the report (in thousand yen).',
  'methodology.valueAdded.corp': 'Corporations: operating profit + personnel costs + depreciation',
  'methodology.valueAdded.sole':
    'Sole proprietors: operating profit + depreciation + welfare costs + wages and salaries',
  'methodology.valueAdded.productivity':
    'Labour productivity of value added is value added ÷ number of employees (footnote 9).',
  'methodology.status.heading': '“Suppressed” and “not calculable”',
  'methodology.status.intro': 'Instead of a number, an indicator may show one of the following.',
  'methodology.status.suppressedTerm': 'Suppressed',
  'methodology.status.suppressed':
    'The value is not published because respondents or businesses could be identified. Survey shares are suppressed when there are 1 to 9 responses. Financial indicators ({financial}) are suppressed when there are 1 or 2 businesses.',
  'methodology.status.naTerm': 'Not calculable',
  'methodology.status.na':
    'The value cannot be calculated because there is no data to calculate it from: for example, no survey responses, no businesses to count, no report from the centre, or a denominator of 0.',
  'methodology.status.order':
    'For financial indicators with 1 or 2 businesses, “suppressed” is decided before whether the value can be calculated: showing, say, “not calculable because total employees is 0” would by itself reveal something about those 1 or 2 businesses.',
  'methodology.status.counts':
    'Count indicators show 0 when there are no matching consultations. Count indicators are never suppressed.',

  'methodology.compare.heading': 'How comparisons work (no ranking)',
  'methodology.compare.report':
    'The report (§6) asks that each centre be evaluated on the indicators and compared with its own earlier evaluations, and that other centres’ evaluations be available only as reference values rather than as a ranking between centres. This site follows that approach.',
  'methodology.compare.own': 'Compare first with the same centre’s earlier years.',
  'methodology.compare.refIntro':
    'Other centres’ values are shown as the following reference values. They use only centres whose value is neither suppressed nor not calculable, and never include the centre itself.',
  'methodology.compare.national':
    'National median and interquartile range: the middle value of the 47 centres in order (the median) and the range from the value a quarter of the way up to the value three quarters of the way up (the interquartile range).',
  'methodology.compare.bureau':
    'Centres in the same regional bureau: the median and interquartile range of the other centres under the same regional bureau of METI (for Okinawa, the Okinawa General Bureau).',
  'methodology.compare.consultations':
    '5 centres with similar consultation numbers: the median and interquartile range of the 5 centres whose number of consultations that year is closest in ratio.',
  'methodology.compare.coordinators':
    '5 centres with similar numbers of coordinators: the median and interquartile range of the 5 centres whose number of coordinators at the end of that year is closest.',
  'methodology.compare.perCo':
    'Count indicators also show a value per coordinator, as a way to allow for differences in centre size.',
  'methodology.compare.wilson':
    'Survey shares come with a 95% confidence interval (Wilson method). The fewer the responses, the wider the interval, showing that the value depends more on chance.',
  'methodology.compare.noRank':
    'Nowhere does this site publish centres’ ranks or their position in the whole (percentiles). Tables are never sorted by value.',

  'methodology.disclosure.heading': 'Disclosure control',
  'methodology.disclosure.intro':
    'In the consultation records, businesses’ names are replaced by pseudonymous numbers, but that alone does not make them anonymous. A business of an unusual industry or size may be identified from a combination of fields, and what it consulted about (cash flow, business succession, disaster damage and so on) is sensitive. So everything published goes through the following controls.',
  'methodology.disclosure.micro.heading': 'Data for each consultation (microdata)',
  'methodology.disclosure.micro.report':
    'The numbers of consultations generalised and not published are published by fiscal year and centre, so each page can say how many consultations are missing from a filtered result.',
  'methodology.disclosure.micro.oneAnswer':
    'Each published figure has only one answer. For consultations that fall in a cell suppressed in an aggregate table (a fiscal year and centre, or Japan), that value (main topic, industry, number of employees, channel, agency referred to or joined; for a suppressed month, the quarter) is also replaced by “*” in the microdata. So the suppressed cells cannot be counted from the microdata or from the filter and SQL screens that use it. The number of consultations with replaced values is also published by fiscal year and centre.',
  'methodology.disclosure.micro.lineage':
    'For each fiscal year and centre (and Japan), the numbers of consultations read in, included in the microdata, of those generalised, and not included are published as “where consultations went” (lineage). On every row, “read in = included + not included”.',
  'methodology.disclosure.micro.columnsQuarter':
    'The microdata keeps only fields that can be published, and its time is the quarter only (Q1 is April to June of the fiscal year).',
  'methodology.disclosure.micro.kQuarter':
    'Every combination of “fiscal year, centre, quarter, industry, number of employees, legal form” has at least 5 businesses (counted once each): k-anonymity with k = 5. Rows in combinations with fewer than 5 are generalised to “*” (not distinguished) in the order industry, number of employees, legal form; rows still below 5 are not published.',
  'methodology.disclosure.micro.time':
    'When a consultation took place can also identify a business, as neighbours or trading partners may know it. On the national sample data we compared adding time to the k-anonymity combination: with the month, 13,790 consultations (0.30%) would not be published and 1,148,527 (24.6%) generalised; with the quarter, 5,977 (0.13%) and 524,274 (11.2%) (without time, as before: 2,787 and 237,820). The quarter loses less information, so the microdata carries the quarter, not the month. “Explore the data” and the filters of “Consultation trends” therefore count by quarter. The table by month (consultations_by_month) is still published as before.',
  'explore.dim.quarter': 'Quarter',
  'explore.rule.bodyQuarter':
    'The microdata has no number that tells businesses apart, so the number of businesses in a cell is unknown. Cells that might have fewer than 3 businesses are therefore hidden: (1) cells with fewer than 3 consultations, and (2) cells within a cell suppressed in the published tables (centre × fiscal year × topic, industry, number of employees, channel). Among the cells shown, values of 1 or 2 are also “suppressed”. No totals are shown. Values suppressed in the aggregate tables (for a month suppressed in the monthly table, the quarter) are also “generalised (*)” in the microdata.',
  'explore.filter.quarterFrom': 'From quarter',
  'explore.filter.quarterTo': 'To quarter',
  'trends.filter.introQuarterly':
    'The charts and tables above are national. Quarterly counts filtered by region, industry or policy theme are counted from the microdata in your browser (the microdata’s time is the quarter; pressing “Count” loads the database, which takes a few seconds).',
  'trends.filter.captionQuarterly':
    'Filtered consultations by quarter and the same quarter a year earlier',
  'trends.quarterly.series': 'Each quarter',
  'trends.quarterly.seriesBefore': 'Same quarter a year earlier',
  'trends.quarterly.legend':
    'Solid (blue): each quarter   Dashed (grey): same quarter a year earlier',
  'trends.quarterly.chart':
    'Filtered consultations by quarter: solid line each quarter, dashed line the same quarter a year earlier',
  'trends.col.sliceQuarter': 'Quarter',
  'trends.col.yearBeforeQuarter': 'A year earlier',
  'methodology.disclosure.aggregate.heading': 'Aggregate tables',
  'methodology.disclosure.aggregate.body':
    'In the tables by topic, industry and so on, cells with fewer than 3 businesses are suppressed (both the number of consultations and of businesses). Other cells are suppressed too so that a suppressed value cannot be worked out by subtracting from a published total (complementary suppression). The totals of the aggregate tables equal the indicator “Consultations”.',
  'methodology.disclosure.coordinators.heading': 'Coordinators',
  'methodology.disclosure.coordinators.body':
    'Only coordinators who agreed to publication are listed. Figures for a coordinator (consultations handled, survey ratings) are published only when based on 10 or more consultations or 10 or more survey responses.',
  'methodology.disclosure.never.heading': 'Never published',
  'methodology.disclosure.never.intro':
    'The following are never included on this site or in the data files. Tests check on every build that no published file contains them.',
  'methodology.disclosure.never.businessKey': 'The pseudonymous numbers identifying businesses',
  'methodology.disclosure.never.ids': 'Consultation numbers and survey response numbers',
  'methodology.disclosure.never.dates': 'Exact consultation dates and durations',
  'methodology.disclosure.never.coordinators':
    'Names and profiles of coordinators who did not agree to publication',
  'methodology.disclosure.csv.heading': 'Safety of the CSV files',
  'methodology.disclosure.csv.body':
    "In the published CSV files, a text field starting with “=”, “+”, “-”, “@”, a tab or a carriage return (CR) gets a leading “'”, so that spreadsheet programs do not run it as a formula.",

  'methodology.flow.heading': 'How the data flows',
  'methodology.flow.intro': 'The published data is made in this order.',
  'methodology.flow.export':
    'Export: each centre’s record system writes its data as CSV files, with businesses replaced by pseudonymous numbers.',
  'methodology.flow.validate':
    'Validation: every row of every file is checked against the data format agreement. Each problem is reported as “file:line” with the reason. If even one row cannot be accepted, nothing is published.',
  'methodology.flow.indicators':
    'Indicators: the evaluation indicators and reference values described on this page are calculated from the accepted data.',
  'methodology.flow.disclosure':
    'Disclosure control: as described under “Disclosure control” above, values that could identify someone are suppressed and only publishable fields are kept.',
  'methodology.flow.publish':
    'Publication: the published files are written, with a list of the input files used (rows and SHA-256).',
  'methodology.flow.site':
    'This site: the site is built from the published files. The figures shown on the site are the same as in the published files.',
  'methodology.flow.dataIntro': 'The published files are available from:',
  'methodology.flow.dataLink': 'Open data',
  'methodology.readings.heading': 'How the input data is read',
  'methodology.readings.intro':
    'Where the data format agreement leaves a point open, it is read as follows (all readings are in the developer document docs/ingest.md).',
  'methodology.readings.dirs':
    'When several exports are read together (for example one per fiscal year), rows identical in every field (such as the same coordinator in each year’s export) count as one row. Rows with the same identifier but different content are an error, and nothing is published.',
  'methodology.readings.keys':
    'Full-width letters and digits are converted to half-width only in code and number fields. Identifiers of businesses, consultations and survey responses are compared exactly as written.',
  'methodology.readings.encoding':
    'The character encoding (UTF-8, UTF-8 with BOM, Shift_JIS) is detected per file, including the Markdown files of case studies.',
  'methodology.readings.numbers':
    'Numbers in indicators.csv are written as in the agreement’s examples (16.0, 0.5833333333333334, 1e-05 and so on).',

  'methodology.open.heading': 'Open questions',
  'methodology.open.intro':
    'The following points need further discussion with the body running the programme.',
  'methodology.open.coordinators':
    'If only one coordinator was active at a centre in a year and had fewer than 10 consultations, the centre’s totals are that person’s figures and cannot be hidden by suppressing other figures (this does not happen in the national sample data).',
  'methodology.open.zeros':
    'Following the data format agreement, centres missing from the data count as 0 consultations, and these zeros enter the reference values (medians and so on) too.',
};
