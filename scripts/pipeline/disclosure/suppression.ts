/**
 * Small-count and complementary suppression of a two-way table with margins
 * (disclosure.md, "Aggregate tables").
 *
 * Per fiscal year an aggregate table is a grid: rows are the centres plus the nation
 * (`00`), columns are the categories (topics, months, …). Its margins are additive in
 * consultations: a centre's total row is the sum of its cells, and the nation's cell of a
 * category is the sum of the centres' cells of that category. Distinct businesses are not
 * additive, but they are hidden together with consultations.
 *
 * 1. Primary: a cell with fewer than 3 distinct businesses is suppressed.
 * 2. Complementary, repeated until nothing changes:
 *    a. Lines. Every line (a centre's row, the nation's row, a category's column including
 *       its nation cell) must hold 0 or ≥ 2 suppressed cells; a line with exactly one gets
 *       its smallest published cell suppressed too (fewest consultations, then businesses,
 *       then the first in order).
 *    b. Cycles. Two per line is not always enough: with its margins known, a suppressed
 *       cell can be recovered by adding and subtracting lines exactly when it lies on no
 *       cycle of the bipartite graph rows ↔ columns whose edges are the suppressed cells
 *       (it is a bridge). Each bridge gets the cheapest cell that closes a 4-cycle through
 *       it; failing that, nation cells that close one (they always exist).
 * Totals are treated as known even when their own businesses are below 3 (and so shown as
 * suppressed): the same totals are published in all five tables and as indicators
 * (r6_consultations, never suppressed), so hiding them protects nothing. Complements are
 * therefore chosen among category cells only, every table shows the same totals, and the
 * category cells stay protected whatever is known of the totals.
 *
 * What no complement can protect is what the indicators give away: the total of a
 * centre-year with fewer than 3 businesses, and a cell that equals such a total (a row with
 * a single category) or follows from it. Such cells are the bridges left at the end,
 * counted as `exposedByTotals`; a real export has none.
 */
import { MIN_BUSINESSES } from '../../../src/schemas/published/disclosure-rules.ts';
import { NATION_CODE } from '../../../src/schemas/codes.ts';

export interface Cell {
  fiscalYear: number;
  /** `01`–`47`, or `00` for the nation */
  pref: string;
  /** the category value (may be null, e.g. no industry for prestartup) */
  category: string | null;
  consultations: number;
  businesses: number;
}

export type CellStatus = 'ok' | 'primary' | 'complementary';

export interface SuppressionResult {
  /** status of each input cell, same order */
  status: CellStatus[];
  /** suppressed cells that equal their row's total (the one case that cannot be protected) */
  exposedByTotals: number;
}

const catKey = (c: string | null) => (c === null ? '\u0000null' : `=${c}`);

export function suppress(cells: readonly Cell[]): SuppressionResult {
  const status: CellStatus[] = cells.map((c) => (c.businesses < MIN_BUSINESSES ? 'primary' : 'ok'));
  const byYear = new Map<number, number[]>();
  cells.forEach((c, i) => {
    const list = byYear.get(c.fiscalYear) ?? [];
    list.push(i);
    byYear.set(c.fiscalYear, list);
  });
  let exposed = 0;
  for (const fy of [...byYear.keys()].sort((a, b) => a - b)) {
    exposed += suppressYear(cells, byYear.get(fy)!, status);
  }
  return { status, exposedByTotals: exposed };
}

/** Orders candidate complements: fewest consultations, then businesses, then position. */
const cheaper = (cells: readonly Cell[]) => (a: number, b: number) =>
  cells[a]!.consultations - cells[b]!.consultations ||
  cells[a]!.businesses - cells[b]!.businesses ||
  a - b;

function suppressYear(cells: readonly Cell[], idx: number[], status: CellStatus[]): number {
  const rowOf = (i: number) => `r${cells[i]!.pref}`;
  const colOf = (i: number) => `c${catKey(cells[i]!.category)}`;
  const lines = new Map<string, number[]>();
  const at = new Map<string, number>();
  for (const i of idx) {
    for (const line of [rowOf(i), colOf(i)]) {
      const list = lines.get(line) ?? [];
      list.push(i);
      lines.set(line, list);
    }
    at.set(`${rowOf(i)}|${colOf(i)}`, i);
  }
  const lineNames = [...lines.keys()].sort();
  const order = cheaper(cells);
  const hidden = (i: number) => status[i] !== 'ok';
  const hide = (i: number) => {
    if (status[i] === 'ok') status[i] = 'complementary';
  };
  // A row with a single category: its cell equals the row's total, which is known. It is
  // no unknown to protect, and hiding it protects nothing.
  const known = (i: number) => lines.get(rowOf(i))!.length === 1;
  const unknowns = new Map([...lines].map(([line, m]) => [line, m.filter((i) => !known(i))]));
  let exposed = idx.filter((i) => hidden(i) && known(i)).length;

  for (;;) {
    // a. Lines: 0 or ≥ 2 suppressed unknowns.
    let changed = false;
    for (const line of lineNames) {
      const members = unknowns.get(line)!;
      if (members.filter(hidden).length !== 1) continue;
      const open = members.filter((i) => !hidden(i));
      if (open.length === 0) continue; // nothing can hide it: left to (b), counted there
      hide(open.sort(order)[0]!);
      changed = true;
    }
    if (changed) continue;

    // b. Cycles: no suppressed unknown may be a bridge.
    const edges = idx.filter((i) => hidden(i) && !known(i)).sort((a, b) => a - b);
    const adj = new Map<string, number[]>();
    for (const e of edges) {
      for (const node of [rowOf(e), colOf(e)]) {
        const list = adj.get(node) ?? [];
        list.push(e);
        adj.set(node, list);
      }
    }
    const other = (e: number, node: string) => (rowOf(e) === node ? colOf(e) : rowOf(e));
    const open = bridges(adj, other);
    if (!open.some((e) => closeCycle(e))) {
      exposed += open.length;
      break;
    }

    /** Suppresses the cheapest cell(s) that put `e` on a 4-cycle; false if none can. */
    function closeCycle(e: number): boolean {
      const r = rowOf(e);
      const c = colOf(e);
      const rowsOfC = adj
        .get(c)!
        .filter((x) => x !== e)
        .map((x) => rowOf(x));
      const colsOfR = adj
        .get(r)!
        .filter((x) => x !== e)
        .map((x) => colOf(x));
      const single: number[] = [];
      for (const r2 of rowsOfC) {
        for (const c2 of colsOfR) {
          const i = at.get(`${r2}|${c2}`);
          if (i !== undefined && !hidden(i) && !known(i)) single.push(i);
        }
      }
      if (single.length) {
        hide(single.sort(order)[0]!);
        return true;
      }
      // Through the nation row, whose cells exist for every category a centre has.
      const nation = `r${NATION_CODE}`;
      const options: number[][] = [];
      if (r !== nation) {
        for (const c2 of colsOfR) {
          const pair = [at.get(`${nation}|${c}`), at.get(`${nation}|${c2}`)];
          if (pair.every((i) => i !== undefined))
            options.push(pair.filter((i) => !hidden(i!)) as number[]);
        }
      } else {
        for (const r2 of rowsOfC) {
          for (const x of adj.get(r2)!) {
            const i = at.get(`${nation}|${colOf(x)}`);
            if (x !== e && colOf(x) !== c && i !== undefined)
              options.push([i].filter((j) => !hidden(j)));
          }
        }
      }
      const cost = (o: number[]) => o.reduce((s, i) => s + cells[i]!.consultations, 0);
      const best = options
        .filter((o) => o.length > 0)
        .sort((a, b) => cost(a) - cost(b) || a.length - b.length || order(a[0]!, b[0]!))[0];
      if (!best) return false;
      best.forEach(hide);
      return true;
    }
  }

  return exposed;
}

/** Bridges of an undirected graph (Tarjan, iterative): edges on no cycle, in edge order. */
function bridges(adj: Map<string, number[]>, other: (e: number, node: string) => string): number[] {
  const disc = new Map<string, number>();
  const low = new Map<string, number>();
  const found: number[] = [];
  let time = 0;
  for (const start of [...adj.keys()].sort()) {
    if (disc.has(start)) continue;
    disc.set(start, time);
    low.set(start, time++);
    const stack: { node: string; via: number; next: number }[] = [
      { node: start, via: -1, next: 0 },
    ];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const list = adj.get(top.node)!;
      if (top.next < list.length) {
        const e = list[top.next++]!;
        if (e === top.via) continue;
        const to = other(e, top.node);
        if (disc.has(to)) {
          low.set(top.node, Math.min(low.get(top.node)!, disc.get(to)!));
        } else {
          disc.set(to, time);
          low.set(to, time++);
          stack.push({ node: to, via: e, next: 0 });
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
          if (low.get(top.node)! > disc.get(parent.node)!) found.push(top.via);
        }
      }
    }
  }
  return found.sort((a, b) => a - b);
}
