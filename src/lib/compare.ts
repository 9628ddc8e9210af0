// The comparison of /compare/: one centre's figure of an indicator beside its peer groups
// (same bureau; 5 closest in consultations; 5 closest in coordinators) and the 47 centres,
// as reference values — never a rank (report §6). Groups always come in this fixed order.
import type { DotBandRow } from '../charts/dot-band.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { figure, type Figure } from './figures.ts';
import type { IndicatorDef } from './indicators.ts';
import { referenceValues, type ReferenceGroup, type ReferenceRow } from './site-data.ts';

/** The reference groups in the order every chart and table shows them. */
export const COMPARE_GROUPS: readonly { group: ReferenceGroup; label: MessageKey }[] = [
  { group: 'bureau', label: 'compare.group.bureau' },
  { group: 'size_consultations', label: 'compare.group.sizeConsultations' },
  { group: 'size_coordinators', label: 'compare.group.sizeCoordinators' },
  { group: 'national', label: 'compare.group.nation' },
];

export interface Comparison {
  indicator: IndicatorDef;
  /** The centre's own published figure (carries the data-indicator markup). */
  own: Figure;
  /** Reference rows in COMPARE_GROUPS order; undefined where none is published. */
  references: { group: ReferenceGroup; label: string; row: ReferenceRow | undefined }[];
}

export function comparison(indicator: IndicatorDef, fy: number, pref: string): Comparison {
  const refs = referenceValues(fy, pref, indicator.id);
  return {
    indicator,
    own: figure(indicator, fy, pref),
    references: COMPARE_GROUPS.map(({ group, label }) => ({
      group,
      label: t(label),
      row: refs[group],
    })),
  };
}

/** The rows of the dot-and-band chart: the centre first, then its references, in order. */
export function dotBandRows(c: Comparison): DotBandRow[] {
  return [
    {
      group: t('compare.group.centre'),
      value: c.own.status === 'ok' ? Number(c.own.raw) : null,
      kind: 'centre',
      missing: c.own.text,
    },
    ...c.references.map(({ group, label, row }): DotBandRow => ({
      group: label,
      value: row?.median ?? null,
      q1: row?.q1 ?? null,
      q3: row?.q3 ?? null,
      kind: group === 'national' ? 'nation' : 'peer',
      missing: t('centers.ref.none'),
    })),
  ];
}

/**
 * The centres of each peer group of a centre in a FY, in JIS order. The pipeline writes the
 * same peers for every indicator of a (FY, centre, group); the first indicator's are taken.
 */
export function peerLists(
  fy: number,
  pref: string,
  indicatorId: string,
): { group: ReferenceGroup; label: string; peers: string[] }[] {
  const refs = referenceValues(fy, pref, indicatorId);
  return COMPARE_GROUPS.filter(({ group }) => group !== 'national').map(({ group, label }) => ({
    group,
    label: t(label),
    peers: [...(refs[group]?.peers ?? [])].sort(),
  }));
}
