/** English UI strings for /workspace/; composed into `en` in ../en.ts. */
import type { workspace as ja } from '../ja/workspace.ts';

export const workspace: Record<keyof typeof ja, string> = {
  'workspace.nav': 'Centre workspace',
  'workspace.title': 'Centre workspace: your own export, computed here',
  'workspace.lead':
    'Choose the export your case-record system gives today. It is checked by the same rules as the published data, its indicators are computed by the same code, and they are shown beside the published national and peer-group values.',
  'workspace.privacy.heading': 'Your data never leaves this browser',
  'workspace.privacy.body':
    'The files you choose are read and computed only inside this page, in your browser. Nothing is sent anywhere and nothing is stored; closing the page discards it. After you choose files, this page only loads the calculation program and the published reference values from this site.',
  'workspace.noscript':
    'This feature computes in your browser with JavaScript. Please enable JavaScript.',
  'workspace.input.heading': 'Choose files',
  'workspace.input.label':
    'Exported files (coordinators.csv, consultations.csv and the others; choose several)',
  'workspace.input.hint':
    'You can also drag and drop files or a whole folder onto the area below. UTF-8 (with or without BOM) and Shift_JIS, era dates and full-width digits are read exactly as for the published data.',
  'workspace.drop': 'Drop files or a folder here',
  'workspace.cancel': 'Cancel',
  'workspace.status.idle': 'Choose files to check and compute them inside this page.',
  'workspace.status.engine': 'Preparing the calculation program…',
  'workspace.status.reading': 'Reading {file}: {rows} rows',
  'workspace.status.started': 'Reading the files…',
  'workspace.status.computing': 'Computing the indicators…',
  'workspace.status.done':
    'Checked {files} files and {rows} rows and computed the indicators ({seconds} s).',
  'workspace.status.rejected':
    '{count} problems found. No indicators were computed. Correct the files and choose them again.',
  'workspace.status.cancelled': 'Cancelled. No indicators were computed.',
  'workspace.status.failed': 'Could not process the files: {message}',
  'workspace.ignored': 'Files not part of the format were not read: {files}',
  'workspace.errors.heading': 'Problems found (file:line: column: reason)',
  'workspace.files.caption': 'Files read',
  'workspace.files.file': 'File',
  'workspace.files.encoding': 'Encoding',
  'workspace.files.rows': 'Rows (without the header)',
  'workspace.encoding.utf8': 'UTF-8',
  'workspace.encoding.utf8bom': 'UTF-8 with BOM',
  'workspace.encoding.sjis': 'Shift_JIS',
  'workspace.centre.label': 'Centre to show',
  'workspace.centre.intro':
    'This export holds records of {count} centres. Choose the centre to show.',
  'workspace.result.heading': 'Results',
  'workspace.result.own':
    '{centre}: computed from your centre’s own data, not yet published. These are not published figures.',
  'workspace.result.reference':
    'The national median, interquartile range and peer-group medians beside them are the published values (data as of {vintage}) for the same fiscal year. Centres are never ranked.',
  'workspace.result.caption':
    '{fy}: your centre’s values (unpublished) and the published reference values',
  'workspace.col.indicator': 'Indicator',
  'workspace.col.own': 'Your centre (unpublished)',
  'workspace.col.publication': 'If published',
  'workspace.col.national': 'National median',
  'workspace.col.iqr': 'National interquartile range',
  'workspace.col.peer': 'Median: {group}',
  'workspace.publication.ok': 'Shown',
  'workspace.ref.none': 'none published',
  'workspace.answers': '{n} answers',
  'workspace.ref.range': '{q1} to {q3}',
  'workspace.trend.heading': 'Your centre’s trend (unpublished data)',
  'workspace.trend.caption': 'Indicators of {centre} by fiscal year (unpublished data)',
  'workspace.actions.heading': 'Take the results away',
  'workspace.print': 'Print (A4)',
  'workspace.download': 'Save the indicators as CSV (indicators.csv format)',
  'workspace.printNote': 'The printout and the CSV are also made inside this browser.',
};
