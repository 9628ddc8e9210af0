// consultations_by_<dimension>: consultations and distinct businesses per fiscal year,
// centre (and the nation, `00`) and one category, with small-count and complementary
// suppression (disclosure.md, "Aggregate tables"). Five tables of one shape.
import { z } from 'zod';
import { CELL_STATUS, MIN_BUSINESSES, TOTAL } from './disclosure-rules.ts';
import { column, publishedTable } from './table.ts';

/** The category columns, each of its own table `consultations_by_<column>`. */
export type MixDimension = 'topic' | 'industry' | 'employees_band' | 'channel' | 'month';

const DIMENSION: Record<
  MixDimension,
  { label: string; title: string; meaning: string; nullable: boolean; labelEn: string }
> = {
  topic: {
    labelEn: 'main topic',
    label: '主な相談内容',
    title: '主な相談内容別の相談件数・事業者数',
    meaning: '主な相談内容（相談内容の先頭）のコード',
    nullable: false,
  },
  industry: {
    labelEn: 'industry',
    label: '業種',
    title: '業種別の相談件数・事業者数',
    meaning: '業種のコード。空欄は業種のない創業予定者',
    nullable: true,
  },
  employees_band: {
    labelEn: 'employee band',
    label: '従業員規模',
    title: '従業員規模別の相談件数・事業者数',
    meaning: '従業員規模のコード。空欄は創業予定者',
    nullable: true,
  },
  channel: {
    labelEn: 'channel',
    label: '相談の方法',
    title: '相談の方法別の相談件数・事業者数',
    meaning: '相談の方法のコード',
    nullable: false,
  },
  month: {
    labelEn: 'month',
    label: '月',
    title: '月別の相談件数・事業者数',
    meaning: '相談月 (YYYY-MM)',
    nullable: false,
  },
};

/** Meanings the aggregate tables share (consultations_by_agency too). */
export const AGGREGATE_MEANING = {
  fiscal_year: '年度（4月〜翌3月、開始年で表す）',
  pref_code: '拠点の都道府県コード (01–47)。00 は全国',
  consultations: '相談件数（件）。秘匿したセルは空欄',
  businesses:
    '名寄せ後の事業者数（者）。全国は複数拠点に相談した事業者も1と数える。秘匿したセルは空欄',
  status: "'ok'（公表）または 'suppressed'（秘匿）",
} as const;

/** The count columns of an aggregate row: empty in a suppressed cell. */
export const aggregateCounts = () => ({
  consultations: column(z.int().nullable(), AGGREGATE_MEANING.consultations),
  businesses: column(z.int().nullable(), AGGREGATE_MEANING.businesses),
  status: column(z.enum(CELL_STATUS), AGGREGATE_MEANING.status),
});

function consultationsBy<D extends MixDimension>(dimension: D) {
  const d = DIMENSION[dimension];
  const category = column(
    d.nullable ? z.string().nullable() : z.string(),
    `${d.meaning}。'${TOTAL}' は合計行`,
  );
  return publishedTable({
    name: `consultations_by_${dimension}`,
    title: d.title,
    titleEn: `Consultations and businesses by ${d.labelEn}`,
    descriptionEn:
      `Consultations and distinct businesses (after record linkage) per fiscal year, centre (00 is the nation) and ${d.labelEn}. ` +
      `Rows where ${dimension} is '${TOTAL}' are the totals of that year and centre. Cells with fewer than ${MIN_BUSINESSES} businesses, ` +
      `and cells chosen in addition so that they cannot be recovered from the totals, are suppressed (empty counts, status suppressed).`,
    description:
      `年度・拠点（00 は全国）・${d.label}ごとの相談件数と名寄せ後の事業者数。` +
      `${dimension} が '${TOTAL}' の行はその年度・拠点の合計。事業者数が${MIN_BUSINESSES}未満のセルと、` +
      `合計からの差し引きでそれを復元できないよう追加で選んだセルは秘匿（数値は空欄、status は suppressed）。`,
    sortBy: ['fiscal_year', 'pref_code', dimension],
    row: z.object({
      fiscal_year: column(z.int(), AGGREGATE_MEANING.fiscal_year),
      pref_code: column(z.string(), AGGREGATE_MEANING.pref_code),
      ...({ [dimension]: category } as Record<D, typeof category>),
      ...aggregateCounts(),
    }),
    inBrowserDb: true,
    json: true,
  });
}

export const CONSULTATIONS_BY = {
  topic: consultationsBy('topic'),
  industry: consultationsBy('industry'),
  employees_band: consultationsBy('employees_band'),
  channel: consultationsBy('channel'),
  month: consultationsBy('month'),
};
