// The published reference values a centre's own figures are shown beside on /workspace/:
// for each fiscal year and indicator, the national median and interquartile range and the
// medians of the centre's three peer groups (reference_values; never a rank). Written per
// centre at build time (src/pages/workspace/reference/[pref].json.ts), read by the page.
import type { ReferenceGroup, ReferenceRow } from '../site-data.ts';

export const PEER_GROUPS = ['bureau', 'size_consultations', 'size_coordinators'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];

export interface ReferenceCell {
  median: number | null;
  q1: number | null;
  q3: number | null;
  peers: Record<PeerGroup, number | null>;
}

export interface CentreReference {
  pref_code: string;
  /** fiscal year → indicator → published values */
  years: Record<string, Record<string, ReferenceCell>>;
}

/** A centre's file from the published rows (national rows apply to every centre). */
export function centreReference(
  pref: string,
  rows: readonly Pick<
    ReferenceRow,
    'fiscal_year' | 'indicator' | 'group_type' | 'pref_code' | 'median' | 'q1' | 'q3'
  >[],
): CentreReference {
  const years: CentreReference['years'] = {};
  const cell = (fy: number, indicator: string): ReferenceCell => {
    const byIndicator = (years[String(fy)] ??= {});
    return (byIndicator[indicator] ??= {
      median: null,
      q1: null,
      q3: null,
      peers: { bureau: null, size_consultations: null, size_coordinators: null },
    });
  };
  for (const r of rows) {
    const group: ReferenceGroup = r.group_type;
    if (group === 'national') Object.assign(cell(r.fiscal_year, r.indicator), pick(r));
    else if (r.pref_code === pref) cell(r.fiscal_year, r.indicator).peers[group] = r.median;
  }
  return { pref_code: pref, years };
}

const pick = (r: Pick<ReferenceRow, 'median' | 'q1' | 'q3'>) => ({
  median: r.median,
  q1: r.q1,
  q3: r.q3,
});
