// Codes of initiatives/*.md (format README, "initiatives/*.md"): the kinds are the code list
// vocab/initiative_kinds.csv, the stages are fixed by the format.
import kinds from '../vocab/initiative_kinds.json' with { type: 'json' };

export const INITIATIVE_KINDS = kinds.map((k) => k.code) as [string, ...string[]];
export const INITIATIVE_STAGES = ['planned', 'done'] as const;
