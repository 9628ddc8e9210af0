// The Japanese query set that measures search quality: each query names, as a rule over the
// published data, the coordinator profiles, support menus and case studies it must find.
import { vocab } from '../../src/lib/vocab.ts';
import { caseUrl, coUrl, menuUrl, published } from './directory-data.ts';

export interface QueryCase {
  q: string;
  why: string;
  /** URLs the query must find, from the published data of the build */
  expected: string[];
}

const { coordinators, menus, cases } = published;

/** Profiles with the specialty, menus and cases with the topic. */
function byTopic(topic: string): string[] {
  return [
    ...coordinators.filter((c) => c.specialties.includes(topic)).map((c) => coUrl(c.co_id)),
    ...menus.filter((m) => m.topics.includes(topic)).map((m) => menuUrl(m.menu_id)),
    ...cases.filter((c) => c.topics.includes(topic)).map((c) => caseUrl(c.id)),
  ];
}
const byQualification = (code: string): string[] =>
  coordinators.filter((c) => c.qualifications.includes(code)).map((c) => coUrl(c.co_id));
const byLanguage = (code: string): string[] =>
  coordinators.filter((c) => c.languages.includes(code)).map((c) => coUrl(c.co_id));
/** Everything of a centre: its coordinators, menus and cases all name the centre. */
function byCentre(pref: string): string[] {
  return [
    ...coordinators.filter((c) => c.pref_code === pref).map((c) => coUrl(c.co_id)),
    ...menus.filter((m) => m.pref_code === pref).map((m) => menuUrl(m.menu_id)),
    ...cases.filter((c) => c.pref_code === pref).map((c) => caseUrl(c.id)),
  ];
}
const both = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
const centre = (pref: string) => {
  const c = vocab.centres.find((x) => x.pref_code === pref);
  if (!c) throw new Error(`no centre ${pref}`);
  return c;
};

const topic = (q: string, code: string): QueryCase => ({
  q,
  why: `topic ${code}`,
  expected: byTopic(code),
});
const qualification = (q: string, code: string): QueryCase => ({
  q,
  why: `qualification ${code}`,
  expected: byQualification(code),
});
const place = (q: string, pref: string): QueryCase => ({
  q,
  why: `centre ${pref}`,
  expected: byCentre(pref),
});

export const QUERIES: QueryCase[] = [
  // The most asked-for specialties first, then other topics and everyday words for them.
  topic('事業承継', 'succession'),
  topic('販路開拓', 'sales_channel'),
  topic('価格転嫁', 'pricing'),
  topic('IT導入', 'it_dx'),
  topic('資金繰り', 'finance'),
  topic('後継者', 'succession'),
  topic('DX', 'it_dx'),
  topic('創業', 'startup'),
  topic('海外展開', 'overseas'),
  topic('知的財産', 'ip'),
  topic('労務管理', 'labor'),
  topic('人材確保', 'hr'),
  topic('補助金', 'subsidy_plan'),
  topic('生産性向上', 'productivity'),
  topic('原価管理', 'pricing'),
  // Katakana.
  topic('デザイン', 'design_brand'),
  topic('ブランディング', 'design_brand'),
  topic('ネットショップ', 'web_ec'),
  topic('マーケティング', 'sales_channel'),
  // Qualifications and their everyday abbreviations.
  qualification('中小企業診断士', 'sme_consultant'),
  qualification('診断士', 'sme_consultant'),
  qualification('社会保険労務士', 'labor_consultant'),
  qualification('社労士', 'labor_consultant'),
  qualification('税理士', 'tax_accountant'),
  qualification('ITコーディネータ', 'it_coordinator'),
  qualification('行政書士', 'admin_scrivener'),
  qualification('ファイナンシャルプランナー', 'financial_planner'),
  // Centres and prefectures.
  place('北海道', '01'),
  place('東京都', '13'),
  place('大阪府', '27'),
  place('沖縄県', '47'),
  place(centre('40').center_name, '40'),
  place(centre('26').center_name, '26'),
  // Languages and a two-word query (every word must match).
  { q: '英語', why: 'language en', expected: byLanguage('en') },
  { q: 'ベトナム語', why: 'language vi', expected: byLanguage('vi') },
  twoWords('事業承継'),
];

/** "<topic> <prefecture>" for the first centre (JIS order) with something of that topic. */
function twoWords(topicName: string): QueryCase {
  const code = vocab.topics.find((t) => t.name.startsWith(topicName))?.code ?? '';
  for (const c of vocab.centres) {
    const expected = both(byTopic(code), byCentre(c.pref_code));
    if (expected.length > 0)
      return { q: `${topicName} ${c.prefecture}`, why: 'two words', expected };
  }
  throw new Error(`no centre has anything of ${topicName}`);
}

/**
 * Queries that name a specialty (the most common specialties of the national sample, and the
 * review's example 事業承継) with its code: the coordinators who list it must come first.
 */
export const SPECIALTY_QUERIES: { q: string; topic: string }[] = [
  { q: '事業承継', topic: 'succession' },
  { q: '販路開拓', topic: 'sales_channel' },
  { q: '資金繰り', topic: 'finance' },
  { q: '経営改善', topic: 'mgmt_plan' },
  { q: 'ネットショップ', topic: 'web_ec' },
  { q: 'IT導入', topic: 'it_dx' },
];
