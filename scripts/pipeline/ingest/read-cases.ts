// Reads cases/*.md (format README, "case studies") with the front-matter reader; the
// co_ids each case names are kept to be checked against coordinators.csv after loading.
import { caseSchema, caseShape } from '../../../src/schemas/cases.ts';
import {
  markdownColumns,
  readMarkdownDir,
  type MarkdownInput,
  type MarkdownReport,
  type MarkdownSpec,
} from './read-front-matter.ts';

export const CASES_MD: MarkdownSpec = {
  folder: 'cases',
  shape: caseShape,
  schema: caseSchema as MarkdownSpec['schema'],
};
export const CASE_COLUMNS = markdownColumns(CASES_MD);

/** co_ids named by a case study, checked against coordinators.csv after loading. */
export interface CaseRefs {
  file: string;
  line: number;
  ids: string[];
}

export interface CasesReport extends MarkdownReport {
  refs: CaseRefs[];
}

export function readCases(input: MarkdownInput): CasesReport | null {
  const refs: CaseRefs[] = [];
  const r = readMarkdownDir(CASES_MD, input, (a) =>
    refs.push({ file: a.file, line: a.keyLine.co_ids ?? 1, ids: a.row.co_ids as string[] }),
  );
  return r && { ...r, refs };
}
