// Field builders: each turns one raw CSV cell (a string) into its normalised value, per the
// format README ("Encoding and CSV dialect"). Row schemas in this folder are built only
// from these, so the zod schemas are the executable form of the format.
import { z } from 'zod';
import { parseDate, parseMonth } from '../lib/normalise/dates.ts';
import { foldCode } from '../lib/normalise/text.ts';

/** Storage type of a column (DuckDB / Parquet), registered on each field schema. */
export interface ColumnMeta {
  sql: 'VARCHAR' | 'VARCHAR[]' | 'INTEGER' | 'BIGINT' | 'BOOLEAN' | 'DATE';
  /** true for free text from people: trimmed only, never NFKC-folded. */
  text?: boolean;
}
export const columnMeta = z.registry<ColumnMeta>();

type Parse<T> = (s: string) => { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (reason: string) => ({ ok: false as const, reason });

/** What an empty cell means: an error, null, or whatever the parser makes of '' (lists). */
type WhenEmpty = 'missing' | 'null' | 'parse';

function build<T>(parse: Parse<T>, meta: ColumnMeta, whenEmpty: WhenEmpty) {
  const schema = z.string().transform((raw, ctx): T | null => {
    const s = meta.text ? raw.trim() : foldCode(raw);
    if (s === '' && whenEmpty === 'null') return null;
    const r = s === '' && whenEmpty === 'missing' ? fail('missing value') : parse(s);
    if (r.ok) return r.value;
    ctx.addIssue({ code: 'custom', message: s === '' ? 'missing value' : r.reason });
    return z.NEVER;
  });
  schema.register(columnMeta, meta);
  return schema;
}

/** A required field: empty is an error. */
export function required<T>(parse: Parse<T>, meta: ColumnMeta) {
  return build(parse, meta, 'missing') as unknown as z.ZodType<T, string>;
}
/** An optional field: empty is null. */
export function optional<T>(parse: Parse<T>, meta: ColumnMeta) {
  return build(parse, meta, 'null') as z.ZodType<T | null, string>;
}

// ---- parsers -------------------------------------------------------------------------

export const text =
  (maxChars?: number): Parse<string> =>
  (s) => {
    const n = [...s].length;
    return maxChars !== undefined && n > maxChars
      ? fail(`${n} characters, at most ${maxChars} allowed`)
      : ok(s);
  };

export const pattern =
  (re: RegExp, what: string): Parse<string> =>
  (s) =>
    re.test(s) ? ok(s) : fail(`'${s}' is not ${what}`);

export const oneOf =
  (allowed: readonly string[], what: string): Parse<string> =>
  (s) => {
    return allowed.includes(s) ? ok(s) : fail(`'${s}' is not ${what}`);
  };

export const prefCode =
  (allowed: readonly string[]): Parse<string> =>
  (s) => {
    // `1` → `01` (format README, coordinators.csv pref_code)
    const padded = /^\d$/.test(s) ? `0${s}` : s;
    return allowed.includes(padded)
      ? ok(padded)
      : fail(`'${s}' is not a centre code (01–47 of vocab/centers.csv)`);
  };

export const integer =
  (min: number, max: number): Parse<number> =>
  (s) => {
    if (!/^[+-]?\d+$/.test(s)) return fail(`'${s}' is not an integer`);
    const n = Number(s);
    if (n < min || n > max) return fail(`${n} is out of range ${min}–${max}`);
    return ok(n);
  };

const TRUE = new Set(['1', 'true', 'y', 'yes']);
const FALSE = new Set(['0', 'false', 'n', 'no']);
export const bool: Parse<boolean> = (s) => {
  const v = s.toLowerCase();
  if (TRUE.has(v)) return ok(true);
  if (FALSE.has(v)) return ok(false);
  return fail(`'${s}' is not a boolean (1/0, true/false, Y/N)`);
};

export const date: Parse<string> = parseDate;
export const month: Parse<string> = parseMonth;

/** `;`-separated codes from a code list, with a count range; no code twice. */
export const codeList =
  (allowed: readonly string[], what: string, min: number, max: number): Parse<string[]> =>
  (s) => {
    const items = s
      .split(';')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    for (const item of items) {
      if (!allowed.includes(item)) return fail(`'${item}' is not ${what}`);
    }
    if (new Set(items).size !== items.length) return fail(`'${s}' lists a code twice`);
    if (items.length < min || items.length > max) {
      return fail(`${items.length} codes given, ${min}–${max} allowed`);
    }
    return ok(items);
  };

/** `;`-separated identifiers (checked against their file later, by reference). */
export const idList =
  (re: RegExp, what: string): Parse<string[]> =>
  (s) => {
    const items = s
      .split(';')
      .map((x) => x.trim())
      .filter((x) => x !== '');
    const bad = items.find((x) => !re.test(x));
    if (bad !== undefined) return fail(`'${bad}' is not ${what}`);
    if (new Set(items).size !== items.length) return fail(`'${s}' lists an id twice`);
    return ok(items);
  };

/** An empty list cell is an empty list (or 'missing value' where the list needs items). */
export function list(parse: Parse<string[]>) {
  return build(parse, { sql: 'VARCHAR[]' }, 'parse') as unknown as z.ZodType<string[], string>;
}

/** Identifiers and codes: `^[A-Za-z0-9-]{3,32}$` for co_id (coordinators.csv). */
export const CO_ID = /^[A-Za-z0-9-]{3,32}$/;
