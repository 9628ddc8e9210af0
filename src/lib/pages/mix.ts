// The consultation-mix tables of the national overview and the centre dashboard: one table
// per dimension, each row a category (or a group of them) with one cell per place compared
// (a centre, `00` the nation), then "not recorded" when any place has such consultations,
// and the total. Build time only (figures.ts reads the published mix tables).
import { t } from '../../i18n/index.ts';
import { mixCells, type MixCell } from '../figures.ts';
import type { MixDimension } from '../site-data.ts';
import { TOTAL } from '../../schemas/published/disclosure-rules.ts';

export interface MixTableRow {
  code: string;
  name: string;
  /** A line under the name (the topics of a topic group). */
  detail?: string;
  cells: MixCell[];
}

export interface MixColumn {
  label: string;
  /** index into each row's cells */
  cell: number;
  field: 'count' | 'shareText';
}

/** A row of a mix table before its cells: the categories it sums. */
export interface MixCategory {
  code: string;
  name: string;
  detail?: string;
  codes: string[];
}

export interface MixTableView {
  dimension: MixDimension;
  label: string;
  rows: MixTableRow[];
  total: MixCell[];
}

export function mixTable(
  dimension: MixDimension,
  label: string,
  categories: readonly MixCategory[],
  fy: number,
  places: readonly string[],
): MixTableView {
  const cells = places.map((place) => mixCells(dimension, fy, place));
  const rows: MixTableRow[] = categories.map(({ codes, ...row }) => ({
    ...row,
    cells: cells.map((c) => c.cell(...codes)),
  }));
  if (cells.some((c) => c.hasUnrecorded)) {
    rows.push({
      code: '',
      name: t('centers.mix.unrecorded'),
      cells: cells.map((c) => c.cell(null)),
    });
  }
  return { dimension, label, rows, total: cells.map((c) => c.cell(TOTAL)) };
}
