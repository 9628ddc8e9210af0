// Field builders: each turns one raw CSV cell (a string) into its normalised value, per the
// format README ("Encoding and CSV dialect"). Row schemas in this folder are built only
// from these, so the zod schemas are the executable form of the format.
import { z } from 'zod';
import { FIRST_DATE, LAST_DATE, parseDate, parseMonth } from '../lib/normalise/dates.ts';
import { foldCode } from '../lib/normalise/text.ts';

/**
 * A parser's vectorised form, for DuckDB reading the raw text column `x` (VARCHAR): `valid`
 * holds exactly for the *canonical* spellings the parser accepts (ISO dates, half-width
 * ASCII codes…); anything else, valid or not, is left to the parser itself (the exact
 * path). `value` gives the normalised value of a canonical cell; it must be a scalar
 * expression (no subquery: a lookup would be one more join on every row).
 */
export interface SqlForm {
  valid: (x: string) => string;
  value: (x: string) => string;
  /** `valid` alone already admits only canonical code cells (so no separate check) */
  canonical?: boolean;
  /** the value of an empty cell of a list the parser accepts empty (default: no items) */
  empty?: string;
}

/** Storage type of a column (DuckDB / Parquet), registered on each field schema. */
export interface ColumnMeta {
  sql: 'VARCHAR' | 'VARCHAR[]' | 'INTEGER' | 'BIGINT' | 'BOOLEAN' | 'DATE';
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

type Result<T> = { ok: true; value: T } | { ok: false; reason: string };
type Parse<T> = ((s: string) => Result<T>) & { sql?: SqlForm };

/** Attaches the SQL form to a parser written in TypeScript: the two sit side by side. */
const withSql = <T>(parse: (s: string) => Result<T>, sql: SqlForm): Parse<T> =>
  Object.assign(parse, { sql });
const sqlList = (xs: readonly string[]) =>
  `[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]::VARCHAR[]`;
const sqlRe = (re: RegExp) =>
  `'${re.source.replace(/^\^/, '').replace(/\$$/, '').replace(/'/g, "''")}'`;
// Canonical cells: codes and numbers are printable ASCII without spaces (so NFKC and
// trimming change nothing); free text has no surrounding white space.
const CANON_CODE = (x: string) => `regexp_full_match(${x}, '[!-~]+')`;
const CANON_CODE_RE = /^[!-~]+$/;
/** Whether every one of `xs` is a canonical code cell (so a list of them implies CANON_CODE). */
const allCanonical = (xs: readonly string[]) => xs.every((x) => CANON_CODE_RE.test(x));
/**
 * Membership in a fixed list of spellings: DuckDB builds a hash table once, then one
 * lookup a cell (cheaper than a regex, lower() or list_contains on every row).
 */
const sqlIn = (x: string, spellings: readonly string[]) =>
  `${x} IN (SELECT unnest(${sqlList(spellings)}))`;
/**
 * Whether an RE2 pattern can match printable ASCII only: plain ASCII, no `.`, no negated
 * class, no escape but \d, \w (ASCII in RE2) and escaped punctuation.
 */
const asciiOnly = (re: RegExp) => {
  const rest = re.source.replace(/\\[dw\-.+*?()[\]{}|^$\\/]/g, '');
  return re.flags === '' && /^[!-~]*$/.test(rest) && !/\\|\.|\[\^/.test(rest);
};
const CANON_TEXT = (x: string) => `NOT regexp_matches(${x}, '^[\\s\\p{Z}]|[\\s\\p{Z}]$')`;

const ok = <T>(value: T) => ({ ok: true as const, value });
const fail = (reason: string) => ({ ok: false as const, reason });

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

// ---- parsers -------------------------------------------------------------------------

export const text = (maxChars?: number): Parse<string> =>
  withSql(
    (s) => {
      const n = [...s].length;
      return maxChars !== undefined && n > maxChars
        ? fail(`${n} characters, at most ${maxChars} allowed`)
        : ok(s);
    },
    {
      valid: (x) => (maxChars === undefined ? 'true' : `length(${x}) <= ${maxChars}`),
      value: (x) => x,
    },
  );

export const pattern = (re: RegExp, what: string): Parse<string> =>
  withSql((s) => (re.test(s) ? ok(s) : fail(`'${s}' is not ${what}`)), {
    valid: (x) => `regexp_full_match(${x}, ${sqlRe(re)})`,
    value: (x) => x,
    canonical: asciiOnly(re),
  });

export const oneOf = (allowed: readonly string[], what: string): Parse<string> =>
  withSql((s) => (allowed.includes(s) ? ok(s) : fail(`'${s}' is not ${what}`)), {
    valid: (x) => `list_contains(${sqlList(allowed)}, ${x})`,
    value: (x) => x,
    canonical: allCanonical(allowed),
  });

export const prefCode = (allowed: readonly string[]): Parse<string> =>
  withSql(
    (s) => {
      // `1` → `01` (format README, coordinators.csv pref_code)
      const padded = /^\d$/.test(s) ? `0${s}` : s;
      return allowed.includes(padded)
        ? ok(padded)
        : fail(`'${s}' is not a centre code (01–47 of vocab/centers.csv)`);
    },
    // canonical: already two digits
    {
      valid: (x) => `list_contains(${sqlList(allowed)}, ${x})`,
      value: (x) => x,
      canonical: allCanonical(allowed),
    },
  );

export const integer = (min: number, max: number): Parse<number> =>
  withSql(
    (s) => {
      if (!/^[+-]?\d+$/.test(s)) return fail(`'${s}' is not an integer`);
      const n = Number(s);
      if (n < min || n > max) return fail(`${n} is out of range ${min}–${max}`);
      return ok(n);
    },
    {
      // canonical: at most 16 digits, so the cast is exact
      valid: (x) =>
        `regexp_full_match(${x}, '-?[0-9]{1,16}') AND TRY_CAST(${x} AS BIGINT) BETWEEN ${min} AND ${max}`,
      value: (x) => `TRY_CAST(${x} AS BIGINT)`,
      canonical: true,
    },
  );

const TRUE = ['1', 'true', 'y', 'yes'];
const FALSE = ['0', 'false', 'n', 'no'];
export const bool: Parse<boolean> = withSql(
  (s) => {
    const v = s.toLowerCase();
    if (TRUE.includes(v)) return ok(true);
    if (FALSE.includes(v)) return ok(false);
    return fail(`'${s}' is not a boolean (1/0, true/false, Y/N)`);
  },
  {
    // every upper/lower case spelling of the words: a lookup instead of lower() a cell.
    // The value stays a scalar function: a lookup is a join, and the insert must keep the
    // input order.
    valid: (x) => sqlIn(x, [...TRUE, ...FALSE].flatMap(caseSpellings)),
    value: (x) => `list_contains(${sqlList(TRUE)}, lower(${x}))`,
    canonical: true,
  },
);

/** `yes` → yes, yeS, yEs, … YES: the spellings that lower-case to it. */
function caseSpellings(word: string): string[] {
  return [...word].reduce<string[]>(
    (acc, ch) => {
      const forms = [...new Set([ch.toLowerCase(), ch.toUpperCase()])];
      return acc.flatMap((p) => forms.map((f) => p + f));
    },
    [''],
  );
}

// canonical: ISO YYYY-MM-DD; era and slash forms go to the exact path
export const date: Parse<string> = withSql((s) => parseDate(s), {
  // every ISO date the parser accepts, listed once by DuckDB; one lookup a cell
  valid: (x) =>
    `${x} IN (SELECT strftime(d, '%Y-%m-%d') FROM range(DATE '${FIRST_DATE}', DATE '${LAST_DATE}' + 1, INTERVAL 1 DAY) t(d))`,
  value: (x) => `TRY_CAST(${x} AS DATE)`,
  canonical: true,
});
export const month: Parse<string> = withSql((s) => parseMonth(s), {
  valid: (x) => `regexp_full_match(${x}, '[0-9]{4}-(0[1-9]|1[0-2])')`,
  value: (x) => x,
  canonical: true,
});

const splitItems = (s: string) =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
// canonical lists: no empty items, no code twice
const SQL_LIST_CANON = (l: string) =>
  `NOT list_contains(${l}, '') AND len(list_distinct(${l})) = len(${l})`;

/** `;`-separated codes from a code list, with a count range; no code twice. */
export const codeList = (
  allowed: readonly string[],
  what: string,
  min: number,
  max: number,
): Parse<string[]> =>
  withSql(
    (s) => {
      const items = splitItems(s);
      for (const item of items) {
        if (!allowed.includes(item)) return fail(`'${item}' is not ${what}`);
      }
      if (new Set(items).size !== items.length) return fail(`'${s}' lists a code twice`);
      if (items.length < min || items.length > max) {
        return fail(`${items.length} codes given, ${min}–${max} allowed`);
      }
      return ok(items);
    },
    codeListSql(allowed, min, max),
  );

/**
 * The canonical cells of a code list: the allowed codes joined by `;`, min–max of them, no
 * code twice. The short ones are listed (topics of a consultation: 1–3 of 22 codes, 9,724
 * spellings; agencies: up to as many as stay under the limit) and a cell is checked with
 * one hash lookup; a longer cell falls to an RE2 pattern of the allowed codes and a
 * separator count, and is split to find repeats.
 */
function codeListSql(allowed: readonly string[], min: number, max: number): SqlForm {
  const value = (x: string) => `string_split(${x}, ';')`;
  const alt = allowed.map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|');
  const long = (x: string) => {
    const seps = `(length(${x}) - length(replace(${x}, ';', '')))`;
    return `regexp_full_match(${x}, '(?:${alt})(?:;(?:${alt}))*') AND ${seps} BETWEEN ${min - 1} AND ${max - 1}
          AND (strpos(${x}, ';') = 0 OR len(list_distinct(string_split(${x}, ';'))) = ${seps} + 1)`;
  };
  // ASCII codes without `;`: both forms admit canonical cells only
  const canonical = allCanonical(allowed) && !allowed.some((a) => a.includes(';'));
  if (!canonical) return { valid: long, value };
  const { spellings, complete } = shortLists(allowed, Math.max(min, 1), max, 20_000);
  const short = (x: string) => sqlIn(x, spellings);
  return {
    valid: complete ? short : (x) => `CASE WHEN ${short(x)} THEN true ELSE ${long(x)} END`,
    value,
    canonical,
  };
}

/**
 * Every `;`-joined list of lo–hi distinct codes, by length, while there are at most `limit`;
 * `complete` when that is all of them.
 */
function shortLists(
  codes: readonly string[],
  lo: number,
  hi: number,
  limit: number,
): { spellings: string[]; complete: boolean } {
  let total = 0;
  let upTo = 0;
  for (let k = 1, p = 1; k <= Math.min(hi, codes.length); k++) {
    p *= codes.length - k + 1;
    if (k >= lo && total + p > limit) break;
    if (k >= lo) total += p;
    upTo = k;
  }
  const spellings: string[] = [];
  const grow = (prefix: string[]) => {
    if (prefix.length >= lo) spellings.push(prefix.join(';'));
    if (prefix.length === upTo) return;
    for (const c of codes) if (!prefix.includes(c)) grow([...prefix, c]);
  };
  if (upTo >= lo) grow([]);
  return { spellings, complete: upTo >= Math.min(hi, codes.length) };
}

/** A code list whose empty cell means `fallback` ("default `ja`"), in both forms. */
export const orWhenEmpty = (parse: Parse<string[]>, fallback: string[]): Parse<string[]> =>
  withSql(
    (s) => {
      const r = parse(s);
      return r.ok && r.value.length === 0 ? ok(fallback) : r;
    },
    { ...parse.sql!, empty: sqlList(fallback) },
  );

/** `;`-separated identifiers (checked against their file later, by reference). */
export const idList = (re: RegExp, what: string): Parse<string[]> =>
  withSql(
    (s) => {
      const items = splitItems(s);
      const bad = items.find((x) => !re.test(x));
      if (bad !== undefined) return fail(`'${bad}' is not ${what}`);
      if (new Set(items).size !== items.length) return fail(`'${s}' lists an id twice`);
      return ok(items);
    },
    {
      valid: (x) => {
        const l = `string_split(${x}, ';')`;
        return `${SQL_LIST_CANON(l)} AND len(list_filter(${l}, e -> NOT regexp_full_match(e, ${sqlRe(re)}))) = 0`;
      },
      value: (x) => `string_split(${x}, ';')`,
    },
  );

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
