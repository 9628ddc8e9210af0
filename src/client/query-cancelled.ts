// The error a cancelled SQL-box query ends with; a module of its own so the page can tell
// it apart without loading DuckDB-WASM (duckdb.ts).

/** A query the visitor cancelled; `restarted` when DuckDB's engine had to be started anew. */
export class QueryCancelled extends Error {
  readonly restarted: boolean;

  constructor(restarted: boolean) {
    super(restarted ? 'cancelled; engine restarted' : 'cancelled');
    this.name = 'QueryCancelled';
    this.restarted = restarted;
  }
}
