// Codes the published data gives a meaning of their own, beside the vocabularies'.
// Two of them are spelled '*' but mean different things, so each has its own name.

/** pref_code of the nation, all centres together (indicators.md, "Output contract"). */
export const NATION_CODE = '00';

/** The category of an aggregate table's total row: all categories of a year and centre. */
export const TOTAL_CATEGORY = '*';

/**
 * A microdata value disclosure control generalised (disclosure.md, "What may be
 * published": industry, then employees_band, then legal_form become `*`).
 */
export const GENERALISED_VALUE = '*';
