// Field builders: each turns one raw CSV cell (a string) into its normalised value, per the
// format README ("Encoding and CSV dialect"). Row schemas in this folder are built only
// from these, so the zod schemas are the executable form of the format. The parsers are in
// fields/: sql-forms.ts (what a parser is), scalar-parsers.ts, list-parsers.ts.
import { z } from 'zod';
import { foldCode } from '../lib/normalise/text.ts';
import { CANON_CODE, CANON_TEXT, fail, type Parse, type SqlForm } from './fields/sql-forms.ts';

export type { SqlForm };
export {
  bool,
  controlCharacter,
  date,
  decimal,
  httpsUrl,
  integer,
  month,
  oneOf,
  pattern,
  prefCode,
  text,
} from './fields/scalar-parsers.ts';
export { codeList, idList, orWhenEmpty } from './fields/list-parsers.ts';

/** Storage type of a column (DuckDB / Parquet), registered on each field schema. */
export interface ColumnMeta {
  sql: 'VARCHAR' | 'VARCHAR[]' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
  /** true for free text from people: trimmed only, never NFKC-folded. */
  text?: boolean;
  /**
   * true for the opaque keys (business_key, consultation_id, response_id, menu_id): trimmed
   * only, never NFKC-folded either (the README folds "in code and number fields" only, so
   * `Ｂ1` and `B1` are two businesses). Their vectorised form takes printable ASCII, which
   * is what real keys are; any other spelling is read row by row. co_id is a code-like
   * field and folded: its pattern is ASCII, so folding only ever turns a rejected spelling
   * into a valid one.
   */
  key?: boolean;
  /** the whole column's vectorised check (empty cells included), when its parser has one */
  fast?: SqlForm;
}
export const columnMeta = z.registry<ColumnMeta>();

/** What an empty cell means: an error, null, or whatever the parser makes of '' (lists). */
type WhenEmpty = 'missing' | 'null' | 'parse';

function build<T>(parse: Parse<T>, meta: ColumnMeta, whenEmpty: WhenEmpty) {
  const schema = z.string().transform((raw, ctx): T | null => {
    const s = meta.text || meta.key ? raw.trim() : foldCode(raw);
    if (s === '' && whenEmpty === 'null') return null;
    const r = s === '' && whenEmpty === 'missing' ? fail('missing value') : parse(s);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: s === '' ? 'missing value' : r.reason });
    return z.NEVER;
  });
  schema.register(
    columnMeta,
    parse.sql ? { ...meta, fast: fastForm(parse, meta, whenEmpty) } : meta,
  );
  return schema;
}

function fastForm<T>(parse: Parse<T>, meta: ColumnMeta, whenEmpty: WhenEmpty): SqlForm {
  const form = parse.sql!;
  const canon = meta.text ? CANON_TEXT : form.canonical ? null : CANON_CODE;
  const emptyValid = whenEmpty === 'null' || (whenEmpty === 'parse' && parse('').ok);
  const empty = whenEmpty === 'parse' ? (form.empty ?? '[]::VARCHAR[]') : 'NULL';
  return {
    valid: (x) =>
      `(${x} IS NULL AND ${emptyValid}) OR (${x} IS NOT NULL AND ${canon ? `${canon(x)} AND ` : ''}(${form.valid(x)}))`,
    value: (x) => `CASE WHEN ${x} IS NULL THEN ${empty} ELSE ${form.value(x)} END`,
  };
}

/** A required field: empty is an error. */
export function required<T>(parse: Parse<T>, meta: ColumnMeta) {
  return build(parse, meta, 'missing') as unknown as z.ZodType<T, string>;
}
/** An optional field: empty is null. */
export function optional<T>(parse: Parse<T>, meta: ColumnMeta) {
  return build(parse, meta, 'null') as z.ZodType<T | null, string>;
}

/** An empty list cell is an empty list (or 'missing value' where the list needs items). */
export function list(parse: Parse<string[]>) {
  return build(parse, { sql: 'VARCHAR[]' }, 'parse') as unknown as z.ZodType<string[], string>;
}

/** Identifiers and codes: `^[A-Za-z0-9-]{3,32}$` for co_id (coordinators.csv). */
export const CO_ID = /^[A-Za-z0-9-]{3,32}$/;

/**
 * A rule across the columns of one row, in both forms side by side: `check` for the exact
 * path (null when the row satisfies it, else the reason) and `sql`, true when satisfied,
 * over the typed columns, for the vectorised path. A test holds the two to agreement.
 */
export interface RowRule<R> {
  column: string;
  check: (row: R) => string | null;
  sql: string;
}

export function applyRules<R>(rules: readonly RowRule<R>[]) {
  return (row: R, ctx: z.RefinementCtx) => {
    for (const rule of rules) {
      const reason = rule.check(row);
      if (reason !== null) ctx.addIssue({ code: 'custom', path: [rule.column], message: reason });
    }
  };
}
