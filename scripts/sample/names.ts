// Fictional people and words for free text. Surnames are words that say "sample" (見本,
// 仮名, 架空 …) so no real person is ever named; given names are ordinary.
import type { Rng } from './prng.ts';

const SURNAMES = [
  '見本',
  '仮名',
  '架空',
  '試験',
  '例示',
  '模擬',
  '想定',
  '仮置',
  '試作',
  '標本',
  '雛形',
  '仮設',
] as const;
const GIVEN_NAMES = [
  '太郎',
  '花子',
  '健一',
  '由美',
  '誠',
  '恵子',
  '大輔',
  '明美',
  '翔太',
  '直子',
  '隆',
  '香織',
  '浩二',
  '真理',
  '修',
  '陽子',
  '拓也',
  '美穂',
  '剛',
  '智子',
  '亮',
  '裕子',
  '和也',
  '彩',
] as const;

export function personName(rng: Rng): string {
  return `${rng.pick(SURNAMES)} ${rng.pick(GIVEN_NAMES)}`;
}

/** Words a visitor would search for, per topic code (checked against vocab in tests). */
export const TOPIC_WORDS: Readonly<Record<string, readonly string[]>> = {
  sales_channel: ['販路開拓', '展示会出展', '営業戦略'],
  product_dev: ['新商品開発', 'サービス開発', '試作品の改良'],
  design_brand: ['デザイン', 'ブランディング', 'パッケージ刷新'],
  web_ec: ['ネットショップ', 'SNS活用', 'ホームページ改善'],
  it_dx: ['IT導入', 'DX', 'クラウド会計の導入'],
  pricing: ['価格転嫁', '原価管理', '値上げ交渉'],
  profitability: ['採算の可視化', '管理会計', '部門別損益'],
  finance: ['資金繰り', '融資相談', '資金計画'],
  mgmt_plan: ['経営計画', '経営改善', '事業再生'],
  productivity: ['生産性向上', '省力化', '業務改善'],
  startup: ['創業', '開業準備', '創業計画'],
  succession: ['事業承継', '後継者育成', 'M&A'],
  hr: ['人材確保', '採用', '人材育成'],
  labor: ['労務管理', '就業規則', '働き方改革'],
  bookkeeping: ['記帳', '税務', '決算'],
  subsidy_plan: ['補助金の事業計画', '持続化補助金', '事業計画書'],
  policy_use: ['施策活用', '支援制度の案内', '補助金・助成金'],
  overseas: ['海外展開', '輸出', 'インバウンド'],
  ip: ['知的財産', '商標', '特許'],
  legal: ['契約書', '法務', '取引トラブル'],
  bcp: ['BCP', '災害対応', '事業継続'],
  other: ['経営全般', 'よろず相談', '地域活性化'],
};

/** Everyday short names of some qualifications, as people write them in a bio. */
const QUAL_SHORT: Readonly<Record<string, string>> = {
  sme_consultant: '診断士',
  labor_consultant: '社労士',
  it_coordinator: 'ITC',
  financial_planner: 'FP',
};

const PREVIOUS_JOBS = [
  '地方銀行の融資担当',
  '百貨店のバイヤー',
  '食品メーカーの商品開発',
  '広告制作会社のデザイナー',
  'システム開発会社のエンジニア',
  '会計事務所の職員',
  '商社の海外営業',
  'ホテルの支配人',
  '製造業の工場長',
  '信用金庫の渉外担当',
  '経営コンサルタント',
  '飲食チェーンの店舗統括',
];
const CLOSINGS = [
  'まずはお気軽にご相談ください。',
  '一緒に次の一手を考えましょう。',
  '現場に足を運ぶ支援を大切にしています。',
  '数字と現場の両面から伴走します。',
  '小さな事業者の「困った」に寄り添います。',
  '',
];

/**
 * Openings some bios start with, index for index in two versions. Both keep commas,
 * quotes, line breaks and ampersands, as real self-introductions do, so CSV quoting is
 * exercised in every sample. The hostile version adds markup and script payloads for test
 * exports only (SampleOptions.hostile): the demo data must read like real content.
 */
const PLAIN_BIOS = [
  '事業承継のご相談はお任せください。',
  '販路開拓とデザインが得意です。',
  '"Web, EC, SNS" の相談に対応します。IT導入とDXも支援します。',
  '得意分野：価格転嫁・原価管理\n資格：中小企業診断士\n「まず数字を見る」がモットーです。',
  'R&D支援のほか、資金繰り, 融資, 補助金の相談に対応します。',
] as const;
const HOSTILE_BIOS = [
  '<script>alert(1)</script> 事業承継のご相談はお任せください。',
  '販路開拓とデザインが得意です。<img src=x onerror=alert(1)>',
  '"Web, EC, SNS" の相談に対応します。IT導入と<b>DX</b>も支援します。',
  PLAIN_BIOS[3],
  'R&D支援、&amp;などの記号も含む紹介文です。資金繰り, 融資, 補助金の相談に対応。',
] as const;

export const trickyBios = (hostile: boolean): readonly string[] =>
  hostile ? HOSTILE_BIOS : PLAIN_BIOS;

export interface BioInput {
  qualNames: readonly string[];
  qualCodes: readonly string[];
  specialties: readonly string[];
  industryNames: readonly string[];
  joinedYear: number;
}

/** A Japanese self-introduction (≤ 400 characters) that names the CO's specialties. */
export function makeBio(rng: Rng, b: BioInput): string {
  const parts: string[] = [];
  const q = b.qualCodes[0];
  const qName = b.qualNames[0];
  if (q !== undefined && qName !== undefined) {
    const short = QUAL_SHORT[q];
    const label = short !== undefined && rng.chance(0.5) ? `${qName}（${short}）` : qName;
    parts.push(`${label}として${rng.range(5, 30)}年、中小企業・小規模事業者を支援してきました。`);
  } else {
    parts.push(
      `${rng.pick(PREVIOUS_JOBS)}を経て、${b.joinedYear}年から当拠点のコーディネーターを務めています。`,
    );
  }
  const words = b.specialties.map((t) => rng.pick(TOPIC_WORDS[t] ?? ['経営相談']));
  parts.push(`${words.join('、')}の相談を得意としています。`);
  if (b.industryNames.length > 0) {
    parts.push(`${b.industryNames.join('、')}の事業者の支援経験が豊富です。`);
  }
  if (b.qualNames.length > 1) parts.push(`保有資格：${b.qualNames.join('、')}。`);
  parts.push(rng.pick(CLOSINGS));
  const bio = parts.join('');
  return bio.length <= 400 ? bio : bio.slice(0, 399) + '…';
}
