// The national view of the plans (report §3(1)②ii, §3(3)②i, §6⑧), for the national office
// and the ministries: per FY and indicator, how many centres set a target, met it, missed it,
// or could not be assessed (their figure suppressed or na); and the centres' own initiatives
// counted by kind and FY. Counts only: no centre is named, none is ranked.
import { achievementChart, type AchievementRow } from '../../charts/achievement.ts';
import { t } from '../../i18n/index.ts';
import { fiscalYearLabel, formatNumber } from '../format.ts';
import type { IndicatorDef } from '../indicators.ts';
import { initiativeRows, targetRows, type TargetRow } from '../plan-data.ts';
import { vocab } from '../vocab.ts';
import { reportGroups } from './report-roles.ts';

export interface Achievement {
  targets: number;
  met: number;
  unmet: number;
  notAssessed: number;
}

function achievement(rows: readonly TargetRow[]): Achievement {
  return {
    targets: rows.length,
    met: rows.filter((r) => r.met === 1).length,
    unmet: rows.filter((r) => r.met === 0).length,
    notAssessed: rows.filter((r) => r.met === null).length,
  };
}

export interface YearAchievement {
  fy: number;
  fyLabel: string;
  total: Achievement;
  summary: string;
  /** Indicators with at least one target that FY, in the report's order. */
  indicators: { number: string; indicator: IndicatorDef; counts: Achievement }[];
}

const numbered = () => reportGroups().flatMap((g) => g.roles.flatMap((r) => r.items));

/** Every FY with targets, ascending, with its totals and its indicators' counts. */
export function nationalAchievement(): YearAchievement[] {
  const rows = targetRows();
  const years = [...new Set(rows.map((r) => r.fiscal_year))].sort((a, b) => a - b);
  return years.map((fy) => {
    const ofYear = rows.filter((r) => r.fiscal_year === fy);
    const total = achievement(ofYear);
    const fyLabel = fiscalYearLabel(fy);
    return {
      fy,
      fyLabel,
      total,
      summary: t('dash.national.summary', {
        fy: fyLabel,
        targets: formatNumber(total.targets),
        met: formatNumber(total.met),
        unmet: formatNumber(total.unmet),
        notAssessed: formatNumber(total.notAssessed),
      }),
      indicators: numbered().flatMap(({ number, indicator }) => {
        const of = ofYear.filter((r) => r.indicator === indicator.id);
        return of.length ? [{ number, indicator, counts: achievement(of) }] : [];
      }),
    };
  });
}

/** The chart of the FYs' totals (met, not met, not assessed), drawn in FY order. */
export function achievementFigure(years: readonly YearAchievement[]) {
  const rows: AchievementRow[] = years.map((y) => ({ label: y.fyLabel, ...y.total }));
  return {
    svg: achievementChart(rows, t('dash.national.chart')),
    summary: years.map((y) => y.summary + t('charts.join.sentence')).join(''),
  };
}

export interface KindCounts {
  years: number[];
  rows: { code: string; name: string; counts: number[] }[];
  totals: number[];
}

/** The initiatives counted by kind (the code list's order) and FY (ascending). */
export function initiativeKindCounts(): KindCounts {
  const rows = initiativeRows();
  const years = [...new Set(rows.map((r) => r.fiscal_year))].sort((a, b) => a - b);
  const count = (kind: string | null, fy: number) =>
    rows.filter((r) => r.fiscal_year === fy && (kind === null || r.kind === kind)).length;
  return {
    years,
    rows: vocab.initiativeKinds.map((k) => ({
      code: k.code,
      name: k.name,
      counts: years.map((fy) => count(k.code, fy)),
    })),
    totals: years.map((fy) => count(null, fy)),
  };
}

/** The achievement columns, in the tables' order. */
export const ACHIEVEMENT_COLUMNS = ['met', 'unmet', 'notAssessed'] as const;

/** A table's columns: the row heading, the count of targets, then the achievement columns. */
function achievementColumns(first: string, targets: string) {
  return [
    { label: first },
    { label: targets, class: 'num' },
    ...ACHIEVEMENT_COLUMNS.map((c) => ({ label: t(`dash.national.col.${c}`), class: 'num' })),
  ];
}

/** The columns of one FY's table by indicator (AchievementTable.astro). */
export const indicatorAchievementColumns = () =>
  achievementColumns(t('dash.national.col.indicator'), t('dash.national.col.targets'));

/**
 * Everything the national view shows: the years with their chart, the latest FY open and
 * the earlier ones folded (newest first, so the page stays short), and the kinds table.
 */
export function nationalPlansView() {
  const years = nationalAchievement();
  const kinds = initiativeKindCounts();
  return {
    years,
    chart: years.length ? achievementFigure(years) : undefined,
    latestYear: years.at(-1),
    earlier: years.slice(0, -1).reverse(),
    totalsColumns: achievementColumns(t('dash.national.col.fy'), t('dash.national.col.targetsAll')),
    kinds,
    kindsColumns: [
      { label: t('dash.national.kinds.col.kind') },
      ...kinds.years.map((fy) => ({ label: fiscalYearLabel(fy), class: 'num' })),
    ],
  };
}
