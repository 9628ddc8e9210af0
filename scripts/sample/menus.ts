// support_menus.csv: the menus each centre offers. Themes follow the report (価格転嫁
// windows at every centre from FY2023, DX, design, succession …); descriptions are
// untrusted text, so a few carry markup, commas, quotes and line breaks on purpose.
import { prefCodes, vocab } from '../../src/lib/vocab.ts';
import type { MENU_FORMATS } from '../../src/schemas/support-menus.ts';
import { HORIZON_MONTH } from './calendar.ts';
import type { Coordinators } from './coordinators.ts';
import { checkCodes } from './mixes.ts';
import { Rng } from './prng.ts';
import { csvField, csvHeader } from './writer.ts';

type Format = (typeof MENU_FORMATS)[number];

interface MenuTemplate {
  title: string;
  topics: readonly string[];
  format: Format;
  description: string;
}

const TEMPLATES: readonly MenuTemplate[] = [
  {
    title: '価格転嫁・原価管理 個別相談会',
    topics: ['pricing', 'profitability'],
    format: 'clinic',
    description:
      '原価計算の基礎から、取引先との価格交渉の準備まで。製品別・取引先別の採算を一緒に見える化します。',
  },
  {
    title: '事業承継セミナー',
    topics: ['succession'],
    format: 'seminar',
    description:
      '後継者への引継ぎの進め方、株式・資産の整理、従業員への伝え方を事例で学びます。事業承継・引継ぎ支援センターと共催。',
  },
  {
    title: 'ネットショップ開設相談',
    topics: ['web_ec', 'sales_channel'],
    format: 'individual',
    description:
      'ネットショップの開設、商品ページの作り方、SNSとの連携を個別にご相談いただけます。',
  },
  {
    title: 'デザイン・ブランディング相談会',
    topics: ['design_brand', 'product_dev'],
    format: 'clinic',
    description:
      'ロゴ、パッケージ、チラシの見直しなど、デザインとブランディングの専門家が商品の魅力を伝える方法を提案します。',
  },
  {
    title: 'IT導入・DX相談',
    topics: ['it_dx', 'productivity'],
    format: 'online',
    description:
      'クラウド会計、受発注システム、キャッシュレス決済など、IT導入とDXの進め方をオンラインでご相談いただけます。',
  },
  {
    title: '創業塾',
    topics: ['startup', 'finance'],
    format: 'seminar',
    description:
      '全5回で創業計画書を完成させる講座です。資金計画、販路、必要な手続きを順に学びます。',
  },
  {
    title: 'BCP策定支援',
    topics: ['bcp'],
    format: 'individual',
    description:
      '自然災害や感染症に備える事業継続計画（BCP）の策定を、ひな形を使って個別に支援します。',
  },
  {
    title: '資金繰り相談',
    topics: ['finance', 'mgmt_plan'],
    format: 'individual',
    description:
      '資金繰り表の作り方、金融機関との対話の準備、返済計画の見直しをご相談いただけます。',
  },
  {
    title: '販路開拓・展示会出展相談',
    topics: ['sales_channel', 'product_dev'],
    format: 'clinic',
    description: '展示会・商談会への出展準備、バイヤーへの提案書づくりを支援します。',
  },
  {
    title: '出張よろず相談会',
    topics: ['sales_channel', 'mgmt_plan'],
    format: 'outreach',
    description: '県内各地の商工会・商工会議所で毎月開く出張相談会です。予約優先、当日受付も可。',
  },
  {
    title: 'SNS活用セミナー',
    topics: ['web_ec'],
    format: 'seminar',
    description: 'Instagram、LINE公式アカウントなどSNSを使った集客の基本を学びます。',
  },
  {
    title: '海外展開相談',
    topics: ['overseas'],
    format: 'clinic',
    description: '輸出や越境EC、インバウンド対応の第一歩を、JETROとも連携してご案内します。',
  },
  {
    title: '人材確保・定着相談',
    topics: ['hr', 'labor'],
    format: 'individual',
    description:
      '求人票の書き方、採用ページの改善、就業規則の見直しを社労士の資格を持つCOが支援します。',
  },
  {
    title: '知的財産相談会',
    topics: ['ip'],
    format: 'clinic',
    description: '商標登録や特許の基本、模倣品への対応について専門家が助言します。',
  },
  {
    title: '補助金活用のための事業計画相談',
    topics: ['subsidy_plan', 'policy_use'],
    format: 'individual',
    description: '補助金の申請そのものではなく、その土台となる事業計画づくりをお手伝いします。',
  },
];

/**
 * Descriptions that exercise quoting (commas, quotes, line breaks) in every scale; with
 * `hostile` (test exports only) two of them carry markup and script payloads instead.
 */
const TRICKY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '13': '原価計算の基礎から、取引先との価格交渉の準備まで。',
  '47': '事前予約制です。オンラインで参加できます。',
  '27': '対応ツール: Zoom, Teams, Google Meet\n持ち物: 直近2期分の決算書\n"まず数字から" をモットーに進めます。',
  '40': '第1部 基礎編、第2部 実践編\n※定員20名, 先着順。',
};
const HOSTILE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  ...TRICKY_DESCRIPTIONS,
  '13': '原価計算の基礎から、取引先との価格交渉の準備まで。<img src=x onerror=alert(1)>',
  '47': '<script>alert(1)</script>オンラインで参加できます。',
};

checkCodes(
  vocab.topics,
  TEMPLATES.flatMap((t) => t.topics),
);

const SCHEDULES = ['（毎週火曜）', '（毎月第2水曜）', '（予約制）', '（オンライン可）', ''];

export function menusCsv(
  seed: number,
  coords: Coordinators,
  hostile = false,
): { csv: string; rows: number } {
  const trickyDescriptions = hostile ? HOSTILE_DESCRIPTIONS : TRICKY_DESCRIPTIONS;
  const lines = [csvHeader('support_menus.csv')];
  prefCodes.forEach((pref, c) => {
    const rng = new Rng(seed, `menus-${pref}`);
    const centre = vocab.centres[c]!;
    // 価格転嫁サポート窓口 at every centre from FY2023 [S]; the rest are chosen [E].
    const chosen = [
      TEMPLATES[0]!,
      ...rng.sample(TEMPLATES.length - 1, rng.range(3, 9)).map((i) => TEMPLATES[i + 1]!),
    ];
    const menus: MenuTemplate[] = [...chosen];
    if (pref === '17') {
      menus.push({
        title: '令和6年能登半島地震 特別相談窓口',
        topics: ['bcp', 'finance', 'policy_use'],
        format: 'individual',
        description:
          '被災した事業者の資金繰り、施設の復旧、販路の回復を支援機関と連携して支援します。',
      });
    }
    const inPost = coords.byCentre[c]!.filter((i) => coords.isActive(i, HORIZON_MONTH));
    menus.forEach((m, k) => {
      const title = (m.title + rng.pick(SCHEDULES)).slice(0, 80);
      let description = `${m.description}会場は${centre.center_name}ほか。`;
      const tricky = trickyDescriptions[pref];
      if (k === 1 && tricky !== undefined) description = tricky;
      const fit = inPost.filter((i) =>
        coords.list[i]!.specialties.some((s) => m.topics.includes(s)),
      );
      const pool = fit.length > 0 ? fit : inPost;
      const n =
        m.format === 'seminar' && rng.chance(0.3) ? 0 : rng.range(1, Math.min(3, pool.length));
      const who = rng.sample(pool.length, n).map((i) => coords.list[pool[i]!]!.coId);
      lines.push(
        [
          `M-${pref}-${String(k + 1).padStart(2, '0')}`,
          pref,
          csvField(title),
          m.topics.join(';'),
          m.format,
          csvField(description.slice(0, 1000)),
          who.join(';'),
        ].join(','),
      );
    });
  });
  return { csv: lines.join('\n') + '\n', rows: lines.length - 1 };
}
