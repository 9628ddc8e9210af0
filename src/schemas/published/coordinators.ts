// Coordinator profiles and per-coordinator figures (disclosure.md, "Coordinator profiles"):
// consenting coordinators only, the allowed profile columns (plus co_id, the key of a
// profile page), and figures only where they rest on at least MIN_FIGURE_BASE.
import { z } from 'zod';
import { MIN_FIGURE_BASE } from './disclosure-rules.ts';
import { column, columnNames, optionalText, publishedTable } from './table.ts';

/** A figure's status: shown, hidden for resting on too few, or nothing to show. */
const FIGURE_STATUS = ['ok', 'suppressed', 'na'] as const;

const coordinatorRow = z.object({
  co_id: column(z.string(), 'コーディネーターのID（プロフィールページのURLに使う）'),
  display_name: column(optionalText(), '公開名'),
  pref_code: column(z.string(), '所属拠点の都道府県コード (01–47)'),
  role: column(z.enum(['CCO', 'CO']), "役割：'CCO'（チーフコーディネーター）または 'CO'"),
  qualifications: column(z.array(z.string()), '保有資格のコード'),
  specialties: column(z.array(z.string()), '得意分野（相談内容のコード、1〜6個）'),
  industries: column(z.array(z.string()), '詳しい業種のコード'),
  online: column(z.boolean(), 'オンライン相談（他県からを含む）に対応する (true/false)'),
  languages: column(z.array(z.string()), '対応言語のコード'),
  bio: column(optionalText(), '自己紹介（本人が書いた文章。HTML としては扱わない）'),
  joined: column(z.string(), '着任月 (YYYY-MM)'),
});

/** Profile columns published, in order. */
export const COORDINATOR_COLUMNS = columnNames(coordinatorRow);

export const COORDINATORS_TABLE = publishedTable({
  name: 'coordinators',
  title: 'コーディネーターのプロフィール',
  titleEn: 'Coordinator profiles',
  descriptionEn:
    'One row per coordinator (CO or CCO) who consented to a public profile. Anyone without consent is left out entirely: no name, biography or ID.',
  description:
    'プロフィールの公開に同意したコーディネーター（CO・CCO）だけを1人1行で掲載。同意のない人は氏名・紹介文・IDを含めて一切載せない。',
  sortBy: ['pref_code', 'co_id'],
  row: coordinatorRow,
  inBrowserDb: false,
  json: true,
});

export const COORDINATOR_FIGURES_TABLE = publishedTable({
  name: 'coordinator_figures',
  title: 'コーディネーター別の相談件数と満足度',
  titleEn: 'Consultations and satisfaction by coordinator',
  descriptionEn:
    'Consultations handled per fiscal year and the survey satisfaction share of each coordinator who consented to a public profile. Each figure is shown only when based on enough cases (see the column meanings).',
  description: `公開に同意したコーディネーターの年度ごとの担当相談件数と、アンケートの満足度。どの数値も${MIN_FIGURE_BASE}件以上に基づく場合だけ示す。`,
  sortBy: ['fiscal_year', 'pref_code', 'co_id'],
  row: z.object({
    fiscal_year: column(z.int(), '年度（4月〜翌3月、開始年で表す）'),
    pref_code: column(z.string(), '所属拠点の都道府県コード (01–47)'),
    co_id: column(z.string(), 'コーディネーターのID'),
    consultations: column(
      z.int().nullable(),
      `担当した相談件数（件）。${MIN_FIGURE_BASE}件未満は空欄`,
    ),
    consultations_status: column(
      z.enum(FIGURE_STATUS),
      `'ok'（${MIN_FIGURE_BASE}件以上）、'suppressed'（1〜${MIN_FIGURE_BASE - 1}件のため、または拠点の合計から逆算されないよう非表示）、'na'（0件）`,
    ),
    survey_answers: column(
      z.int().nullable(),
      `満足度の設問に回答があったアンケートの数（件）。${MIN_FIGURE_BASE}件未満は空欄`,
    ),
    satisfied_share: column(
      z.number().nullable(),
      `満足度が「大変満足」「満足」(4・5) の割合 (0–1)。回答${MIN_FIGURE_BASE}件未満は空欄`,
    ),
    survey_status: column(
      z.enum(FIGURE_STATUS),
      `'ok'（回答${MIN_FIGURE_BASE}件以上）、'suppressed'（1〜${MIN_FIGURE_BASE - 1}件のため、または拠点の合計から逆算されないよう非表示）、'na'（回答なし）`,
    ),
  }),
  inBrowserDb: false,
  json: true,
});
