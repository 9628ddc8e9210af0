// From query rows to what the page shows: cells in the vocabulary's order, labelled, with
// the disclosure rule applied; and the CSV of exactly that.
import { applyDisclosure, type RawCell, type ShownCell } from './disclosure.ts';
import { valueLabel } from './labels.ts';
import { DIMENSIONS, type DimensionId, type ExploreState } from './model.ts';

function toRawCells(rows: Record<string, unknown>[], s: ExploreState): RawCell[] {
  return rows.map((r) => ({
    keys: Object.fromEntries(s.dims.map((d) => [d, (r[d] ?? null) as string | number | null])),
    consultations: Number(r['consultations'] ?? 0),
    measures: Object.fromEntries(s.measures.map((m) => [m, Number(r[m] ?? 0)])),
    guarded: r['guarded'] === true,
  }));
}

const rank = (d: DimensionId, v: string | number | null | undefined): [number, string] => {
  const order = DIMENSIONS[d].order;
  const text = v === null || v === undefined ? '\uffff' : String(v);
  const i = order === null ? -1 : order.indexOf(text);
  // Unknown values (blank, '*') after the defined codes, then by text.
  return [order === null ? 0 : i === -1 ? order.length : i, text];
};

/** Cells sorted by each dimension in its defined order (codes), then by value. */
export function shownCells(rows: Record<string, unknown>[], s: ExploreState): ShownCell[] {
  const cells = applyDisclosure(toRawCells(rows, s), s.measures);
  return cells.sort((a, b) => {
    for (const d of s.dims) {
      const [ia, ta] = rank(d, a.keys[d]);
      const [ib, tb] = rank(d, b.keys[d]);
      if (ia !== ib) return ia - ib;
      if (ta !== tb) return ta < tb ? -1 : 1;
    }
    return 0;
  });
}

/** disclosure.md: a text cell starting with = + - @ tab or CR gets a leading '. */
const csvText = (v: string): string => {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The result as CSV: code and name per dimension, the measures (blank when hidden), status. */
export function resultCsv(cells: ShownCell[], s: ExploreState): string {
  const header = [...s.dims.flatMap((d) => [d, `${d}_name`]), ...s.measures, 'status'];
  const lines = cells.map((c) => {
    const hidden = s.measures.some((m) => c.values[m] === 'hidden');
    return [
      ...s.dims.flatMap((d) => {
        const v = c.keys[d];
        return [v === null || v === undefined ? '' : csvText(String(v)), csvText(valueLabel(d, v))];
      }),
      ...s.measures.map((m) => {
        const v = c.values[m];
        return v === 'hidden' || v === undefined ? '' : String(v);
      }),
      hidden ? 'suppressed' : 'ok',
    ].join(',');
  });
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
