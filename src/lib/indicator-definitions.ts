// Plain-Japanese definitions of every indicator, for the methodology page. Keyed by the ids
// of INDICATORS (src/lib/indicators.ts); a unit test checks that every id has exactly one
// definition. The contract is docs/contract/indicators.md: these restate it for the public.
// Topic names (課題解決件数の除外分野) are never retyped here: the page reads them from vocab.
import { INDICATOR_DEFINITIONS_EN } from '../i18n/en/indicators.ts';
import { currentLang } from '../i18n/index.ts';

export const INDICATOR_DEFINITIONS: Readonly<Record<string, string>> = {
  r6_businesses:
    'その年度に1回以上相談した事業者の数です。同じ事業者が何回相談しても1者と数えます（名寄せ）。',
  r6_consultations: 'その年度に行った相談の件数です。',
  r6_referrals: 'その年度の相談のうち、他の支援機関を紹介した相談の件数です。',
  r6_joint:
    'その年度の相談のうち、他の支援機関と連携して（他の支援機関の職員が同席して）対応した相談の件数です。',
  r6_outcomes: 'その年度の相談のうち、成果が確認された相談の件数です。',
  r6_sat_insight:
    'その年度の利用者アンケートで「本質的な課題に気づき、腹落ち（納得）した」かを5段階で尋ねた設問に答えた人のうち、4または5と答えた人の割合です。',
  r6_sat_knowhow:
    'その年度の利用者アンケートで「経営知識やノウハウが身に付いた」かを5段階で尋ねた設問に答えた人のうち、4または5と答えた人の割合です。',
  r6_sat_roadmap:
    'その年度の利用者アンケートで「中長期的な経営課題の解決に向けた道筋を描ける状態になった」かを5段階で尋ねた設問に答えた人のうち、4または5と答えた人の割合です。',
  r6_sat_outcome:
    'その年度の利用者アンケートで「成果があった」かを5段階で尋ねた設問に答えた人のうち、4または5と答えた人の割合です。',
  r6_sat_satisfied:
    'その年度の利用者アンケートで満足度を5段階で尋ねた設問に答えた人のうち、「大変満足」（5）または「満足」（4）と答えた人の割合です。',
  r8_selfdrive:
    'その年度の利用者アンケートで「経営者の意識が変わり、経営の打ち手を構想し実行に繋がった」かを5段階で尋ねた設問に答えた人のうち、4または5と答えた人の割合です。',
  r8_outlook:
    'その年度の利用者アンケートで「将来の売上や利益が見通せるようになった」かを5段階で尋ねた設問に答えた人のうち、4または5と答えた人の割合です。',
  r8_resolved:
    'その年度の相談のうち、課題が解決したと記録された相談の件数です。ただし、主な相談分野（相談記録の最初に記録された分野）が、下の「課題解決件数に数えない相談分野」に当たる相談は数えません。',
  r8_referred_businesses:
    'その年度に、他の支援機関を紹介した相談が1件以上ある事業者の数です（名寄せ後の数）。',
  r8_joint_businesses:
    'その年度に、他の支援機関と連携して（同席して）対応した相談が1件以上ある事業者の数です（名寄せ後の数）。',
  r8_value_added:
    'その年度のフェーズ2の事業者のうち、その年度の財務データがある事業者の付加価値額を合計した額です。付加価値額の計算式は下の「付加価値額の計算式」のとおりです。',
  r8_productivity:
    '付加価値額の総和を、同じ事業者の従業員数の合計で割った値（従業員1人あたりの付加価値額）です。従業員数の合計が0のときは算出できません。',
  r8_employees:
    'その年度のフェーズ2の事業者のうち、その年度の財務データがある事業者の従業員数を合計した人数です（フェーズ2に共通の指標）。',
  r8_value_added_growth:
    'その年度のフェーズ2の事業者のうち、その年度と前年度の両方の財務データがある事業者について、付加価値額の合計が前年度からどれだけ増えたかの比率です（その年度の合計÷前年度の合計−1。0.1は10%の増加）。該当する事業者がいないとき、または前年度の合計が0以下のときは算出できません。',
  r8_sales_growth:
    '付加価値額の経年比較と同じ事業者について、売上高の合計がその年度に前年度からいくら増えたかの額です（その年度の合計−前年度の合計）。',
  r8_co_improved: '拠点が報告した、その年度に支援能力が向上したコーディネーター（CO）の人数です。',
  r8_knowhow_shared:
    '拠点が報告した、その年度に支援スキル・ノウハウを共有した人数です。他の支援機関から受け入れたトレーニー・出向者の人数、COの支援に同席した他の支援機関の職員の人数、COが講師を務めた研修の延べ受講者数の合計です。',
  r8_lectures: '拠点が報告した、その年度にCOが他の支援機関の研修講師として派遣された回数です。',
  funnel_statements:
    'その年度にその拠点で1回以上相談した事業者のうち、年度末までに決算書（またはローカルベンチマークの財務分析シート）を提出した事業者の数です。',
  funnel_visualization: 'そのうち、年度末までに採算の可視化にも着手した事業者の数です。',
  funnel_phase2:
    'そのうち、年度末までに採算の可視化などに取り組むことへの事業者の同意もあり、フェーズ2に移行した事業者の数です。',
};

/** The definition of indicator `id`; throws for an id without one. */
export function indicatorDefinition(id: string): string {
  const text = currentLang() === 'en' ? INDICATOR_DEFINITIONS_EN[id] : INDICATOR_DEFINITIONS[id];
  if (text === undefined) throw new Error(`indicator-definitions: no definition for ${id}`);
  return text;
}
