// How a published figure is shown on the pages: the display text of an indicator value,
// the words for a hidden one and why it is hidden, and the consultation-mix cells. Shared by
// the centre dashboards and the national overview (build time only).
import { t, type MessageKey } from '../i18n/index.ts';
import { TOTAL } from '../schemas/published/disclosure-rules.ts';
import { formatNumber } from './format.ts';
import { formatIndicatorValue, percent, statusReason, statusText } from './indicator-format.ts';
import { INDICATORS, type IndicatorDef, type IndicatorStatus } from './indicators.ts';
import { indicatorValue, mixRows, type MixDimension, type ReferenceRow } from './site-data.ts';
import { vocab, type CodeEntry } from './vocab.ts';

// The display of a value and of a hidden figure's reason, shared with the browser.
export {
  fine,
  formatIndicatorValue,
  percent,
  plain,
  statusReason,
  statusText,
} from './indicator-format.ts';

/** A figure as indicators.csv has it: raw value unformatted, empty when not ok. */
export interface Figure {
  indicator: IndicatorDef;
  fy: number;
  pref: string;
  status: IndicatorStatus;
  raw: string;
  text: string;
  reason: string | undefined;
}

/** The published figure of an indicator for a FY and centre (`00`: the nation). */
export function figure(indicator: IndicatorDef, year: number, pref: string): Figure {
  const row = indicatorValue(year, pref, indicator.id);
  if (row.status === 'ok') {
    if (row.value === null)
      throw new Error(`indicators: ${year} ${pref} ${indicator.id} ok without value`);
    return {
      indicator,
      fy: year,
      pref,
      status: 'ok',
      raw: String(row.value),
      text: formatIndicatorValue(indicator, row.value),
      reason: undefined,
    };
  }
  return {
    indicator,
    fy: year,
    pref,
    status: row.status,
    raw: '',
    text: statusText[row.status],
    reason: statusReason(indicator, row.status),
  };
}

/** A reference value: its median, with the IQR when asked for; 該当なし when none. */
export function referenceText(
  indicator: IndicatorDef,
  row: ReferenceRow | undefined,
  iqr: boolean,
): string {
  if (!row || row.median === null) return t('centers.ref.none');
  const median = formatIndicatorValue(indicator, row.median);
  if (!iqr || row.q1 === null || row.q3 === null) return median;
  return t('centers.ref.iqr', {
    median,
    q1: formatIndicatorValue(indicator, row.q1),
    q3: formatIndicatorValue(indicator, row.q3),
  });
}

export const frameworkHeadings: Record<IndicatorDef['framework'], MessageKey> = {
  r6: 'methodology.framework.r6',
  r8: 'methodology.framework.r8',
  funnel: 'methodology.framework.funnel',
};

/** Consecutive runs of INDICATORS by framework, in the list's own order. */
export function indicatorGroups(): {
  framework: IndicatorDef['framework'];
  heading: string;
  indicators: IndicatorDef[];
}[] {
  const groups: {
    framework: IndicatorDef['framework'];
    heading: string;
    indicators: IndicatorDef[];
  }[] = [];
  for (const indicator of INDICATORS) {
    const last = groups.at(-1);
    if (last?.framework === indicator.framework) last.indicators.push(indicator);
    else
      groups.push({
        framework: indicator.framework,
        heading: t(frameworkHeadings[indicator.framework]),
        indicators: [indicator],
      });
  }
  return groups;
}

// The consultation mix: categories in vocab order, then "not recorded", then the total.
export const mixDimensions: { dimension: MixDimension; label: MessageKey; codes: CodeEntry[] }[] = [
  { dimension: 'topic', label: 'centers.mix.topic', codes: vocab.topics },
  { dimension: 'industry', label: 'centers.mix.industry', codes: vocab.industries },
  {
    dimension: 'employees_band',
    label: 'centers.mix.employeesBand',
    codes: vocab.employeeBands,
  },
  { dimension: 'channel', label: 'centers.mix.channel', codes: vocab.channels },
];

export interface MixCell {
  status: 'ok' | 'suppressed';
  /** consultations; null when suppressed */
  consultations: number | null;
  /** share of the total (0–1); null when suppressed or without a total */
  share: number | null;
  count: string;
  shareText: string;
}

function mixCell(consultations: number | null, total: number | null): MixCell {
  if (consultations === null) {
    return {
      status: 'suppressed',
      consultations: null,
      share: null,
      count: statusText.suppressed,
      shareText: statusText.suppressed,
    };
  }
  const all = total ?? 0;
  const share = all > 0 ? consultations / all : null;
  return {
    status: 'ok',
    consultations,
    share,
    count: t('centers.unit.count', { value: formatNumber(consultations) }),
    shareText:
      share === null
        ? statusText.na
        : t('centers.unit.share', { value: percent.format(share * 100) }),
  };
}

/**
 * The mix cells of one FY and centre (`00`: the nation). `cell(codes)` sums the categories
 * given (one code, or a group of them); any suppressed category makes the sum suppressed —
 * a suppressed count is never added. `'*'` is the total, `null` the unrecorded.
 */
export function mixCells(dimension: MixDimension, fy: number, where: string) {
  const list = mixRows(dimension, fy, where);
  const total = list.find((r) => r.category === TOTAL);
  const totalCount = total?.status === 'ok' ? total.consultations : null;
  const cell = (...categories: (string | null)[]): MixCell => {
    let sum = 0;
    for (const category of categories) {
      const row = list.find((r) => r.category === category);
      // No row: no consultation in that category (the tables list only categories that occur).
      if (row?.status === 'suppressed') return mixCell(null, totalCount);
      sum += row?.consultations ?? 0;
    }
    return mixCell(sum, totalCount);
  };
  return { cell, hasUnrecorded: list.some((r) => r.category === null) };
}
