// Disclosure control's threshold (../shared/export-format/disclosure.md, "What may be
// published"), shared by the pipeline that suppresses and the pages that hide.

/**
 * A count resting on fewer distinct businesses than this is suppressed (disclosure.md);
 * so is a financial indicator from fewer businesses (indicators.md: "from 1–2 businesses").
 */
export const MIN_BUSINESSES = 3;
