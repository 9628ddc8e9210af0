// Which builder cells are shown (docs/methodology.md, 「ドリルダウンの秘匿」). The microdata
// carries no business key, so the number of businesses behind a cell is unknown; a cell is
// hidden whenever it could rest on fewer than 3 businesses by what can be proved:
//   1. fewer than 3 consultations (then fewer than 3 businesses, disclosure.md's threshold);
//   2. it lies inside an aggregate cell the pipeline suppressed (sql.ts guardJoins);
// and within a shown cell, a measure counting 1 or 2 consultations is hidden (rule 1 on
// the measure's own subset). No totals are shown, so a hidden cell cannot be recovered by
// subtraction on the page.
import { MIN_BUSINESSES } from '../../schemas/published/disclosure-rules.ts';
import type { DimensionId, MeasureId } from './model.ts';

export interface RawCell {
  /** dimension values by id */
  keys: Partial<Record<DimensionId, string | number | null>>;
  consultations: number;
  measures: Partial<Record<MeasureId, number>>;
  /** inside a suppressed aggregate cell */
  guarded: boolean;
}

export type ShownValue = number | 'hidden';

export interface ShownCell {
  keys: RawCell['keys'];
  hidden: boolean;
  values: Record<string, ShownValue>;
}

const small = (v: number) => v > 0 && v < MIN_BUSINESSES;

export function applyDisclosure(cells: RawCell[], measures: MeasureId[]): ShownCell[] {
  return cells.map((c) => {
    const hidden = c.guarded || c.consultations < MIN_BUSINESSES;
    const values: Record<string, ShownValue> = {};
    for (const m of measures) {
      const v = m === 'consultations' ? c.consultations : (c.measures[m] ?? 0);
      values[m] = hidden || small(v) ? 'hidden' : v;
    }
    return { keys: c.keys, hidden, values };
  });
}
