// The /explore/ view a page opens with, answered at build time so that the first view does
// not wait for DuckDB to load: the builder's two queries for that state, run on the same
// explore.duckdb the browser opens, keyed by their SQL text. The browser answers a query
// from here when its SQL is one of these, and loads DuckDB only for anything else.
import type { Query } from './db-query.ts';
import type { ExploreState } from './model.ts';
import { buildQuery, withheldQuery } from './sql.ts';

export interface Answer {
  columns: string[];
  rows: Record<string, unknown>[];
}
export type Answers = Record<string, Answer>;

export async function prerenderAnswers(q: Query, state: ExploreState): Promise<Answers> {
  const answers: Answers = {};
  for (const sql of [buildQuery(state), withheldQuery(state)]) {
    const rows = await q(sql);
    answers[sql] = { columns: rows[0] ? Object.keys(rows[0]) : [], rows };
  }
  return answers;
}

/** JSON safe inside <script type="application/json">: no `</script>` can close it early. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c');
