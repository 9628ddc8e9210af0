// Consultation-level microdata (disclosure.md, "Consultation-level microdata"): only the
// allowed columns, the fiscal quarter instead of the month (disclosure.md: "a coarser
// period"), k-anonymised over (fiscal_year, pref_code, quarter, industry, employees_band,
// legal_form), and how many consultations that withheld or generalised.
import { z } from 'zod';
import { codes, prefCodes, vocab } from '../../lib/vocab.ts';
import { GENERALISED, K_ANONYMITY } from './disclosure-rules.ts';
import { column, columnNames, publishedTable } from './table.ts';

const generalisedNote = `k 匿名化で一般化された行は '${GENERALISED}'`;
/** One release, one answer (disclosure.md): the rows of a suppressed aggregate cell. */
const inSuppressedCell = (table: string) =>
  `集計表 ${table} で秘匿されたセル（年度・拠点または全国・この値）に入る行`;
const suppressedNote = (table: string) => `${inSuppressedCell(table)}は '${GENERALISED}'`;
/** A quasi-identifier: generalised by k-anonymity and by the one-answer rule. */
const bothNote = (table: string) =>
  `k 匿名化で一般化された行と、${inSuppressedCell(table)}は '${GENERALISED}'`;
/** The codes of a column, and the value generalisation (k-anonymity or one answer) gives it. */
const orGeneralised = (list: readonly { code: string }[]) => z.enum([...codes(list), GENERALISED]);

const microdataRow = z.object({
  fiscal_year: column(z.int(), '年度（4月〜翌3月、開始年で表す）'),
  // Its codes are the quarters present, known only after the run (microdata.ts adds them).
  quarter: column(
    z.string().regex(/^(\d{4}-Q[1-4]|\*)$/),
    `相談の四半期 (YYYY-Qn)：年度と、その第n四半期（Q1 = 4〜6月、Q2 = 7〜9月、Q3 = 10〜12月、Q4 = 翌年1〜3月）。2025-Q4 は 2026年1〜3月。${suppressedNote('consultations_by_month')}（月のセル）`,
  ),
  pref_code: column(z.enum(prefCodes), '相談を受けた拠点の都道府県コード (01–47)', true),
  primary_topic: column(
    orGeneralised(vocab.topics),
    `主な相談内容（topics の先頭）のコード。${suppressedNote('consultations_by_topic')}`,
    true,
  ),
  topics: column(
    z.array(orGeneralised(vocab.topics)),
    `相談内容のコード（1〜3個、先頭が主な相談内容）。主な相談内容が '${GENERALISED}' の行は先頭も '${GENERALISED}'`,
    true,
  ),
  legal_form: column(orGeneralised(vocab.legalForms), `法人形態のコード。${generalisedNote}`, true),
  employees_band: column(
    orGeneralised(vocab.employeeBands).nullable(),
    `従業員規模のコード。創業予定者は空欄。${bothNote('consultations_by_employees_band')}`,
    true,
  ),
  industry: column(
    orGeneralised(vocab.industries).nullable(),
    `業種のコード。創業予定者は空欄のことがある。${bothNote('consultations_by_industry')}`,
    true,
  ),
  channel: column(
    orGeneralised(vocab.channels),
    `相談の方法のコード。${suppressedNote('consultations_by_channel')}`,
    true,
  ),
  phase: column(z.int(), '支援フェーズ (1 または 2)'),
  issue_resolved: column(z.boolean(), 'この相談で課題解決が確認された (true/false)'),
  counted_resolved: column(
    z.boolean(),
    '課題解決件数 (r8_resolved) に数える相談：issue_resolved が true で、主な相談内容が除外対象（記帳・税務、持続化補助金等の事業計画策定、労務管理）でない',
  ),
  outcome_confirmed: column(z.boolean(), 'この相談で成果が確認された (true/false)'),
  referred_to: column(
    z.array(orGeneralised(vocab.agencies)),
    `紹介先の支援機関のコード（0個以上）。consultations_by_agency（referred）で秘匿されたセルの機関は '${GENERALISED}'`,
    true,
  ),
  joint_with: column(
    z.array(orGeneralised(vocab.agencies)),
    `同席した支援機関のコード（0個以上）。consultations_by_agency（joint）で秘匿されたセルの機関は '${GENERALISED}'`,
    true,
  ),
});

/** The microdata's columns, exactly those disclosure.md allows, in this order. */
export const MICRODATA_COLUMNS = columnNames(microdataRow);

export const MICRODATA_TABLE = publishedTable({
  name: 'microdata',
  title: '相談対応の個票データ（匿名化済み）',
  titleEn: 'Consultation microdata (anonymised)',
  descriptionEn:
    'One row per consultation, without identifiers of businesses, consultations or coordinators, consultation dates or durations. Industry, employee band and legal form are generalised in that order until every combination of (fiscal year, centre, industry, employee band, legal form) covers enough businesses (k-anonymity); rows that still do not are withheld (counted in microdata_disclosure). The CSV is one ZIP archive per fiscal year.',
  description:
    `相談1件を1行とする個票。事業者・相談・コーディネーターの識別子、相談日、相談時間は含まない。` +
    '相談の時期は四半期（月より細かくしない）。' +
    `(年度, 拠点, 四半期, 業種, 従業員規模, 法人形態) のどの組合せも${K_ANONYMITY}事業者以上から成るよう、` +
    `業種→従業員規模→法人形態の順に '${GENERALISED}' へ一般化し、それでも満たさない行は公表しない（件数は microdata_disclosure）。` +
    `集計表で秘匿されたセルに入る値（主な相談内容・業種・従業員規模・相談の方法・支援機関、秘匿された月の相談は四半期）も先に '${GENERALISED}' にし、集計表が隠す数を個票から数えられないようにしている。` +
    'CSV は年度ごとのファイル（Excel で開ける行数は1シート 1,048,576 行まで）。',
  // Then every other column, so the order of rows depends only on published values (never
  // on the input's order) and the same export always gives the same file.
  sortBy: [
    'fiscal_year',
    'pref_code',
    'quarter',
    ...MICRODATA_COLUMNS.filter((c) => !['fiscal_year', 'pref_code', 'quarter'].includes(c)),
  ],
  row: microdataRow,
  inBrowserDb: true,
  presorted: true,
  csvPerFiscalYear: true,
});

export const MICRODATA_DISCLOSURE_TABLE = publishedTable({
  name: 'microdata_disclosure',
  title: '個票データの匿名化の状況',
  titleEn: 'Anonymisation of the microdata',
  descriptionEn:
    'Per fiscal year and centre: consultations, and how many of them are in the microdata as they are, generalised, or withheld. Counts from the microdata fall short of the true counts by the withheld rows.',
  description:
    '年度・拠点ごとに、相談件数のうち個票データに載せた件数、一般化した件数、公表しなかった件数。個票データから集計した数がこの差だけ実際より少なくなる。',
  sortBy: ['fiscal_year', 'pref_code'],
  row: z.object({
    fiscal_year: column(z.int(), '年度'),
    pref_code: column(z.string(), '拠点の都道府県コード (01–47)'),
    consultations: column(z.int(), '相談件数（件、入力のすべての行）'),
    rows_published: column(z.int(), '個票データに載せた件数（件）'),
    rows_generalised: column(
      z.int(),
      `個票データに載せたうち、業種・従業員規模・法人形態のいずれかを '${GENERALISED}' に一般化した件数（件）`,
    ),
    rows_generalised_cells: column(
      z.int(),
      `個票データに載せたうち、集計表で秘匿されたセルに入るため、いずれかの値を '${GENERALISED}' に一般化した件数（件。この理由で公表しなかった行はない）`,
    ),
    rows_withheld: column(z.int(), '匿名性を保てないため個票データに載せなかった件数（件）'),
  }),
  inBrowserDb: true,
  json: true,
});
