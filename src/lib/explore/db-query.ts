// Build time only (Node): the drilldown's explore.duckdb (src/lib/explore/explore-db.ts),
// read-only, for pages that query the same database the browser does (/trends/, the
// prerendered /explore/ view). One connection per build.
import { DuckDBInstance } from '@duckdb/node-api';
import { resolve } from 'node:path';
import { EXPLORE_DB, browserDataDir } from '../browser-data.ts';

export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

const open = new Map<string, Promise<Query>>();

/** BIGINT counts come back as bigint; pages want numbers. */
const plain = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
  );

export function exploreDbQuery(dir: string = browserDataDir()): Promise<Query> {
  const path = resolve(dir, EXPLORE_DB);
  let q = open.get(path);
  if (!q) {
    q = (async () => {
      const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
      const conn = await instance.connect();
      return async (sql: string) =>
        (await conn.runAndReadAll(sql))
          .getRowObjectsJS()
          .map((r) => plain(r as Record<string, unknown>));
    })();
    open.set(path, q);
  }
  return q;
}
