// Parsers of one-value cells (text, codes, centre codes, integers, booleans, dates,
// months), each with its vectorised form (format README, "Encoding and CSV dialect").
import { FIRST_DATE, LAST_DATE, parseDate, parseMonth } from '../../lib/normalise/dates.ts';
import {
  allCanonical,
  asciiOnly,
  fail,
  ok,
  sqlIn,
  sqlList,
  sqlRe,
  withSql,
  type Parse,
} from './sql-forms.ts';

/**
 * C0 and C1 control characters and DEL, except tab, line feed and carriage return: a
 * quoted CSV field may hold line breaks (format README, RFC 4180), and free text such as
 * a bio is written in several lines. A NUL or an escape sequence is never text; published,
 * it would reach readers' terminals, spreadsheets and parsers.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_SQL = `'[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x{9F}]'`;

/** The reason a text holds a control character, or null when it holds none. */
export function controlCharacter(s: string): string | null {
  const m = CONTROL.exec(s);
  if (!m) return null;
  const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const at = [...s.slice(0, m.index)].length + 1;
  return `control character U+${code} at character ${at} is not allowed`;
}

export const text = (maxChars?: number): Parse<string> =>
  withSql(
    (s) => {
      const control = controlCharacter(s);
      if (control) return fail(control);
      const n = [...s].length;
      return maxChars !== undefined && n > maxChars
        ? fail(`${n} characters, at most ${maxChars} allowed`)
        : ok(s);
    },
    {
      valid: (x) =>
        `NOT regexp_matches(${x}, ${CONTROL_SQL})` +
        (maxChars === undefined ? '' : ` AND length(${x}) <= ${maxChars}`),
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

/**
 * A number of the `pattern` within [min, max], which DuckDB checks with `sqlPattern` and casts
 * to `sqlType`: integers and decimals differ only in these.
 */
const bounded =
  (pattern: RegExp, what: string, sqlPattern: string, sqlType: 'BIGINT' | 'DOUBLE') =>
  (min: number, max: number): Parse<number> =>
    withSql(
      (s) => {
        if (!pattern.test(s)) return fail(`'${s}' is not ${what}`);
        const n = Number(s);
        if (n < min || n > max) return fail(`${n} is out of range ${min}–${max}`);
        return ok(n);
      },
      {
        valid: (x) =>
          `regexp_full_match(${x}, '${sqlPattern}') AND TRY_CAST(${x} AS ${sqlType}) BETWEEN ${min} AND ${max}`,
        value: (x) => `TRY_CAST(${x} AS ${sqlType})`,
        canonical: true,
      },
    );

// canonical: at most 16 digits, so the cast is exact
export const integer = bounded(/^[+-]?\d+$/, 'an integer', '-?[0-9]{1,16}', 'BIGINT');

/**
 * A decimal number (plans.csv target): optional sign, digits, optional fraction; no
 * exponent, no thousands separators. Bounds keep values exact enough in a double.
 * Canonical: at most 16 digits before the point, so the double is the parser's.
 */
export const decimal = bounded(
  /^[+-]?\d+(\.\d+)?$/,
  'a number',
  '-?[0-9]{1,16}([.][0-9]{1,16})?',
  'DOUBLE',
);

// https:// and a host, then printable ASCII (offices.csv website, booking_url): no other
// scheme can reach a page's link (javascript:, data:, http:).
const HTTPS_URL = /^https:[/][/][A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][!-~]*)?$/;
export const httpsUrl = (maxChars: number): Parse<string> =>
  withSql(
    (s) =>
      s.length > maxChars
        ? fail(`${s.length} characters, at most ${maxChars} allowed`)
        : HTTPS_URL.test(s)
          ? ok(s)
          : fail(`'${s}' is not an https:// URL`),
    {
      valid: (x) => `length(${x}) <= ${maxChars} AND regexp_full_match(${x}, ${sqlRe(HTTPS_URL)})`,
      value: (x) => x,
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
