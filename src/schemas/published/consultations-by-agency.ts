// consultations_by_agency: per fiscal year, centre (and the nation, `00`), relation and
// agency, the consultations whose referred_to (紹介) or joint_with (同席) lists the agency
// and their distinct businesses, suppressed like the other aggregate tables
// (disclosure.md, "Aggregate tables").
import { z } from 'zod';
import { AGGREGATE_MEANING, aggregateCounts } from './consultations-by.ts';
import { MIN_BUSINESSES } from './disclosure-rules.ts';
import { column, publishedTable } from './table.ts';

/** The relations, in published order. */
const AGENCY_RELATION = ['referred', 'joint'] as const;

export const CONSULTATIONS_BY_AGENCY_TABLE = publishedTable({
  name: 'consultations_by_agency',
  title: '紹介先・連携先の支援機関別の相談件数・事業者数',
  titleEn: 'Consultations and businesses by partner support agency',
  descriptionEn: `Consultations and distinct businesses (after record linkage) per fiscal year, centre (00 is the nation), relation (referral or joint session) and support agency. A consultation involving several agencies counts for each. Cells with fewer than ${MIN_BUSINESSES} businesses, and cells chosen in addition so that they cannot be recovered from the centre totals, are suppressed (empty counts, status suppressed).`,
  description:
    '年度・拠点（00 は全国）・関係（紹介／同席）・支援機関ごとの相談件数と名寄せ後の事業者数。' +
    '1件の相談が複数の支援機関に関わるときは、それぞれの機関に数える。' +
    `事業者数が${MIN_BUSINESSES}未満のセルと、拠点ごとの合計（指標）からの差し引きでそれを復元できないよう` +
    '追加で選んだセルは秘匿（数値は空欄、status は suppressed）。',
  sortBy: ['fiscal_year', 'pref_code', 'relation', 'agency'],
  row: z.object({
    fiscal_year: column(z.int(), AGGREGATE_MEANING.fiscal_year),
    pref_code: column(z.string(), AGGREGATE_MEANING.pref_code),
    relation: column(
      z.enum(AGENCY_RELATION),
      "'referred'（その機関へ紹介した相談）または 'joint'（その機関の職員が同席した相談）",
    ),
    agency: column(z.string(), '支援機関のコード（vocab/agencies.csv）'),
    ...aggregateCounts(),
  }),
  inBrowserDb: true,
  json: true,
});
