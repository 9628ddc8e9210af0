// Parsers of `;`-separated list cells (codes from a code list, identifiers), each with its
// vectorised form (format README, "Encoding and CSV dialect": lists).
import {
  allCanonical,
  fail,
  ok,
  sqlIn,
  sqlList,
  sqlRe,
  withSql,
  type Parse,
  type SqlForm,
} from './sql-forms.ts';

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
