// indicators: every indicator for every fiscal year and centre and the nation ('00')
// (indicators.md), as the indicators stage computes them.
import { z } from 'zod';
import { column, publishedTable } from './table.ts';

/** The status of an indicator value (indicators.md, "Status"). */
export const INDICATOR_STATUS = ['ok', 'suppressed', 'na'] as const;

export const INDICATORS_TABLE = publishedTable({
  name: 'indicators',
  title: '拠点別・年度別の評価指標',
  titleEn: 'Evaluation indicators by centre and fiscal year',
  descriptionEn:
    'The FY2024 evaluation indicators (figure 12), the indicators from FY2026 (figures 15 and 16) and the phase transitions (figure 8), per fiscal year and centre (00 is the nation). Shares are decimals from 0 to 1. Rows whose status is not ok have an empty value (suppressed: withheld for confidentiality; na: no data).',
  description:
    '令和6年度の評価指標（図表12）、令和8年度からの評価指標（図表15・16）とフェーズの移行状況（図表8）を、年度・拠点（00は全国）ごとに算出したもの。割合は0〜1の小数。status が ok 以外の行は値を空欄にしています（suppressed: 秘匿、na: データなし）。',
  sortBy: ['fiscal_year', 'pref_code'],
  row: z.object({
    fiscal_year: column(z.int(), '年度（4月〜翌3月、開始年で表示。2024 = 令和6年度）'),
    pref_code: column(z.string(), '都道府県コード（JIS X 0401、00 は全国）'),
    indicator: column(z.string(), '指標ID（方法論ページを参照）'),
    value: column(z.number().nullable(), '値（件数・人数・千円・割合。status が ok の場合のみ）'),
    status: column(
      z.enum(INDICATOR_STATUS),
      'ok = 公表、suppressed = 秘匿（回答1〜9件、または事業者1〜2者）、na = 算出できない（データなし）',
    ),
  }),
  inBrowserDb: false,
  json: true,
});
