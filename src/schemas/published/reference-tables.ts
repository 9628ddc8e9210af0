// What the reference-values stage publishes (report §6). No column ranks, orders or
// positions centres by value ("拠点間で順位付けをするものではなく、あくまで各拠点が参考値として
// 確認できるようにする").
import { z } from 'zod';
import { INDICATORS } from '../../lib/indicators.ts';
import { column, publishedTable } from './table.ts';

/** Indicators with a per-CO rate: the counts of consultations and of businesses. */
export const RATE_INDICATORS: readonly string[] = INDICATORS.filter(
  (i) => i.kind === 'count' || i.kind === 'businesses',
).map((i) => i.id);

/** Survey shares (r6_sat_*, r8_selfdrive, r8_outlook): the rows of indicator_intervals. */
export const SURVEY_SHARES: readonly string[] = INDICATORS.filter((i) => i.kind === 'share').map(
  (i) => i.id,
);

/** Peer groups of a centre, in the order of the group_type values. */
export const GROUP_TYPES = [
  'national',
  'bureau',
  'size_consultations',
  'size_coordinators',
] as const;

const fiscalYear = () => column(z.int(), '年度（4月〜翌3月、開始年で表示。2024 = 令和6年度）');
const prefCode = () => column(z.string(), '都道府県コード（JIS X 0401、00 は全国）');
const indicator = () => column(z.string(), '指標ID（indicators 表・方法論ページを参照）');

export const COORDINATOR_COUNTS_TABLE = publishedTable({
  name: 'coordinator_counts',
  title: '拠点別・年度別のコーディネーター数（年度末在籍）',
  titleEn: 'Coordinators per centre and fiscal year (at year end)',
  descriptionEn:
    'Chief coordinators (CCO) and coordinators (CO) in post in the last month of each fiscal year (March), per centre. The nation (00) is the sum of the 47 centres.',
  description:
    '年度・拠点ごとに、年度末の月（翌年3月）に在籍していたチーフコーディネーター（CCO）とコーディネーター（CO）の人数。着任月（joined）が翌年3月以前で、退任月（left）が空欄または翌年3月以降の人を数えます（3月中に退任した人も在籍に含めます）。全国（00）は47拠点の合計。',
  sortBy: ['fiscal_year', 'pref_code'],
  row: z.object({
    fiscal_year: fiscalYear(),
    pref_code: prefCode(),
    coordinators: column(z.int(), '年度末に在籍したCCO・COの人数（人）'),
  }),
  inBrowserDb: false,
  json: true,
});

export const RATES_TABLE = publishedTable({
  name: 'rates',
  title: '拠点別・年度別のコーディネーター1人あたりの件数・事業者数',
  titleEn: 'Consultations and businesses per coordinator, by centre and fiscal year',
  descriptionEn:
    "The count indicators divided by the CCOs and COs in post at the end of the fiscal year (coordinator_counts). Empty when the indicator's status is not ok or nobody was in post.",
  description:
    '件数・事業者数の指標を、その年度末に在籍したCCO・COの人数（coordinator_counts）で割った値。指標の status が ok でない場合と在籍者が0人の場合は空欄です。都道府県別の中小企業数について出典を示せるデータがないため、中小企業1,000者あたりの値は算出していません。',
  sortBy: ['fiscal_year', 'pref_code', 'indicator'],
  row: z.object({
    fiscal_year: fiscalYear(),
    pref_code: prefCode(),
    indicator: column(z.string(), `指標ID（件数・事業者数の指標：${RATE_INDICATORS.join('・')}）`),
    per_co: column(
      z.number().nullable(),
      'CCO・CO 1人あたりの値（件/人 または 者/人。指標の値 ÷ 年度末在籍者数）',
    ),
  }),
  inBrowserDb: false,
  json: true,
});

export const REFERENCE_VALUES_TABLE = publishedTable({
  name: 'reference_values',
  title: '評価指標の参考値（全国・経済産業局管内・規模の近い拠点）',
  titleEn: 'Reference values of the indicators (nation, regional bureau, similar centres)',
  descriptionEn:
    "Medians and quartiles of other centres' values, for a centre to read beside its own past years (not a ranking of centres). The nation is the 47 centres; the other groups are each centre's peers (same regional bureau, the 5 centres closest in consultations, the 5 closest in coordinators), without the centre itself. Only values with status ok are used; quartiles are linearly interpolated (Hyndman-Fan type 7).",
  description:
    '各拠点が自拠点の過年度と比べるときに参考として確認できる、他の拠点の値の中央値と四分位数です（報告書§6。拠点間の順位付けではありません）。全国は47拠点、他は拠点ごとの比較グループ（同じ経済産業局管内の他拠点、相談実績件数の比が最も近い他の5拠点、年度末のCCO・CO数の差が最も近い他の5拠点。同じ近さは都道府県コードの小さい順）で、拠点自身は含みません。status が ok の値だけを使い、四分位数は線形補間（Hyndman–Fan の type 7、DuckDB の quantile_cont と同じ）で求めています。',
  sortBy: ['fiscal_year', 'indicator', 'group_type', 'pref_code'],
  row: z.object({
    fiscal_year: fiscalYear(),
    indicator: indicator(),
    group_type: column(
      z.enum(GROUP_TYPES),
      '比較グループ：national = 全国47拠点、bureau = 同じ経済産業局（沖縄は沖縄総合事務局）管内の他拠点、size_consultations = その年度の相談実績件数（r6_consultations）の対数の差が最も小さい他の5拠点（件数が0または ok でない拠点は対象外）、size_coordinators = 年度末在籍CCO・CO数の差が最も小さい他の5拠点',
    ),
    pref_code: column(
      z.string().nullable(),
      '比較グループを持つ拠点の都道府県コード（national の行は空欄）',
    ),
    peers: column(
      z.array(z.string()),
      '比較グループの拠点の都道府県コード（コード順。national は47拠点すべて。他拠点のない管内などでは空）',
    ),
    n_centres: column(
      z.int(),
      'peers のうち指標の status が ok で、中央値・四分位数の計算に使った拠点数',
    ),
    median: column(z.number().nullable(), '中央値（n_centres が0のときは空欄）'),
    q1: column(z.number().nullable(), '第1四分位数（25%点、線形補間。n_centres が0のときは空欄）'),
    q3: column(z.number().nullable(), '第3四分位数（75%点、線形補間。n_centres が0のときは空欄）'),
  }),
  inBrowserDb: false,
  json: true,
});

export const INDICATOR_INTERVALS_TABLE = publishedTable({
  name: 'indicator_intervals',
  title: 'アンケート指標の95%信頼区間（Wilsonのスコア区間）',
  titleEn: '95% confidence intervals of the survey indicators (Wilson score)',
  descriptionEn:
    '95% Wilson score intervals for the satisfaction (r6_sat_*) and survey (r8_selfdrive, r8_outlook) shares, from the number of answers and of answers 4 or 5. Only rows whose indicator status is ok (10 answers or more).',
  description:
    '顧客満足度（r6_sat_*）とアンケート（r8_selfdrive・r8_outlook）の割合について、回答数と4・5の回答数から求めた95%信頼区間（Wilsonのスコア区間、z = 1.959963984540054）。指標の status が ok の行（回答10件以上）だけを載せています。',
  sortBy: ['fiscal_year', 'pref_code', 'indicator'],
  row: z.object({
    fiscal_year: fiscalYear(),
    pref_code: prefCode(),
    indicator: indicator(),
    n: column(z.int(), '回答数（件）'),
    positive: column(z.int(), '4または5の回答数（件）'),
    share: column(z.number(), '割合（positive ÷ n、0〜1の小数）'),
    lower: column(z.number(), '95%信頼区間の下限（0〜1）'),
    upper: column(z.number(), '95%信頼区間の上限（0〜1）'),
  }),
  inBrowserDb: false,
  json: true,
});

export const REFERENCE_TABLES = [
  COORDINATOR_COUNTS_TABLE,
  RATES_TABLE,
  REFERENCE_VALUES_TABLE,
  INDICATOR_INTERVALS_TABLE,
] as const;
