// Consultation-level microdata (disclosure.md, "Consultation-level microdata"): only the
// allowed columns, k-anonymised over (fiscal_year, pref_code, industry, employees_band,
// legal_form), and how many consultations that withheld or generalised.
import { z } from 'zod';
import { codes, prefCodes, vocab } from '../../lib/vocab.ts';
import { GENERALISED, K_ANONYMITY } from './disclosure-rules.ts';
import { column, columnNames, publishedTable } from './table.ts';

const generalisedNote = `k 匿名化で一般化された行は '${GENERALISED}'`;
const codesOf = (list: readonly { code: string }[]) => z.enum(codes(list));
/** The codes of a quasi-identifier column, and the value generalisation gives it. */
const orGeneralised = (list: readonly { code: string }[]) => z.enum([...codes(list), GENERALISED]);

const microdataRow = z.object({
  fiscal_year: column(z.int(), '年度（4月〜翌3月、開始年で表す）'),
  // Its codes are the months present, known only after the run (microdata.ts adds them).
  month: column(z.string().regex(/^\d{4}-\d{2}$/), '相談月 (YYYY-MM)'),
  pref_code: column(z.enum(prefCodes), '相談を受けた拠点の都道府県コード (01–47)', true),
  primary_topic: column(codesOf(vocab.topics), '主な相談内容（topics の先頭）のコード', true),
  topics: column(
    z.array(codesOf(vocab.topics)),
    '相談内容のコード（1〜3個、先頭が主な相談内容）',
    true,
  ),
  legal_form: column(orGeneralised(vocab.legalForms), `法人形態のコード。${generalisedNote}`, true),
  employees_band: column(
    orGeneralised(vocab.employeeBands).nullable(),
    `従業員規模のコード。創業予定者は空欄。${generalisedNote}`,
    true,
  ),
  industry: column(
    orGeneralised(vocab.industries).nullable(),
    `業種のコード。創業予定者は空欄のことがある。${generalisedNote}`,
    true,
  ),
  channel: column(codesOf(vocab.channels), '相談の方法のコード', true),
  phase: column(z.int(), '支援フェーズ (1 または 2)'),
  issue_resolved: column(z.boolean(), 'この相談で課題解決が確認された (true/false)'),
  counted_resolved: column(
    z.boolean(),
    '課題解決件数 (r8_resolved) に数える相談：issue_resolved が true で、主な相談内容が除外対象（記帳・税務、持続化補助金等の事業計画策定、労務管理）でない',
  ),
  outcome_confirmed: column(z.boolean(), 'この相談で成果が確認された (true/false)'),
  referred_to: column(
    z.array(codesOf(vocab.agencies)),
    '紹介先の支援機関のコード（0個以上）',
    true,
  ),
  joint_with: column(z.array(codesOf(vocab.agencies)), '同席した支援機関のコード（0個以上）', true),
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
    `(年度, 拠点, 業種, 従業員規模, 法人形態) のどの組合せも${K_ANONYMITY}事業者以上から成るよう、` +
    `業種→従業員規模→法人形態の順に '${GENERALISED}' へ一般化し、それでも満たさない行は公表しない（件数は microdata_disclosure）。` +
    'CSV は年度ごとのファイル（Excel で開ける行数は1シート 1,048,576 行まで）。',
  // Then every other column, so the order of rows depends only on published values (never
  // on the input's order) and the same export always gives the same file.
  sortBy: [
    'fiscal_year',
    'pref_code',
    'month',
    ...MICRODATA_COLUMNS.filter((c) => !['fiscal_year', 'pref_code', 'month'].includes(c)),
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
    rows_withheld: column(z.int(), '匿名性を保てないため個票データに載せなかった件数（件）'),
  }),
  inBrowserDb: true,
  json: true,
});
