// Support menus, case studies and centre capacity (disclosure.md, "Support menus and case
// studies as given"): published whole, except that co_ids keep only coordinators who
// consented to a public profile, so a non-consenting coordinator appears nowhere.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PublishedTable } from '../publish/published-table.ts';

/** co_ids of a row (alias t) without non-consenting coordinators, in their order. */
const consentingIds = (t: string) => `list_filter(${t}.co_ids, x -> list_contains(ok.ids, x))`;
const consenting = `(SELECT coalesce(list(co_id), []::VARCHAR[]) AS ids FROM coordinators
  WHERE publish_consent) ok`;

export async function buildCatalogue(conn: DuckDBConnection): Promise<PublishedTable[]> {
  await conn.run(`
    CREATE OR REPLACE TABLE pub.support_menus AS
    SELECT m.menu_id, m.pref_code, m.title, m.topics, m.format, m.description,
      ${consentingIds('m')} AS co_ids
    FROM support_menus m, ${consenting}
    ORDER BY m.pref_code, m.menu_id`);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.cases AS
    SELECT c.id, c.pref_code, c.title, c.fiscal_year, c.industry, c.employees_band, c.topics,
      c.agencies, ${consentingIds('c')} AS co_ids, c.outcome, c.published, c.body
    FROM cases c, ${consenting}
    ORDER BY c.fiscal_year, c.pref_code, c.id`);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.capacity AS
    SELECT pref_code, fiscal_year, co_improved, trainees, joint_staff, lectures, lecture_attendees
    FROM capacity ORDER BY fiscal_year, pref_code`);
  return [SUPPORT_MENUS_TABLE, CASES_TABLE, CAPACITY_TABLE];
}

const coIds = {
  name: 'co_ids',
  meaning: '担当するコーディネーターのID（プロフィール公開に同意した人だけ）',
};

export const SUPPORT_MENUS_TABLE: PublishedTable = {
  name: 'support_menus',
  title: '支援メニュー',
  description:
    '各拠点が提供する支援メニュー（1メニュー1行）。説明文は拠点が書いた文章で、HTML としては扱わない。',
  sortBy: ['pref_code', 'menu_id'],
  columns: [
    { name: 'menu_id', meaning: 'メニューのID' },
    { name: 'pref_code', meaning: '拠点の都道府県コード (01–47)' },
    { name: 'title', meaning: 'メニュー名' },
    { name: 'topics', meaning: '対象の相談内容のコード' },
    {
      name: 'format',
      meaning:
        "形式：'individual'（個別相談）、'seminar'（セミナー）、'outreach'（出張相談会）、'clinic'（専門家相談会）、'online'",
    },
    { name: 'description', meaning: '説明（拠点が書いた文章）' },
    coIds,
  ],
  inBrowserDb: false,
};

export const CASES_TABLE: PublishedTable = {
  name: 'cases',
  title: '成果事例',
  description:
    '事業者の同意を得て公表する成果事例（1事例1行）。本文は Markdown（HTML は無効にして表示する）。',
  sortBy: ['fiscal_year', 'pref_code', 'id'],
  columns: [
    { name: 'id', meaning: '事例のID' },
    { name: 'pref_code', meaning: '拠点の都道府県コード (01–47)' },
    { name: 'title', meaning: '題名' },
    { name: 'fiscal_year', meaning: '年度' },
    { name: 'industry', meaning: '業種のコード（空欄あり）' },
    { name: 'employees_band', meaning: '従業員規模のコード（空欄あり）' },
    { name: 'topics', meaning: '相談内容のコード' },
    { name: 'agencies', meaning: '連携した支援機関のコード' },
    coIds,
    { name: 'outcome', meaning: '成果（1行）' },
    { name: 'published', meaning: '事例の公表日 (YYYY-MM-DD)' },
    { name: 'body', meaning: '本文 (Markdown)' },
  ],
  inBrowserDb: false,
};

export const CAPACITY_TABLE: PublishedTable = {
  name: 'capacity',
  title: '拠点の支援能力',
  description: '拠点・年度ごとの支援能力に関する数値（capacity.csv のまま）。',
  sortBy: ['fiscal_year', 'pref_code'],
  columns: [
    { name: 'pref_code', meaning: '拠点の都道府県コード (01–47)' },
    { name: 'fiscal_year', meaning: '年度' },
    { name: 'co_improved', meaning: '支援能力が向上したCO数（人）' },
    { name: 'trainees', meaning: '他の支援機関からのトレーニー・出向の受入人数（人）' },
    { name: 'joint_staff', meaning: 'COの支援に同席した他の支援機関職員数（人）' },
    { name: 'lectures', meaning: '他の支援機関の研修講師としてCOが派遣された回数（回）' },
    { name: 'lecture_attendees', meaning: 'その研修の延べ受講人数（人）' },
  ],
  inBrowserDb: false,
};
