// Everything /trends/ shows, computed once per build from portal.duckdb, as tables that the
// page renders and the CSV endpoints serialise: the downloads are exactly what is shown.
import { t, type MessageKey } from '../../i18n/index.ts';
import { fiscalYearLabel, formatNumber } from '../format.ts';
import { loadManifest } from '../published.ts';
import { vocab } from '../vocab.ts';
import { formatChange } from './change.ts';
import {
  breakdown,
  fyTotals,
  monthly,
  themes,
  withheldIn,
  type Breakdown,
  type CategoryRow,
  type MonthRow,
  type ThemeRow,
} from './national.ts';
import {
  latestCompleteFiscalYear,
  latestQuarter,
  quarterId,
  yearBefore,
  type Quarter,
} from './periods.ts';
import { exploreDbQuery } from '../explore/db-query.ts';
import { monthText } from '../explore/labels.ts';
import { THEMES } from './slices.ts';

export interface Cell {
  text: string;
  /** the CSV value (a number or code); '' for a hidden value */
  csv: string;
}
export interface ShownTable {
  id: string;
  caption: string;
  headers: string[];
  csvHeaders: string[];
  rows: Cell[][];
}

const n = (v: number | null): Cell =>
  v === null ? { text: t('trends.hidden'), csv: '' } : { text: formatNumber(v), csv: String(v) };
const ch = (v: number | null): Cell => ({
  text: formatChange(v),
  csv: v === null ? '' : v.toFixed(4),
});
const txt = (text: string, csv = text): Cell => ({ text, csv });

export const quarterLabel = (p: Quarter): string => {
  return t('quarter.label', {
    fy: fiscalYearLabel(p.fiscalYear),
    q: p.q,
    from: monthText(p.from),
    to: monthText(p.to),
  });
};

const CATEGORY_NAME: Record<Breakdown, (code: string) => string> = {
  topic_group: (c) => t(`home.topicGroup.${c}` as MessageKey),
  topic: (c) => vocab.topics.find((x) => x.code === c)?.name ?? c,
  industry: (c) => vocab.industries.find((x) => x.code === c)?.name ?? c,
  band: (c) => vocab.employeeBands.find((x) => x.code === c)?.name ?? c,
  channel: (c) => vocab.channels.find((x) => x.code === c)?.name ?? c,
  bureau: (c) => vocab.bureaus.find((x) => x.code === c)?.name ?? c,
};
export const categoryName = (d: Breakdown, code: string): string => CATEGORY_NAME[d](code);
export const BREAKDOWNS: Breakdown[] = [
  'topic_group',
  'topic',
  'industry',
  'band',
  'channel',
  'bureau',
];
export const breakdownLabel = (d: Breakdown): string =>
  d === 'bureau' ? t('trends.dim.bureau') : t(`explore.dim.${d}` as MessageKey);

export interface TrendsData {
  quarter: Quarter;
  before: Quarter;
  fy: number;
  months: MonthRow[];
  totals: { fiscal_year: number; consultations: number }[];
  themeRows: ThemeRow[];
  /** consultations withheld from the microdata in the fiscal years of the two quarters */
  themeWithheld: { withheld: number; generalised: number };
  breakdowns: { dim: Breakdown; rows: CategoryRow[] }[];
  tables: ShownTable[];
}

type Counts = Omit<TrendsData, 'tables'>;
// The counts are queried once per build; the tables are labelled on each call, in the
// language of the page asking (the same counts serve both editions).
let cache: Promise<Counts> | null = null;

export async function trendsData(): Promise<TrendsData> {
  cache ??= count();
  const counts = await cache;
  return { ...counts, tables: labelledTables(counts) };
}

async function count(): Promise<Counts> {
  const q = await exploreDbQuery();
  const vintage = loadManifest().data_vintage;
  const quarter = latestQuarter(vintage);
  const before = yearBefore(quarter);
  const fy = latestCompleteFiscalYear(vintage);
  const months = await monthly(q);
  const totals = await fyTotals(q);
  const themeRows = await themes(q, THEMES, quarter, before);
  const themeWithheld = await withheldIn(q, {
    quarterFrom: quarterId(before),
    quarterTo: quarterId(quarter),
  });
  const breakdowns = [];
  for (const dim of BREAKDOWNS) breakdowns.push({ dim, rows: await breakdown(q, dim, fy - 1, fy) });
  return { quarter, before, fy, months, totals, themeRows, themeWithheld, breakdowns };
}

function labelledTables(counts: Counts): ShownTable[] {
  const { quarter, before, fy, months, totals, themeRows, breakdowns } = counts;
  const fyPrev = fiscalYearLabel(fy - 1);
  const fyCur = fiscalYearLabel(fy);
  const tables: ShownTable[] = [
    {
      id: 'monthly',
      caption: t('trends.monthly.heading'),
      headers: [
        t('trends.col.month'),
        t('trends.col.value'),
        t('trends.col.yearBefore'),
        t('trends.col.change'),
      ],
      csvHeaders: ['month', 'consultations', 'consultations_year_before', 'change'],
      rows: months.map((m) => [txt(m.month), n(m.value), n(m.yearBefore), ch(m.change)]),
    },
    {
      id: 'fiscal-years',
      caption: t('trends.fy.heading'),
      headers: [t('trends.col.fy'), t('trends.col.value'), t('trends.col.changeFy')],
      csvHeaders: ['fiscal_year', 'consultations', 'change'],
      rows: totals.map((r, i) => {
        const prev = totals[i - 1];
        const change = prev ? r.consultations / prev.consultations - 1 : null;
        return [
          txt(fiscalYearLabel(r.fiscal_year), String(r.fiscal_year)),
          n(r.consultations),
          ch(change),
        ];
      }),
    },
    {
      id: 'themes',
      caption: t('trends.themes.heading'),
      headers: [
        t('trends.col.theme'),
        quarterLabel(before),
        quarterLabel(quarter),
        t('trends.col.change'),
        fyPrev,
        fyCur,
        t('trends.col.changeFy'),
      ],
      csvHeaders: [
        'theme',
        'quarter_year_before',
        'quarter',
        'change',
        `fy${fy - 1}`,
        `fy${fy}`,
        'change_fy',
      ],
      rows: themeRows.map((r) => {
        const p = r.byFy.find((x) => x.fiscal_year === fy - 1)?.value ?? null;
        const c = r.byFy.find((x) => x.fiscal_year === fy)?.value ?? null;
        return [
          txt(r.theme.name, r.theme.id),
          n(r.quarterBefore),
          n(r.quarter),
          ch(r.change),
          n(p),
          n(c),
          ch(p === null || c === null || p === 0 ? null : c / p - 1),
        ];
      }),
    },
    ...breakdowns.map(({ dim, rows }) => ({
      id: `by-${dim.replace('_', '-')}`,
      caption: t('trends.breakdown.heading', {
        dimension: breakdownLabel(dim),
        prev: fyPrev,
        cur: fyCur,
      }),
      headers: [breakdownLabel(dim), fyPrev, fyCur, t('trends.col.changeFy')],
      csvHeaders: [dim, `fy${fy - 1}`, `fy${fy}`, 'change'],
      rows: rows.map((r) => [
        txt(categoryName(dim, r.code), r.code),
        n(r.prev),
        n(r.cur),
        ch(r.change),
      ]),
    })),
  ];
  return tables;
}

/** disclosure.md: text cells starting with = + - @ tab or CR get a leading '. */
const csvCell = (v: string) => {
  const safe = /^[=+\-@\t\r]/.test(v) && !/^-?\d/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function tableCsv(table: ShownTable): string {
  const lines = [table.csvHeaders, ...table.rows.map((r) => r.map((c) => c.csv))];
  return `${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
