// The top of a centre's dashboard, the year at a glance: the overview's four headline figures
// beside the centre's own target and its own previous year, how many of its targets it met
// and which it missed, its offices and its own initiatives (report §3(1)②ii, §6⑧). Never an order of centres.
import { t } from '../../i18n/index.ts';
import { figure, type Figure } from '../figures.ts';
import { INDICATORS, type IndicatorDef } from '../indicators.ts';
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

/** The four headline indicators of the overview, beside the centre's target and last year. */
export function headlineRows(pref: string, fy: number): HeadlineRow[] {
  return HEADLINE.map((id) => {
    const indicator = INDICATORS.find((i) => i.id === id)!;
    return {
      figure: figure(indicator, fy, pref),
      target: targetView(indicator, fy, pref),
      change: yearChange(indicator, fy, pref),
    };
  });
}

/** The centre's indicators of the FY whose target was `met` (0 missed, null not assessed). */
export function indicatorsWith(pref: string, fy: number, met: 0 | null) {
  const rows = targetRows().filter(
    (r) => r.pref_code === pref && r.fiscal_year === fy && r.met === met,
  );
  return reportGroups()
    .flatMap((g) => g.roles.flatMap((r) => r.items))
    .filter(({ indicator }) => rows.some((r) => r.indicator === indicator.id))
    .map(({ indicator }) => indicator);
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
  unmet: IndicatorDef[];
  notAssessed: IndicatorDef[];
  targetSentence: string;
  offices: OfficeRow[];
  initiatives: Pick<InitiativeRow, 'id' | 'title' | 'kind' | 'stage'>[];
}

export function centreSummary(pref: string, fy: number): CentreSummary {
  const counts = targetCounts(pref, fy);
  return {
    headlines: headlineRows(pref, fy),
    counts,
    unmet: indicatorsWith(pref, fy, 0),
    notAssessed: indicatorsWith(pref, fy, null),
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
