// Coordinator profiles and per-coordinator figures (disclosure.md, "Coordinator profiles"):
// only coordinators with publish_consent, only the allowed profile columns (plus co_id,
// the key of a consenting coordinator's profile page), and figures only where they rest
// on at least 10 consultations or 10 answered surveys.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { PublishedTable } from '../publish/published-table.ts';
import { fiscalYear, query } from './sql.ts';

/** A per-coordinator figure is shown only when it rests on at least this many. */
export const MIN_FIGURE_BASE = 10;

export interface CoordinatorSummary {
  published: number;
  withheld_no_consent: number;
}

/** Profile columns published, in order. */
export const COORDINATOR_COLUMNS = [
  'co_id',
  'display_name',
  'pref_code',
  'role',
  'qualifications',
  'specialties',
  'industries',
  'online',
  'languages',
  'bio',
  'joined',
] as const;

const status = (n: string) =>
  `CASE WHEN ${n} >= ${MIN_FIGURE_BASE} THEN 'ok' WHEN ${n} > 0 THEN 'suppressed' ELSE 'na' END`;

export async function buildCoordinators(
  conn: DuckDBConnection,
): Promise<{ tables: PublishedTable[]; summary: CoordinatorSummary }> {
  await conn.run(`
    CREATE OR REPLACE TABLE pub.coordinators AS
    SELECT ${COORDINATOR_COLUMNS.join(', ')} FROM coordinators
    WHERE publish_consent ORDER BY pref_code, co_id`);

  await conn.run(`
    CREATE OR REPLACE TABLE pub.coordinator_figures AS
    WITH handled AS (
      SELECT c.co_id, ${fiscalYear('c.date')} AS fy, count(*) AS n
      FROM consultations c SEMI JOIN pub.coordinators p ON p.co_id = c.co_id
      GROUP BY ALL),
    rated AS (
      SELECT s.co_id, ${fiscalYear('s.date')} AS fy, count(s.q_satisfaction) AS answered,
        count(*) FILTER (WHERE s.q_satisfaction >= 4) AS satisfied
      FROM surveys s SEMI JOIN pub.coordinators p ON p.co_id = s.co_id
      GROUP BY ALL),
    figures AS (
      SELECT co_id, fy, coalesce(h.n, 0) AS n, coalesce(r.answered, 0) AS answered,
        coalesce(r.satisfied, 0) AS satisfied
      FROM handled h FULL JOIN rated r USING (co_id, fy))
    SELECT f.fy AS fiscal_year, p.pref_code, f.co_id,
      CASE WHEN f.n >= ${MIN_FIGURE_BASE} THEN f.n END::INTEGER AS consultations,
      ${status('f.n')} AS consultations_status,
      CASE WHEN f.answered >= ${MIN_FIGURE_BASE} THEN f.answered END::INTEGER AS survey_answers,
      CASE WHEN f.answered >= ${MIN_FIGURE_BASE} THEN f.satisfied / f.answered END::DOUBLE
        AS satisfied_share,
      ${status('f.answered')} AS survey_status
    FROM figures f JOIN pub.coordinators p USING (co_id)
    ORDER BY fiscal_year, p.pref_code, f.co_id`);

  const [s] = await query<CoordinatorSummary>(
    conn,
    `SELECT (count(*) FILTER (WHERE publish_consent))::INTEGER AS published,
       (count(*) FILTER (WHERE NOT publish_consent))::INTEGER AS withheld_no_consent
     FROM coordinators`,
  );
  return { tables: [COORDINATORS_TABLE, COORDINATOR_FIGURES_TABLE], summary: s! };
}

export const COORDINATORS_TABLE: PublishedTable = {
  name: 'coordinators',
  title: 'コーディネーターのプロフィール',
  description:
    'プロフィールの公開に同意したコーディネーター（CO・CCO）だけを1人1行で掲載。同意のない人は氏名・紹介文・IDを含めて一切載せない。',
  sortBy: ['pref_code', 'co_id'],
  columns: [
    { name: 'co_id', meaning: 'コーディネーターのID（プロフィールページのURLに使う）' },
    { name: 'display_name', meaning: '公開名' },
    { name: 'pref_code', meaning: '所属拠点の都道府県コード (01–47)' },
    { name: 'role', meaning: "役割：'CCO'（チーフコーディネーター）または 'CO'" },
    { name: 'qualifications', meaning: '保有資格のコード' },
    { name: 'specialties', meaning: '得意分野（相談内容のコード、1〜6個）' },
    { name: 'industries', meaning: '詳しい業種のコード' },
    { name: 'online', meaning: 'オンライン相談（他県からを含む）に対応する (true/false)' },
    { name: 'languages', meaning: '対応言語のコード' },
    { name: 'bio', meaning: '自己紹介（本人が書いた文章。HTML としては扱わない）' },
    { name: 'joined', meaning: '着任月 (YYYY-MM)' },
  ],
  inBrowserDb: false,
};

export const COORDINATOR_FIGURES_TABLE: PublishedTable = {
  name: 'coordinator_figures',
  title: 'コーディネーター別の相談件数と満足度',
  description: `公開に同意したコーディネーターの年度ごとの担当相談件数と、アンケートの満足度。どの数値も${MIN_FIGURE_BASE}件以上に基づく場合だけ示す。`,
  sortBy: ['fiscal_year', 'pref_code', 'co_id'],
  columns: [
    { name: 'fiscal_year', meaning: '年度（4月〜翌3月、開始年で表す）' },
    { name: 'pref_code', meaning: '所属拠点の都道府県コード (01–47)' },
    { name: 'co_id', meaning: 'コーディネーターのID' },
    {
      name: 'consultations',
      meaning: `担当した相談件数（件）。${MIN_FIGURE_BASE}件未満は空欄`,
    },
    {
      name: 'consultations_status',
      meaning: `'ok'（${MIN_FIGURE_BASE}件以上）、'suppressed'（1〜${MIN_FIGURE_BASE - 1}件のため非表示）、'na'（0件）`,
    },
    {
      name: 'survey_answers',
      meaning: `満足度の設問に回答があったアンケートの数（件）。${MIN_FIGURE_BASE}件未満は空欄`,
    },
    {
      name: 'satisfied_share',
      meaning: `満足度が「大変満足」「満足」(4・5) の割合 (0–1)。回答${MIN_FIGURE_BASE}件未満は空欄`,
    },
    {
      name: 'survey_status',
      meaning: `'ok'（回答${MIN_FIGURE_BASE}件以上）、'suppressed'（1〜${MIN_FIGURE_BASE - 1}件のため非表示）、'na'（回答なし）`,
    },
  ],
  inBrowserDb: false,
};
