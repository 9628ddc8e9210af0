// The routes of the centre dashboard and the compare page (one page per centre, and per
// centre and fiscal year), and what both pages of one centre and fiscal year start from: the centre's code, the published years, and the year checked against them (a page
// for an unpublished year is a build error, never an empty page). Pure: the caller passes
// the published years in (site-data.ts fiscalYears()).
import { fiscalYearLabel } from './format.ts';
import type { Centre } from './vocab.ts';

/** Props of a page about one centre in one fiscal year. */
export interface CentrePageProps {
  centre: Centre;
  fy: number;
}

export interface CentrePage {
  pref: string;
  years: readonly number[];
  fyLabel: string;
}

/** Throws when `fy` is not published; `page` names the page in the error. */
export function centrePage(
  { centre, fy }: CentrePageProps,
  years: readonly number[],
  page: string,
): CentrePage {
  if (!years.includes(fy)) throw new Error(`${page}: no published fiscal year ${fy}`);
  return { pref: centre.pref_code, years, fyLabel: fiscalYearLabel(fy) };
}

/** Route entries of the pages for one centre (its latest fiscal year). */
export const centrePaths = (centres: readonly Centre[]) =>
  centres.map((centre) => ({ params: { pref: centre.pref_code }, props: { centre } }));

/** Route entries of the pages for one centre and one published fiscal year. */
export const centreYearPaths = (centres: readonly Centre[], years: readonly number[]) =>
  centres.flatMap((centre) =>
    years.map((fy) => ({
      params: { pref: centre.pref_code, fy: String(fy) },
      props: { centre, fy } satisfies CentrePageProps,
    })),
  );

/**
 * The address of a centre's page (`centers`) or comparison (`compare`) for one fiscal year.
 * The latest year's is the centre's own address (`/centers/13/`): its dated address holds
 * only a pointer there (LatestYearPointer.astro), not a second copy of the page.
 */
export function centreYearHref(
  section: 'centers' | 'compare',
  pref: string,
  fy: number,
  latest: number,
  base = '/',
): string {
  return fy === latest ? `${base}${section}/${pref}/` : `${base}${section}/${pref}/${fy}/`;
}
