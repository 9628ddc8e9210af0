// Rules that span rows, files and input directories (format README): keys unique across
// every directory (a duplicate is reported at both lines), references to coordinators,
// and at most one CCO per centre at a time.
// Plain SQL over the ingested tables, so the pipeline and the browser check alike.
import type { Problem } from '../validation.ts';
import { lit, type Sql } from '../sql/runner.ts';

type Where = (src: number) => string;

interface Dup {
  key: string;
  at: { src: number; line: number }[];
}

export async function checkUnique(
  sql: Sql,
  table: string,
  key: string[],
  where: Where,
  report: (p: Problem) => void,
): Promise<void> {
  const cols = key.map((k) => `"${k}"`).join(', ');
  const keyText =
    key.length === 1
      ? `"${key[0]}"::VARCHAR`
      : `concat_ws(', ', ${key.map((k) => `"${k}"::VARCHAR`).join(', ')})`;
  // Duplicate keys first (a plain aggregate that can spill to disk), then their lines: a
  // list per key over a national file would not fit in memory.
  const dups = await sql.rows<Dup>(
    `WITH d AS (SELECT ${cols} FROM "${table}" GROUP BY ${cols} HAVING count(*) > 1)
     SELECT ${keyText} AS key, list({'src': _src, 'line': _line} ORDER BY _src, _line) AS at
     FROM "${table}" SEMI JOIN d USING (${cols})
     GROUP BY ${cols} ORDER BY min(_src), min(_line)`,
  );
  const what = key.length === 1 ? key[0]! : `(${key.join(', ')})`;
  for (const d of dups) {
    for (const here of d.at) {
      const others = d.at
        .filter((o) => o !== here)
        .map((o) => (o.src === here.src ? `line ${o.line}` : `${where(o.src)}:${o.line}`));
      report({
        file: where(here.src),
        line: here.line,
        column: key[0]!,
        reason: `duplicate ${what} '${d.key}' (also at ${others.join(', ')})`,
      });
    }
  }
}

/**
 * Each id in `column` (a VARCHAR or VARCHAR[]) must be a co_id of coordinators.csv. The
 * table known_co_ids holds every co_id in the input, rejected rows included, so one bad
 * coordinator row is reported once and not again at each of its consultations.
 */
export async function checkCoordinatorRefs(
  sql: Sql,
  table: string,
  column: string,
  isList: boolean,
  where: Where,
  report: (p: Problem) => void,
): Promise<void> {
  const ids = isList ? `unnest("${column}")` : `"${column}"`;
  const bad = await sql.rows<{ src: number; line: number; id: string }>(
    `WITH refs AS (SELECT _src, _line, ${ids} AS id FROM "${table}")
     SELECT _src AS src, _line AS line, id FROM refs
     WHERE id IS NOT NULL AND id NOT IN (SELECT co_id FROM known_co_ids)
     ORDER BY _src, _line`,
  );
  for (const b of bad) {
    report({
      file: where(b.src),
      line: b.line,
      column,
      reason: `'${b.id}' is not a co_id in coordinators.csv`,
    });
  }
}

/** "at most one CCO per centre at a time": [joined, left) month intervals may not overlap. */
export async function checkOneCcoPerCentre(
  sql: Sql,
  where: Where,
  report: (p: Problem) => void,
): Promise<void> {
  const clashes = await sql.rows<{
    s1: number;
    l1: number;
    s2: number;
    l2: number;
    pref: string;
    id1: string;
    id2: string;
  }>(
    // Each pair once: rows of the vectorised path have no line, so co_id orders them.
    `SELECT a._src AS s1, a._line AS l1, b._src AS s2, b._line AS l2, a.pref_code AS pref, a.co_id AS id1, b.co_id AS id2
     FROM coordinators a JOIN coordinators b
       ON a.pref_code = b.pref_code AND a.role = 'CCO' AND b.role = 'CCO' AND (a._src, coalesce(a._line, 0), a.co_id) < (b._src, coalesce(b._line, 0), b.co_id)
      AND a.joined < coalesce(b."left", '9999-12') AND b.joined < coalesce(a."left", '9999-12')
     ORDER BY a._src, a._line, b._src, b._line`,
  );
  for (const c of clashes) {
    report({
      file: where(c.s1),
      line: c.l1,
      column: 'role',
      reason: `a second CCO at centre ${c.pref} at the same time (${c.id2} at ${where(c.s2)}:${c.l2})`,
    });
    report({
      file: where(c.s2),
      line: c.l2,
      column: 'role',
      reason: `a second CCO at centre ${c.pref} at the same time (${c.id1} at ${where(c.s1)}:${c.l1})`,
    });
  }
}

/**
 * offices.csv: "exactly one main per centre that has rows" (format README), across every
 * input directory. A centre with several is reported at each main row; one without any,
 * at each of its rows, unless one of its rows was rejected (`skip`): that row's problem
 * is the one to fix, and it may be the main office.
 */
export async function checkOneMainOffice(
  sql: Sql,
  skip: readonly string[],
  where: Where,
  report: (p: Problem) => void,
): Promise<void> {
  const bad = await sql.rows<{ src: number; line: number; pref: string; mains: number }>(
    `WITH c AS (SELECT pref_code, count(*) FILTER (WHERE main)::INTEGER AS mains
                FROM offices GROUP BY pref_code HAVING mains <> 1)
     SELECT o._src AS src, o._line AS line, o.pref_code AS pref, c.mains
     FROM offices o JOIN c USING (pref_code)
     WHERE o.main OR (c.mains = 0 AND NOT list_contains([${skip.map(lit).join(', ')}]::VARCHAR[], o.pref_code))
     ORDER BY o._src, o._line`,
  );
  for (const b of bad) {
    report({
      file: where(b.src),
      line: b.line,
      column: 'main',
      reason:
        b.mains === 0
          ? `centre ${b.pref} has no main office (exactly one row with main = 1 is required)`
          : `centre ${b.pref} has ${b.mains} main offices (exactly one is required)`,
    });
  }
}

/**
 * Every co_id in the input, accepted or rejected (`rejected`), as the table known_co_ids
 * that checkCoordinatorRefs reads, and as a set.
 */
export async function knownCoIds(sql: Sql, rejected: Iterable<string>): Promise<Set<string>> {
  await sql.run('CREATE OR REPLACE TABLE known_co_ids (co_id VARCHAR)');
  await sql.run('INSERT INTO known_co_ids SELECT co_id FROM coordinators');
  const extra = [...rejected].map((id) => `(${lit(id)})`);
  if (extra.length) await sql.run(`INSERT INTO known_co_ids VALUES ${extra.join(', ')}`);
  const ids = await sql.rows<{ co_id: string }>('SELECT DISTINCT co_id FROM known_co_ids');
  return new Set(ids.map((r) => r.co_id));
}
