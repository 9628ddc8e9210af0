// Codes the published data gives a meaning of their own, beside the vocabularies'. The two
// '*' markers (a total row, a generalised value) are disclosure rules, each with its own
// name, in published/disclosure-rules.ts.

/** pref_code of the nation, all centres together (indicators.md, "Output contract"). */
export const NATION_CODE = '00';
