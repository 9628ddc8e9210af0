// Support menus, case studies and centre capacity (disclosure.md, "Support menus and case
// studies as given"): published whole, except that co_ids keep only coordinators who
// consented to a public profile.
import { z } from 'zod';
import { MENU_FORMATS } from '../support-menus.ts';
import { column, optionalText, publishedTable } from './table.ts';

const coIds = () =>
  column(z.array(z.string()), '担当するコーディネーターのID（プロフィール公開に同意した人だけ）');
const prefCode = () => column(z.string(), '拠点の都道府県コード (01–47)');

export const SUPPORT_MENUS_TABLE = publishedTable({
  name: 'support_menus',
  title: '支援メニュー',
  titleEn: 'Support menus',
  descriptionEn:
    "The support menus each centre offers (one row per menu). Descriptions are the centres' own words, never treated as HTML.",
  description:
    '各拠点が提供する支援メニュー（1メニュー1行）。説明文は拠点が書いた文章で、HTML としては扱わない。',
  sortBy: ['pref_code', 'menu_id'],
  row: z.object({
    menu_id: column(z.string(), 'メニューのID'),
    pref_code: prefCode(),
    title: column(z.string(), 'メニュー名'),
    topics: column(z.array(z.string()), '対象の相談内容のコード'),
    format: column(
      z.enum(MENU_FORMATS),
      "形式：'individual'（個別相談）、'seminar'（セミナー）、'outreach'（出張相談会）、'clinic'（専門家相談会）、'online'",
    ),
    description: column(optionalText(), '説明（拠点が書いた文章）'),
    co_ids: coIds(),
  }),
  inBrowserDb: false,
  json: true,
});

export const CASES_TABLE = publishedTable({
  name: 'cases',
  title: '成果事例',
  titleEn: 'Case studies',
  descriptionEn:
    "Case studies published with the business's consent (one row per case). Bodies are Markdown, shown with HTML disabled.",
  description:
    '事業者の同意を得て公表する成果事例（1事例1行）。本文は Markdown（HTML は無効にして表示する）。',
  sortBy: ['fiscal_year', 'pref_code', 'id'],
  row: z.object({
    id: column(z.string(), '事例のID'),
    pref_code: prefCode(),
    title: column(z.string(), '題名'),
    fiscal_year: column(z.int(), '年度'),
    industry: column(z.string().nullable(), '業種のコード（空欄あり）'),
    employees_band: column(z.string().nullable(), '従業員規模のコード（空欄あり）'),
    topics: column(z.array(z.string()), '相談内容のコード'),
    agencies: column(z.array(z.string()), '連携した支援機関のコード'),
    co_ids: coIds(),
    outcome: column(z.string(), '成果（1行）'),
    published: column(z.iso.date(), '事例の公表日 (YYYY-MM-DD)'),
    body: column(z.string(), '本文 (Markdown)'),
  }),
  inBrowserDb: false,
  json: true,
});

const count = (meaning: string) => column(z.int(), meaning);

export const CAPACITY_TABLE = publishedTable({
  name: 'capacity',
  title: '拠点の支援能力',
  titleEn: 'Centre support capacity',
  descriptionEn: "Figures on each centre's support capacity per fiscal year (as in capacity.csv).",
  description: '拠点・年度ごとの支援能力に関する数値（capacity.csv のまま）。',
  sortBy: ['fiscal_year', 'pref_code'],
  row: z.object({
    pref_code: prefCode(),
    fiscal_year: column(z.int(), '年度'),
    co_improved: count('支援能力が向上したCO数（人）'),
    trainees: count('他の支援機関からのトレーニー・出向の受入人数（人）'),
    joint_staff: count('COの支援に同席した他の支援機関職員数（人）'),
    lectures: count('他の支援機関の研修講師としてCOが派遣された回数（回）'),
    lecture_attendees: count('その研修の延べ受講人数（人）'),
  }),
  inBrowserDb: false,
  json: true,
});
