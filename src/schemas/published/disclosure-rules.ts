// The disclosure rules' numbers and markers that published tables state in their
// descriptions and values (shared/export-format/disclosure.md); the pipeline's disclosure
// stage applies them, so both read them from here.

/**
 * An aggregate cell of fewer distinct businesses is suppressed ("Aggregate tables"); so is a
 * financial indicator (indicators.md: "from 1–2 businesses"), and the explore builder hides
 * a cell that could rest on fewer.
 */
export const MIN_BUSINESSES = 3;

/** A per-coordinator figure is shown only when it rests on at least this many ("Coordinator profiles"). */
export const MIN_FIGURE_BASE = 10;

/** Minimum distinct businesses behind every published quasi-identifier combination of the microdata. */
export const K_ANONYMITY = 5;

/** The value a generalised quasi-identifier column of the microdata takes. */
export const GENERALISED = '*';

/** The category value of a centre's (and the nation's) total row in consultations_by_<dimension>. */
export const TOTAL = '*';

/** Cell status of the aggregate tables: published, or suppressed (numbers empty). */
export const CELL_STATUS = ['ok', 'suppressed'] as const;
