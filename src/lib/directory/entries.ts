// Directory items as list entries (DirectoryItem.astro's props): the title linking to the
// item's page, the bracketed aside, a muted note, and the data-* attributes the facet script
// filters by. Titles and notes are people's words: DirectoryItem shows them as text.
import { t } from '../../i18n/index.ts';
import { fiscalYearLabel } from '../format.ts';
import { caseFacetValues } from './catalogue-facets.ts';
import type { CaseRow } from './data.ts';
import { facetAttributes } from './facet-options.ts';
import { initiativeFacetValues, kindName, type InitiativeRow } from './initiatives.ts';
import { centreOf } from './labels.ts';

type Listed = Pick<CaseRow, 'id' | 'title' | 'pref_code' | 'fiscal_year'>;

/** An entry of /<list>/: its page, centre and FY then `more` in the aside, and the note. */
function entry(
  kind: 'case' | 'initiative',
  item: Listed,
  facets: Record<string, string[]>,
  more: string[],
  note: string | null,
  base: string,
) {
  return {
    class: `${kind}-item`,
    href: `${base}${kind}s/${item.id}/`,
    title: item.title,
    data: { [`data-${kind}-id`]: item.id, ...facetAttributes(facets) },
    aside: [centreOf(item.pref_code).center_name, fiscalYearLabel(item.fiscal_year), ...more],
    note,
  };
}

/** A case study: centre and FY, then its outcome. */
export const caseEntry = (c: CaseRow, base: string) =>
  entry('case', c, caseFacetValues(c), [], c.outcome, base);

/** An initiative: centre, FY, kind and stage, then its outcome when it has one. */
export const initiativeEntry = (r: InitiativeRow, base: string) =>
  entry(
    'initiative',
    r,
    initiativeFacetValues(r),
    [kindName(r.kind), t(`init.stage.${r.stage}`)],
    r.outcome,
    base,
  );
