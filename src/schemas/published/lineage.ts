// Lineage: every number back to its rows (disclosure.md): per fiscal year and centre, and
// for the nation (`00`), the consultations read and what became of them in the microdata,
// so that consultations_in = microdata_rows + microdata_withheld on every row.
import { z } from 'zod';
import { NATION_CODE } from '../codes.ts';
import { GENERALISED } from './disclosure-rules.ts';
import { column, publishedTable } from './table.ts';

export const LINEAGE_TABLE = publishedTable({
  name: 'lineage',
  title: '相談件数の行き先（入力から個票データまで）',
  description:
    `年度・拠点ごと（全国は ${NATION_CODE}）に、入力した相談の件数のうち、個票データに載せた件数と載せなかった件数。` +
    'どの行でも「入力した件数 = 個票データの件数 + 公表しなかった件数」が成り立つ。',
  titleEn: 'Lineage of consultations (from input to microdata)',
  descriptionEn:
    `Per fiscal year and centre (${NATION_CODE} for the nation): the consultations read, and how many ` +
    'of them the microdata carries and withholds. On every row, consultations_in = microdata_rows + microdata_withheld.',
  sortBy: ['fiscal_year', 'pref_code'],
  row: z.object({
    fiscal_year: column(z.int(), '年度'),
    pref_code: column(z.string(), `拠点の都道府県コード (01–47)、全国は ${NATION_CODE}`),
    consultations_in: column(z.int(), '入力 consultations.csv の行数（件）'),
    microdata_rows: column(z.int(), '個票データ microdata に載せた行数（件）'),
    microdata_generalised: column(
      z.int(),
      `個票データに載せたうち、いずれかの値を '${GENERALISED}' に一般化した行数（件。k 匿名化または集計表の秘匿による）`,
    ),
    microdata_withheld: column(z.int(), '匿名性を保てないため個票データに載せなかった行数（件）'),
  }),
  inBrowserDb: true,
  json: true,
});
