// initiatives: the centres' own initiatives (format README, "initiatives/*.md"; report §6⑧),
// one row per Markdown file, published whole so that good practice spreads (§3(3)②i).
// Title, outcome and body are the centre's own words: untrusted text, never HTML.
import { z } from 'zod';
import { INITIATIVE_KINDS, INITIATIVE_STAGES } from '../initiative-codes.ts';
import { CASES_TABLE } from './catalogue.ts';
import { column, publishedTable } from './table.ts';

// The centre and the year as the case studies publish them, the other catalogue of centres' texts.
const { pref_code, fiscal_year } = CASES_TABLE.row.shape;

export const INITIATIVES_TABLE = publishedTable({
  name: 'initiatives',
  title: '拠点独自の取組',
  titleEn: "Centres' own initiatives",
  descriptionEn:
    "Initiatives each centre runs for its region (business matching, seminars, outreach sessions, joint projects with other agencies). One row per initiative. Titles, outcomes and bodies are the centres' own words, never treated as HTML.",
  description:
    '各拠点が地域の課題に応じて実施する独自の取組（商談会、セミナー、出張相談会、他機関との共同事業など）。1取組1行。題名・成果・本文は拠点が書いた文章で、HTML としては扱いません。',
  sortBy: ['fiscal_year', 'pref_code', 'id'],
  row: z.object({
    id: column(z.string(), '取組のID'),
    pref_code,
    fiscal_year,
    title: column(z.string(), '題名'),
    kind: column(z.enum(INITIATIVE_KINDS), '取組の種類のコード（initiative_kinds）', true),
    stage: column(z.enum(INITIATIVE_STAGES), "段階：'planned'（計画）、'done'（実施済み）", true),
    start: column(z.iso.date(), '開始日 (YYYY-MM-DD)'),
    end: column(z.iso.date().nullable(), '終了日 (YYYY-MM-DD、空欄あり)'),
    topics: column(z.array(z.string()), '対象の相談内容のコード'),
    partners: column(z.array(z.string()), '連携した支援機関のコード'),
    participants: column(z.int().nullable(), '参加者数（人、空欄あり）'),
    businesses: column(z.int().nullable(), '参加事業者数（者、空欄あり）'),
    outcome: column(z.string().nullable(), '成果（1行。実施済みの取組のみ）'),
    body: column(z.string(), '本文 (Markdown)'),
  }),
  inBrowserDb: true,
  json: true,
});
