// cases/*.md: fictional case studies (成果事例), three to five per centre, with the
// front matter of the export format and the three body sections of the example.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prefCodes, vocab } from '../../src/lib/vocab.ts';
import { HORIZON, dayMonth, dayStr, fyEnd, fyStart } from './calendar.ts';
import type { Coordinators } from './coordinators.ts';
import { checkTemplateCodes } from './mixes.ts';
import { Rng } from './prng.ts';

interface CaseTemplate {
  title: string;
  industry: string;
  bands: readonly string[];
  topics: readonly string[];
  agencies: readonly string[];
  outcome: string;
  situation: string;
  support: string;
  result: string;
}

// {n} is replaced by a small number; every business is fictional (架空).
const TEMPLATES: readonly CaseTemplate[] = [
  {
    title: '原価を見える化して値上げ交渉に臨んだ町工場',
    industry: 'E',
    bands: ['6-20', '21-50'],
    topics: ['pricing', 'profitability'],
    agencies: ['regional_bank'],
    outcome: '主要取引先{n}社との価格改定に合意し、粗利率が改善した。',
    situation:
      '金属加工を営む事業者（架空）が、原材料とエネルギー価格の上昇で利益が出なくなったと来所した。',
    support:
      'コーディネーターが製品別の原価計算表を一緒に作り、採算の取れていない製品を特定した。\n取引先に示す資料を準備し、地域金融機関の担当者も同席して資金計画を確認した。',
    result: '主要取引先{n}社と価格改定に合意した。事業者は四半期ごとに自分で原価表を更新している。',
  },
  {
    title: 'ネットショップを開設し県外の顧客を獲得した食料品店',
    industry: 'I',
    bands: ['1-5'],
    topics: ['web_ec', 'sales_channel'],
    agencies: [],
    outcome: 'ネット販売が売上の{n}割を占めるまでに育った。',
    situation: '商店街で食料品店を営む事業者（架空）が、来店客の減少に悩んで相談に訪れた。',
    support: 'ネットショップの開設手順、商品写真の撮り方、SNSでの発信の仕方を段階的に助言した。',
    result: '県外からの注文が定着し、ネット販売が売上の{n}割を占めるようになった。',
  },
  {
    title: '親族内承継を計画的に進めた建設会社',
    industry: 'D',
    bands: ['6-20', '21-50'],
    topics: ['succession', 'mgmt_plan'],
    agencies: ['succession_center', 'regional_bank'],
    outcome: '後継者への代表交代を終え、取引先と金融機関の理解を得た。',
    situation:
      '創業者が70代になった建設会社（架空）が、長男への引継ぎの進め方が分からないと来所した。',
    support:
      '事業承継・引継ぎ支援センターと連携し、{n}年間の承継計画を作った。株式の整理や経営者保証の扱いは専門家を紹介した。',
    result: '計画どおり代表を交代し、後継者は自ら経営計画を作って社員に説明している。',
  },
  {
    title: 'パッケージを刷新して土産物の売上を伸ばした菓子製造業',
    industry: 'E',
    bands: ['1-5', '6-20'],
    topics: ['design_brand', 'product_dev'],
    agencies: [],
    outcome: '刷新した商品の売上が前年比{n}割増えた。',
    situation: '地元の素材を使う菓子製造業者（架空）が、商品の良さが伝わらないと相談に来た。',
    support:
      'デザイン・ブランディングを得意とするコーディネーターが、対象顧客を絞り込み、パッケージと商品名を一緒に見直した。',
    result: '観光地の売店で取り扱いが増え、刷新した商品の売上が前年比{n}割増えた。',
  },
  {
    title: '創業計画を練り直して開業した飲食店',
    industry: 'M',
    bands: ['1-5'],
    topics: ['startup', 'finance'],
    agencies: ['credit_guarantee', 'municipality'],
    outcome: '創業融資を受けて開業し、{n}か月で黒字化した。',
    situation: '飲食店の開業を目指す創業予定者（架空）が、資金計画に不安があると来所した。',
    support:
      '売上予測と資金繰りの計画を一緒に作り直し、自治体の創業支援制度と創業融資の相談先を紹介した。',
    result: '開業後{n}か月で月次黒字となり、常連客が定着している。',
  },
  {
    title: '受発注をデジタル化して残業を減らした卸売業',
    industry: 'I',
    bands: ['6-20', '21-50'],
    topics: ['it_dx', 'productivity'],
    agencies: [],
    outcome: '受発注の手作業がなくなり、月の残業時間が{n}割減った。',
    situation:
      'FAXと電話で受注している卸売業者（架空）が、事務の負担で残業が減らないと相談に来た。',
    support:
      'IT導入を得意とするコーディネーターが業務の流れを整理し、クラウドの受発注システムを選ぶ手伝いをした。',
    result: '入力の二重作業がなくなり、月の残業時間が{n}割減った。',
  },
  {
    title: '資金繰り表を作り金融機関との対話を深めた工務店',
    industry: 'D',
    bands: ['1-5', '6-20'],
    topics: ['finance', 'mgmt_plan'],
    agencies: ['regional_bank', 'credit_guarantee'],
    outcome: '借入の条件を見直し、手元資金が{n}か月分に増えた。',
    situation: '工事代金の入金が遅れがちな工務店（架空）が、資金繰りに追われていると来所した。',
    support:
      '月次の資金繰り表を一緒に作り、金融機関に説明する資料を準備した。信用保証協会の制度も案内した。',
    result: '返済条件を見直すことができ、手元資金は{n}か月分まで回復した。',
  },
  {
    title: '事業継続計画を策定し災害に備えた運送業',
    industry: 'H',
    bands: ['21-50', '51-100'],
    topics: ['bcp'],
    agencies: ['municipality'],
    outcome: 'BCPを策定し、訓練を年{n}回行うようになった。',
    situation: '地域の物流を担う運送業者（架空）が、大雨で営業所が浸水した経験から相談に訪れた。',
    support: 'ひな形を使って重要業務と復旧手順を整理し、自治体の防災担当とも情報を共有した。',
    result: 'BCPを策定し、年{n}回の訓練で手順を見直している。',
  },
  {
    title: '採用ページを見直し若手人材を確保した介護事業所',
    industry: 'P',
    bands: ['21-50'],
    topics: ['hr', 'labor'],
    agencies: ['professional'],
    outcome: '{n}名の若手職員を採用し、離職率も下がった。',
    situation: '人手不足で新しい利用者を受け入れられない介護事業所（架空）が来所した。',
    support: '仕事の魅力を伝える採用ページを作り、就業規則と評価の仕組みは社労士と一緒に見直した。',
    result: '1年で{n}名の若手職員を採用し、離職率も下がった。',
  },
  {
    title: '海外の展示会に出展し輸出を始めた酒造業',
    industry: 'E',
    bands: ['6-20'],
    topics: ['overseas', 'sales_channel'],
    agencies: ['jetro'],
    outcome: '海外の取引先{n}社と継続取引を始めた。',
    situation: '国内の需要減に悩む酒造業者（架空）が、海外での販売を考えたいと相談に来た。',
    support: '輸出の手続きと価格設定を整理し、日本貿易振興機構（JETRO）の展示会支援につないだ。',
    result: '海外の取引先{n}社と継続取引を始め、売上の柱が一つ増えた。',
  },
  {
    title: '作業工程を見直し生産性を高めた食品加工業',
    industry: 'E',
    bands: ['21-50', '51-100'],
    topics: ['productivity', 'profitability'],
    agencies: [],
    outcome: '1人当たりの生産量が{n}割増えた。',
    situation: '受注は増えているのに利益が伸びない食品加工業者（架空）が来所した。',
    support:
      '工程ごとの作業時間を測り、段取り替えと配置を見直した。採算の悪い品目は価格を見直した。',
    result: '1人当たりの生産量が{n}割増え、残業も減った。',
  },
  {
    title: '地元食材を活かした新商品で販路を広げた農業法人',
    industry: 'A',
    bands: ['6-20'],
    topics: ['product_dev', 'sales_channel'],
    agencies: ['shokokai'],
    outcome: '新商品を{n}店舗で扱ってもらえるようになった。',
    situation: '規格外の野菜を活かしたいと考えた農業法人（架空）が、加工品づくりを相談に来た。',
    support: '商品の試作と価格設定を支援し、商工会と連携して商談会への出展を準備した。',
    result: '新商品を県内外の{n}店舗で扱ってもらえるようになった。',
  },
];
const QUAKE_CASE: CaseTemplate = {
  title: '地震で被災した店舗の営業再開を支えた旅館',
  industry: 'M',
  bands: ['6-20'],
  topics: ['bcp', 'finance', 'policy_use'],
  agencies: ['municipality', 'regional_bank'],
  outcome: '被災から{n}か月で営業を再開した。',
  situation:
    '令和6年能登半島地震で建物が損傷した旅館（架空）が、再開の見通しが立たないと相談に来た。',
  support: '特別相談窓口で復旧の優先順位と資金計画を整理し、使える支援制度と金融機関につないだ。',
  result: '被災から{n}か月で一部の客室の営業を再開した。',
};

const ALL_CASES = [...TEMPLATES, QUAKE_CASE];
checkTemplateCodes(ALL_CASES, [
  [vocab.topics, (t) => t.topics],
  [vocab.agencies, (t) => t.agencies],
  [vocab.industries, (t) => t.industry],
  [vocab.employeeBands, (t) => t.bands],
]);

const CASE_FILE = /^cs-\d{2}-\d{3}\.md$/;
const list = (xs: readonly string[]): string => `[${xs.join(', ')}]`;

/** Writes the case studies and returns how many; removes stale ones of an earlier run. */
export function writeCases(
  seed: number,
  dir: string,
  firstFy: number,
  coords: Coordinators,
): number {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (CASE_FILE.test(f)) rmSync(join(dir, f));
  let count = 0;
  prefCodes.forEach((pref, c) => {
    const rng = new Rng(seed, `cases-${pref}`);
    const picked = rng.sample(TEMPLATES.length, rng.range(3, 5)).map((i) => TEMPLATES[i]!);
    picked.forEach((t0, k) => {
      const quake = pref === '17' && k === 0;
      const t = quake ? QUAKE_CASE : t0;
      const fy = quake ? 2024 : rng.range(Math.max(2019, firstFy), 2025);
      const from = dayMonth[fyStart(fy)]!;
      const to = dayMonth[Math.min(fyEnd(fy), HORIZON)]!;
      let pool = coords.consenting(c, from, to);
      if (pool.length === 0) pool = coords.consenting(c, 0, 1 << 20);
      const who = rng
        .sample(pool.length, rng.range(1, Math.min(2, pool.length)))
        .map((i) => coords.list[pool[i]!]!.coId);
      const n = String(rng.range(2, 6));
      const fill = (s: string): string => s.replaceAll('{n}', n);
      const published =
        fy >= 2025 ? fyStart(fy) + rng.range(200, 360) : fyEnd(fy) + rng.range(20, 300);
      const id = `cs-${pref}-${String(k + 1).padStart(3, '0')}`;
      const text = [
        '---',
        `id: ${id}`,
        `pref_code: "${pref}"`,
        `title: ${t.title}`,
        `fiscal_year: ${fy}`,
        `industry: ${t.industry}`,
        `employees_band: ${rng.pick(t.bands)}`,
        `topics: ${list(t.topics)}`,
        `agencies: ${list(t.agencies)}`,
        `co_ids: ${list(who)}`,
        `outcome: ${fill(t.outcome)}`,
        `published: ${dayStr[Math.min(published, HORIZON)]}`,
        '---',
        '',
        '## 相談のきっかけ',
        '',
        fill(t.situation),
        '',
        '## 支援の内容',
        '',
        fill(t.support),
        '',
        '## 成果',
        '',
        fill(t.result),
        '',
      ].join('\n');
      writeFileSync(join(dir, `${id}.md`), text);
      count++;
    });
  });
  return count;
}
