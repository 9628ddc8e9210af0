// What every field parser is made of: a TypeScript parser of one cell and, side by side,
// its vectorised form for DuckDB (the fast path of the ingest reads whole columns with it).
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

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };
export type Parse<T> = ((s: string) => Result<T>) & { sql?: SqlForm };

/** Attaches the SQL form to a parser written in TypeScript: the two sit side by side. */
export const withSql = <T>(parse: (s: string) => Result<T>, sql: SqlForm): Parse<T> =>
  Object.assign(parse, { sql });
export const sqlList = (xs: readonly string[]) =>
  `[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ')}]::VARCHAR[]`;
export const sqlRe = (re: RegExp) =>
  `'${re.source.replace(/^\^/, '').replace(/\$$/, '').replace(/'/g, "''")}'`;
// Canonical cells: codes and numbers are printable ASCII without spaces (so NFKC and
// trimming change nothing); free text has no surrounding white space.
export const CANON_CODE = (x: string) => `regexp_full_match(${x}, '[!-~]+')`;
const CANON_CODE_RE = /^[!-~]+$/;
/** Whether every one of `xs` is a canonical code cell (so a list of them implies CANON_CODE). */
export const allCanonical = (xs: readonly string[]) => xs.every((x) => CANON_CODE_RE.test(x));
/**
 * Membership in a fixed list of spellings: DuckDB builds a hash table once, then one
 * lookup a cell (cheaper than a regex, lower() or list_contains on every row).
 */
export const sqlIn = (x: string, spellings: readonly string[]) =>
  `${x} IN (SELECT unnest(${sqlList(spellings)}))`;
/**
 * Whether an RE2 pattern can match printable ASCII only: plain ASCII, no `.`, no negated
 * class, no escape but \d, \w (ASCII in RE2) and escaped punctuation.
 */
export const asciiOnly = (re: RegExp) => {
  const rest = re.source.replace(/\\[dw\-.+*?()[\]{}|^$\\/]/g, '');
  return re.flags === '' && /^[!-~]*$/.test(rest) && !/\\|\.|\[\^/.test(rest);
};
export const CANON_TEXT = (x: string) => `NOT regexp_matches(${x}, '^[\\s\\p{Z}]|[\\s\\p{Z}]$')`;

export const ok = <T>(value: T) => ({ ok: true as const, value });
export const fail = (reason: string) => ({ ok: false as const, reason });
