// targets: each centre's plan target per indicator and year beside the published value
// (indicators.md, "Targets"). A target never reveals a suppressed figure: value, ratio and
// met are empty unless the value's status is ok.
import { z } from 'zod';
import { INDICATOR_STATUS, INDICATORS_TABLE } from './indicators.ts';
import { column, publishedTable } from './table.ts';

// The year and the indicator are the indicators table's own columns: a target row joins it.
const { fiscal_year, indicator } = INDICATORS_TABLE.row.shape;

export const TARGETS_TABLE = publishedTable({
  name: 'targets',
  title: '実施計画の目標値と実績',
  titleEn: 'Plan targets and results',
  descriptionEn:
    "Each centre's target per indicator from its annual plan beside the published value of that year (as in indicators.csv). Value, ratio and met are empty where the value is suppressed or unavailable. For a centre to compare with its own plan, not a ranking of centres.",
  description:
    '各拠点が実施計画書で定めた指標ごとの目標値と、その年度の公表値（indicators.csv と同じ）。値が秘匿またはデータなしの行は、値・達成率・達成を空欄にしています。達成状況は各拠点が自らの計画と比べるためのもので、拠点の順位ではありません。',
  sortBy: ['fiscal_year', 'pref_code', 'indicator'],
  row: z.object({
    fiscal_year,
    pref_code: column(z.string(), '都道府県コード（JIS X 0401）'),
    indicator,
    target: column(z.number(), '目標値（実施計画書の値、指標の単位）'),
    value: column(z.number().nullable(), '実績値（indicators.csv の値。status が ok の場合のみ）'),
    status: column(
      z.enum(INDICATOR_STATUS),
      '実績値の status：ok = 公表、suppressed = 秘匿、na = 算出できない（その年度の相談がない場合も na）',
    ),
    ratio: column(
      z.number().nullable(),
      '達成率（実績 ÷ 目標）。件数・金額の指標で、status が ok かつ目標が 0 より大きい場合のみ',
    ),
    met: column(
      z.int().min(0).max(1).nullable(),
      '達成（1 = 実績 ≥ 目標、0 = 未達）。status が ok の場合のみ',
    ),
  }),
  inBrowserDb: true,
  json: true,
});
