// Complementary suppression on hand-made grids, checked by linear algebra: no suppressed
// cell may follow from the published cells and the margins.
import { describe, expect, test } from 'vitest';
import { suppress, type Cell } from '../../../../../scripts/pipeline/disclosure/suppression.ts';
import { NATION_CODE } from '../../../../../src/schemas/codes.ts';
import { TOTAL } from '../../../../../src/schemas/published/disclosure-rules.ts';
import { prng } from './helpers.ts';
import { recoverable, type PubCell } from './checks.ts';

/** Cells from a grid of [consultations, businesses] per centre and category, plus the nation. */
function grid(g: Record<string, Record<string, [number, number]>>, fiscalYear = 2024): Cell[] {
  const cells: Cell[] = [];
  const nation = new Map<string, [number, number]>();
  for (const [pref, row] of Object.entries(g)) {
    for (const [category, [consultations, businesses]] of Object.entries(row)) {
      cells.push({ fiscalYear, pref, category, consultations, businesses });
      const [n, b] = nation.get(category) ?? [0, 0];
      nation.set(category, [n + consultations, b + businesses]);
    }
  }
  for (const [category, [consultations, businesses]] of nation)
    cells.push({ fiscalYear, pref: NATION_CODE, category, consultations, businesses });
  return cells;
}

/** The published view: statuses, plus each row's total (published). */
function published(cells: Cell[], status: string[]): PubCell[] {
  const out: PubCell[] = cells.map((c, i) => ({
    fiscal_year: c.fiscalYear,
    pref_code: c.pref,
    cat: c.category,
    status: status[i] === 'ok' ? 'ok' : 'suppressed',
  }));
  for (const pref of new Set(cells.map((c) => `${c.fiscalYear}|${c.pref}`))) {
    const [fy, p] = pref.split('|');
    out.push({ fiscal_year: Number(fy), pref_code: p!, cat: TOTAL, status: 'ok' });
  }
  return out;
}

describe('suppress', () => {
  test('suppresses nothing when every cell has ≥ 3 businesses', () => {
    const cells = grid({ '13': { a: [9, 3], b: [20, 8] }, '14': { a: [5, 3], b: [7, 4] } });
    expect(suppress(cells).status.every((s) => s === 'ok')).toBe(true);
  });

  test('a lone small cell gets the smallest cell of its row and column as complements', () => {
    const cells = grid({
      '13': { a: [40, 20], b: [9, 5], c: [30, 12], d: [2, 1] },
      '14': { a: [50, 25], b: [40, 20], c: [8, 4], d: [40, 20] },
      '15': { a: [50, 25], b: [40, 20], c: [30, 20], d: [6, 3] },
    });
    const { status } = suppress(cells);
    const hidden = cells.filter((_, i) => status[i] !== 'ok').map((c) => `${c.pref}${c.category}`);
    expect(hidden).toContain('13d'); // primary
    expect(hidden).toContain('13b'); // the smallest other cell of row 13
    expect(hidden).toContain('15d'); // the smallest other centre of column d
    expect(recoverable(published(cells, status), false)).toEqual([]);
  });

  test('two per line is not enough: a cell on no cycle is closed into one', () => {
    // Two blocks of four small cells, and one more that joins them: every line has two or
    // more suppressed cells, yet 13z follows from the others.
    const small: [number, number] = [2, 1];
    const big: [number, number] = [50, 20];
    const cells = grid({
      '13': { x: small, y: small, z: small, w: big, v: big },
      '14': { x: small, y: small, z: big, w: big, v: big },
      '15': { x: big, y: big, z: small, w: small, v: big },
      '16': { x: big, y: big, z: small, w: small, v: big },
    });
    const primaryOnly = cells.map((c) => (c.businesses < 3 ? 'primary' : 'ok'));
    const view = published(cells, primaryOnly);
    // The checker sees the leak in the primary pattern…
    expect(recoverable(view, false).map((c) => `${c.pref_code}${c.cat}`)).toEqual(['13z']);
    // …and none after complementary suppression.
    const { status } = suppress(cells);
    expect(recoverable(published(cells, status), false)).toEqual([]);
  });

  test('the nation row is a line too, and a lone nation cell is protected', () => {
    // Category c exists at one centre only: its centre and nation cells are equal.
    const cells = grid({
      '13': { a: [30, 10], b: [30, 10], c: [1, 1] },
      '14': { a: [30, 10], b: [30, 10] },
    });
    const { status } = suppress(cells);
    const view = published(cells, status);
    expect(recoverable(view, false)).toEqual([]);
    const nationHidden = cells.filter((c, i) => c.pref === NATION_CODE && status[i] !== 'ok');
    expect(nationHidden.length).toBeGreaterThanOrEqual(2);
  });

  test('a row with one category: its cell equals the total, reported as exposed', () => {
    const cells = grid({ '13': { a: [30, 10], b: [30, 10] }, '47': { a: [3, 2] } });
    const r = suppress(cells);
    expect(r.exposedByTotals).toBe(1);
    // Its total has < 3 businesses too, so it is suppressed, but nation − other centres
    // gives it (and the indicators publish it): only that total and its one cell follow.
    const view = published(cells, r.status).map((c) =>
      c.pref_code === '47' && c.cat === TOTAL ? { ...c, status: 'suppressed' } : c,
    );
    const names = (cs: PubCell[]) => cs.map((c) => `${c.pref_code}${c.cat}`).sort();
    expect(names(recoverable(view, false))).toEqual(['47*', '47a']);
    expect(names(recoverable(view, true))).toEqual(['47a']);
  });

  test('random grids: no suppressed cell can ever be recovered', () => {
    const rand = prng(42);
    for (let round = 0; round < 60; round++) {
      const g: Record<string, Record<string, [number, number]>> = {};
      const prefs = 2 + Math.floor(rand() * 6);
      const cats = 2 + Math.floor(rand() * 7);
      for (let p = 0; p < prefs; p++) {
        const row: Record<string, [number, number]> = {};
        for (let c = 0; c < cats; c++) {
          if (rand() < 0.15) continue; // an empty cell
          const b = 1 + Math.floor(rand() * (rand() < 0.3 ? 3 : 30));
          row[`c${c}`] = [b + Math.floor(rand() * 3 * b), b];
        }
        if (Object.keys(row).length > 1) g[String(10 + p)] = row;
      }
      const cells = grid(g, 2020 + (round % 3));
      const r = suppress(cells);
      expect(recoverable(published(cells, r.status), false), `round ${round}`).toEqual([]);
      expect(r.exposedByTotals).toBe(0);
    }
  });
});
