// Reads cases/*.md: YAML front matter validated by the case schema (scalars and lists are
// turned into CSV-like cells so the same field rules apply), body kept as Markdown text.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, isSeq } from 'yaml';
import { caseSchema, caseShape } from '../../../src/schemas/cases.ts';
import { LineSafeDecoder, type Encoding } from '../../../src/lib/csv/decode.ts';
import { problemsFromZod, type Problem } from '../../../src/lib/validation.ts';
import { createHash } from 'node:crypto';
import { StageWriter } from './stage-writer.ts';

export const CASE_COLUMNS = [...Object.keys(caseShape), 'body'];

/** co_ids named by a case study, checked against coordinators.csv after loading. */
export interface CaseRefs {
  file: string;
  line: number;
  ids: string[];
}

export interface CasesReport {
  file: string;
  source: string;
  /**
   * detected per file like the CSV files (UTF-8 with or without BOM, Shift_JIS: format
   * README, "Detect; do not ask"); several, joined with '+', when the files differ
   */
  encoding: string;
  files: number;
  rows_read: number;
  rows_accepted: number;
  rows_rejected: number;
  /** accepted case studies equal to one of an earlier directory, kept once */
  rows_merged?: number;
  sha256: string;
  refs: CaseRefs[];
}

export function readCases(
  dir: string,
  display: string,
  addSource: (file: string) => number,
  stage: StageWriter,
  report: (p: Problem) => void,
): CasesReport | null {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort();
  } catch {
    return null;
  }
  const hash = createHash('sha256');
  const refs: CaseRefs[] = [];
  const encodings = new Set<Encoding>();
  let accepted = 0;
  for (const name of names) {
    const file = `${display}/${name}`;
    const bytes = readFileSync(join(dir, name));
    hash.update(name).update(bytes);
    const decoder = new LineSafeDecoder();
    const text = decoder.push(bytes) + decoder.end();
    encodings.add(decoder.encoding ?? 'utf-8');
    if (decoder.issues.length) {
      for (const i of decoder.issues)
        report({ file, line: i.line, column: '(file)', reason: i.reason });
      continue;
    }
    if (readCase(file, text, addSource(file), stage, report, refs)) accepted++;
  }
  return {
    file: 'cases/*.md',
    source: `${display}/*.md`,
    encoding: [...encodings].sort().join('+') || 'utf-8',
    files: names.length,
    rows_read: names.length,
    rows_accepted: accepted,
    rows_rejected: names.length - accepted,
    sha256: hash.digest('hex'),
    refs,
  };
}

function readCase(
  file: string,
  text: string,
  src: number,
  stage: StageWriter,
  report: (p: Problem) => void,
  refs: CaseRefs[],
): boolean {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    report({ file, line: 1, column: '(front matter)', reason: "must start with a '---' line" });
    return false;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    report({ file, line: 1, column: '(front matter)', reason: "has no closing '---' line" });
    return false;
  }
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join('\n'), { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    report({
      file,
      line: 1 + (e.linePos?.[0]?.line ?? 1),
      column: '(front matter)',
      reason: `YAML: ${e.message.split('\n')[0]}`,
    });
    return false;
  }
  if (!isMap(doc.contents)) {
    report({ file, line: 2, column: '(front matter)', reason: 'must be a YAML mapping' });
    return false;
  }
  const raw: Record<string, string> = {};
  const keyLine: Record<string, number> = {};
  let ok = true;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line =
      1 + counter.linePos(pair.key && isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).line;
    keyLine[key] = line;
    if (!(key in caseShape)) {
      report({ file, line, column: key, reason: 'unknown front-matter field' });
      ok = false;
      continue;
    }
    const v = pair.value;
    if (isSeq(v))
      raw[key] = v.items.map((x) => (isScalar(x) ? String(x.value ?? '') : '?')).join(';');
    else if (isScalar(v)) raw[key] = v.value === null ? '' : String(v.value);
    else if (v == null) raw[key] = '';
    else {
      report({ file, line, column: key, reason: 'must be a value or a list' });
      ok = false;
    }
  }
  for (const key of Object.keys(caseShape)) {
    if (!(key in raw) && !(key in keyLine)) {
      report({ file, line: 1, column: key, reason: 'missing front-matter field' });
      ok = false;
    }
  }
  if (!ok) return false;
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    for (const p of problemsFromZod(file, 0, parsed.error, Object.keys(caseShape))) {
      report({ ...p, line: keyLine[p.column] ?? 1 });
    }
    return false;
  }
  const body = lines
    .slice(close + 1)
    .join('\n')
    .trim();
  const row = parsed.data as Record<string, unknown>;
  stage.write([src, keyLine.id ?? 1, ...Object.keys(caseShape).map((k) => row[k]), body]);
  refs.push({ file, line: keyLine.co_ids ?? 1, ids: row.co_ids as string[] });
  return true;
}
