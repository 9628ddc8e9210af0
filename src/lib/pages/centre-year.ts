// The dated pages of a centre (/centers/<pref>/<fy>/, /compare/<pref>/<fy>/): one per centre
// and published FY; the latest FY's is only a pointer to the centre's own address, which is
// that page (LatestYearPointer.astro). Build time only (reads the published fiscal years).
import { t, type MessageKey } from '../../i18n/index.ts';
import { centreYearHref, centreYearPaths, type CentrePageProps } from '../centre-page.ts';
import { fiscalYearLabel } from '../format.ts';
import { fiscalYears, latestFiscalYear } from '../site-data.ts';
import { vocab } from '../vocab.ts';

/** The route entries: every centre in every published fiscal year. */
export const allCentreYearPaths = () => centreYearPaths(vocab.centres, fiscalYears());

const TITLE: Record<'centers' | 'compare', MessageKey> = {
  centers: 'centers.page.title',
  compare: 'compare.page.title',
};

/** The pointer of the latest FY's dated page (its title and target); undefined for the others. */
export function latestYearPointer(
  section: 'centers' | 'compare',
  { centre, fy }: CentrePageProps,
  base: string,
): { title: string; to: string } | undefined {
  const latest = latestFiscalYear();
  if (fy !== latest) return undefined;
  return {
    title: t(TITLE[section], { name: centre.center_name, fy: fiscalYearLabel(fy) }),
    to: centreYearHref(section, centre.pref_code, fy, latest, base),
  };
}
