// Reads a folder of Markdown files with YAML front matter (format README: cases/*.md,
// initiatives/*.md): each file's front matter is validated by its schema (scalars and
// lists turned into CSV-like cells so the same field rules apply), the body kept as
// Markdown text. Every problem is reported at the line of its front-matter field.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  LineCounter,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
} from 'yaml';
import { LineSafeDecoder, type Encoding } from '../../../src/lib/csv/decode.ts';
import { columnMeta, controlCharacter, type ColumnMeta } from '../../../src/schemas/fields.ts';
import { problemsFromZod, type Problem } from '../../../src/lib/validation.ts';
import { StageWriter } from './stage-writer.ts';
import { isReadableFile, isReadableFolder, lstatOrNull } from './input-file.ts';

/** One kind of Markdown file of the export: its folder and front-matter schema. */
export interface MarkdownSpec {
  /** folder in the export directory, e.g. cases */
  folder: string;
  /** each field's schema (one CSV-like cell in), in the staged column order */
  shape: Record<string, z.ZodType>;
  schema: z.ZodType<Record<string, unknown>, Record<string, string>>;
  /** fields the front matter may leave out (read as an empty cell) */
  mayBeAbsent?: readonly string[];
}

/** The staged columns: the front-matter fields, then the body. */
export const markdownColumns = (spec: MarkdownSpec) => [...Object.keys(spec.shape), 'body'];

/** The staged columns with their storage types (the body is free text). */
export const markdownTableColumns = (spec: MarkdownSpec): { name: string; meta: ColumnMeta }[] => [
  ...Object.entries(spec.shape).map(([name, s]) => ({ name, meta: columnMeta.get(s)! })),
  { name: 'body', meta: { sql: 'VARCHAR', text: true } },
];

export interface MarkdownReport {
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
  /** accepted files equal to one of an earlier directory, kept once */
  rows_merged?: number;
  sha256: string;
}

/** An accepted file: its display name, validated fields and the line of each field. */
export interface AcceptedMarkdown {
  file: string;
  row: Record<string, unknown>;
  keyLine: Record<string, number>;
}

/** A folder of Markdown files to read, and where what is read and found goes. */
export interface MarkdownInput {
  dir: string;
  /** the folder as messages name it */
  display: string;
  /** numbers a file as a source of staged rows */
  addSource: (file: string) => number;
  stage: StageWriter;
  report: (p: Problem) => void;
  warn: (m: string) => void;
}

/** Reads `<dir>/*.md` in name order; null when the folder does not exist. */
export function readMarkdownDir(
  spec: MarkdownSpec,
  { dir, display, addSource, stage, report, warn }: MarkdownInput,
  onAccepted: (a: AcceptedMarkdown) => void = () => {},
): MarkdownReport | null {
  if (!lstatOrNull(dir)) return null;
  if (!isReadableFolder(dir, display, report, warn)) return null;
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort();
  } catch {
    return null;
  }
  const hash = createHash('sha256');
  const encodings = new Set<Encoding>();
  let accepted = 0;
  for (const name of names) {
    const file = `${display}/${name}`;
    if (!isReadableFile(join(dir, name), file, report, warn)) continue;
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
    const a = readMarkdown(spec, file, text, report);
    if (!a) continue;
    stage.write([
      addSource(file),
      a.keyLine.id ?? 1,
      ...Object.keys(spec.shape).map((k) => a.row[k]),
      a.body,
    ]);
    onAccepted(a);
    accepted++;
  }
  return {
    file: `${spec.folder}/*.md`,
    source: `${display}/*.md`,
    encoding: [...encodings].sort().join('+') || 'utf-8',
    files: names.length,
    rows_read: names.length,
    rows_accepted: accepted,
    rows_rejected: names.length - accepted,
    sha256: hash.digest('hex'),
  };
}

function readMarkdown(
  spec: MarkdownSpec,
  file: string,
  text: string,
  report: (p: Problem) => void,
): (AcceptedMarkdown & { body: string }) | null {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    report({ file, line: 1, column: '(front matter)', reason: "must start with a '---' line" });
    return null;
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    report({ file, line: 1, column: '(front matter)', reason: "has no closing '---' line" });
    return null;
  }
  const yaml = lines.slice(1, close).join('\n');
  const counter = new LineCounter();
  // File line of an offset in the front matter (its first line is the file's line 2).
  const lineAt = (offset: number) => 1 + counter.linePos(offset).line;
  const doc = parseDocument(yaml, { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    report({
      file,
      line: 1 + (e.linePos?.[0]?.line ?? 1),
      column: '(front matter)',
      reason: `YAML: ${e.message.split('\n')[0]}`,
    });
    return null;
  }
  if (
    !refuseTags(doc, yaml, lineAt, (line, column, reason) => report({ file, line, column, reason }))
  )
    return null;
  if (!isMap(doc.contents)) {
    report({ file, line: 2, column: '(front matter)', reason: 'must be a YAML mapping' });
    return null;
  }
  const raw: Record<string, string> = {};
  const keyLine: Record<string, number> = {};
  let ok = true;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineAt(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    keyLine[key] = line;
    if (!(key in spec.shape)) {
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
  for (const key of Object.keys(spec.shape)) {
    if (key in raw || key in keyLine) continue;
    if (spec.mayBeAbsent?.includes(key)) raw[key] = '';
    else {
      report({ file, line: 1, column: key, reason: 'missing front-matter field' });
      ok = false;
    }
  }
  if (!ok) return null;
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    for (const p of problemsFromZod(file, 0, parsed.error, Object.keys(spec.shape))) {
      report({ ...p, line: keyLine[p.column] ?? 1 });
    }
    return null;
  }
  // The body is Markdown text: line breaks and tabs, but no other control character.
  for (let i = close + 1; i < lines.length; i++) {
    const reason = controlCharacter(lines[i]!);
    if (reason) {
      report({ file, line: i + 1, column: 'body', reason });
      return null;
    }
  }
  const body = lines
    .slice(close + 1)
    .join('\n')
    .trim();
  return { file, row: parsed.data, keyLine, body };
}

/**
 * The front matter is data, never instructions to the parser: any node with an explicit
 * tag (`!!binary`, `!!js/function`, `!local`, even `!!str`) is refused, so no tag can
 * make the parser build anything but plain scalars, lists and the one mapping. Reported
 * at the tag's line, under the field it is in. True when there is none.
 */
function refuseTags(
  doc: Document,
  yaml: string,
  lineAt: (offset: number) => number,
  problem: (line: number, column: string, reason: string) => void,
): boolean {
  let clean = true;
  visit(doc, {
    Node(_key, node, path) {
      if (!node.tag) return;
      clean = false;
      const top = path.find((p) => isPair(p) && path[path.indexOf(p) - 1] === doc.contents);
      const field = top && isPair(top) && isScalar(top.key) ? String(top.key.value) : '';
      // The tag is written just before its node (the node's range starts after it).
      const start = node.range?.[0] ?? 0;
      let at = yaml.lastIndexOf('!', start);
      while (at > 0 && !/\s|[[{,]/.test(yaml[at - 1]!)) at--;
      const written = at >= 0 ? (/^\S+/.exec(yaml.slice(at))?.[0] ?? node.tag) : node.tag;
      problem(
        lineAt(at >= 0 ? at : start),
        field || '(front matter)',
        `YAML tag '${written}' is not allowed: the front matter holds plain values and lists only`,
      );
    },
  });
  return clean;
}
