// The top of a centre's dashboard, the year at a glance: the headline figures beside the
// centre's own target and its own previous year, how many of its targets it met, its
// offices and its own initiatives (report §3(1)②ii, §6⑧). Never an order of centres.
import { t } from '../../i18n/index.ts';
import { figure, type Figure } from '../figures.ts';
import {
  initiativesOf,
  officesOf,
  targetRows,
  type InitiativeRow,
  type OfficeRow,
} from '../plan-data.ts';
import { HEADLINE } from './home.ts';
import { targetView, yearChange, type TargetView } from './centre-targets.ts';
import { reportGroups } from './report-roles.ts';

export interface HeadlineRow {
  number: string;
  figure: Figure;
  target: TargetView | undefined;
  change: string | undefined;
}

export interface TargetCounts {
  targets: number;
  met: number;
  unmet: number;
  notAssessed: number;
}

/** How many of the centre's targets of the FY were met, not met, or not assessable. */
export function targetCounts(pref: string, fy: number): TargetCounts {
  const rows = targetRows().filter((r) => r.pref_code === pref && r.fiscal_year === fy);
  return {
    targets: rows.length,
    met: rows.filter((r) => r.met === 1).length,
    unmet: rows.filter((r) => r.met === 0).length,
    notAssessed: rows.filter((r) => r.met === null).length,
  };
}

/** The headline indicators and every indicator the centre set a target for, report order. */
export function headlineRows(pref: string, fy: number): HeadlineRow[] {
  const targeted = new Set(
    targetRows()
      .filter((r) => r.pref_code === pref && r.fiscal_year === fy)
      .map((r) => r.indicator),
  );
  return reportGroups()
    .flatMap((g) => g.roles.flatMap((r) => r.items))
    .filter(({ indicator }) => HEADLINE.includes(indicator.id) || targeted.has(indicator.id))
    .map(({ number, indicator }) => ({
      number,
      figure: figure(indicator, fy, pref),
      target: targetView(indicator, fy, pref),
      change: yearChange(indicator, fy, pref),
    }));
}

/** The sentence on the targets of the FY, or that the plan has none published. */
export function targetSentence(counts: TargetCounts): string {
  if (counts.targets === 0) return t('dash.summary.noTargets');
  return t('dash.summary.targets', {
    targets: counts.targets,
    met: counts.met,
    unmet: counts.unmet,
    notAssessed: counts.notAssessed,
  });
}

export interface CentreSummary {
  headlines: HeadlineRow[];
  counts: TargetCounts;
  targetSentence: string;
  offices: OfficeRow[];
  initiatives: Pick<InitiativeRow, 'id' | 'title' | 'kind' | 'stage'>[];
}

export function centreSummary(pref: string, fy: number): CentreSummary {
  const counts = targetCounts(pref, fy);
  return {
    headlines: headlineRows(pref, fy),
    counts,
    targetSentence: targetSentence(counts),
    offices: officesOf(pref),
    initiatives: initiativesOf(pref, fy).map(({ id, title, kind, stage }) => ({
      id,
      title,
      kind,
      stage,
    })),
  };
}
