// The indicators of indicators.md, in their defined order: the one list the pipeline,
// the pages and the methodology page read. Order is the contract's (never by value).
import { INDICATOR_NAMES_EN, indicatorSourceEn } from '../i18n/en/indicators.ts';
import { currentLang } from '../i18n/index.ts';
import { MIN_BUSINESSES } from '../schemas/published/disclosure-rules.ts';

export type IndicatorKind = 'count' | 'businesses' | 'share' | 'financial' | 'capacity' | 'funnel';

export interface IndicatorDef {
  id: string;
  name: string;
  framework: 'r6' | 'r8' | 'funnel';
  kind: IndicatorKind;
  unit: '件' | '者' | '割合' | '千円' | '千円/人' | '人' | '回' | '比';
  /** report section / figure the definition comes from */
  source: string;
}

const r6 = (
  id: string,
  name: string,
  kind: IndicatorKind,
  unit: IndicatorDef['unit'],
): IndicatorDef => ({
  id,
  name,
  framework: 'r6',
  kind,
  unit,
  source: '図表12',
});
const r8 = (
  id: string,
  name: string,
  kind: IndicatorKind,
  unit: IndicatorDef['unit'],
  source = '図表15・16',
): IndicatorDef => ({
  id,
  name,
  framework: 'r8',
  kind,
  unit,
  source,
});

const DEFINED: readonly IndicatorDef[] = [
  r6('r6_businesses', '名寄せ後の事業者数', 'businesses', '者'),
  r6('r6_consultations', '相談実績件数', 'count', '件'),
  r6('r6_referrals', '他の支援機関へ紹介した件数', 'count', '件'),
  r6('r6_joint', '他の支援機関と連携（同席）して支援した件数', 'count', '件'),
  r6('r6_outcomes', '成果確認件数', 'count', '件'),
  r6('r6_sat_insight', '顧客満足度(1) 腹落ち', 'share', '割合'),
  r6('r6_sat_knowhow', '顧客満足度(2) ノウハウ', 'share', '割合'),
  r6('r6_sat_roadmap', '顧客満足度(3) 道筋', 'share', '割合'),
  r6('r6_sat_outcome', '顧客満足度(4) 成果', 'share', '割合'),
  r6('r6_sat_satisfied', '顧客満足度(5) 大変満足・満足', 'share', '割合'),
  r8('r8_selfdrive', 'アンケート（自走化）', 'share', '割合'),
  r8('r8_outlook', 'アンケート（見通し）', 'share', '割合'),
  r8('r8_resolved', '課題解決件数', 'count', '件', '図表15・脚注7'),
  r8('r8_referred_businesses', '他の支援機関へ紹介した名寄せ後の事業者数', 'businesses', '者'),
  r8(
    'r8_joint_businesses',
    '他の支援機関と連携（同席）して支援した名寄せ後の事業者数',
    'businesses',
    '者',
  ),
  r8('r8_value_added', '支援した事業者の付加価値額の総和', 'financial', '千円', '図表16・脚注8'),
  r8('r8_productivity', '付加価値労働生産性', 'financial', '千円/人', '図表16・脚注9'),
  r8('r8_employees', '支援した事業者の従業員数の総和', 'financial', '人', '図表16'),
  r8('r8_value_added_growth', '付加価値額の経年比較', 'financial', '比', '図表16'),
  r8('r8_sales_growth', '支援した事業者の売上高の総和等の向上', 'financial', '千円', '図表16'),
  r8('r8_co_improved', '支援能力が向上したCO数', 'capacity', '人', '図表15'),
  r8('r8_knowhow_shared', '支援スキル・ノウハウを共有した人数', 'capacity', '人', '図表15'),
  r8('r8_lectures', '研修講師派遣回数', 'capacity', '回', '図表15'),
  {
    id: 'funnel_statements',
    name: '決算書等を提出した事業者数',
    framework: 'funnel',
    kind: 'funnel',
    unit: '者',
    source: '図表8',
  },
  {
    id: 'funnel_visualization',
    name: '採算の可視化に着手した事業者数',
    framework: 'funnel',
    kind: 'funnel',
    unit: '者',
    source: '図表8',
  },
  {
    id: 'funnel_phase2',
    name: 'フェーズ2に移行した事業者数',
    framework: 'funnel',
    kind: 'funnel',
    unit: '者',
    source: '図表8',
  },
];

// `name` and `source` are read in the reader's language (src/i18n/index.ts): the English
// edition shows INDICATOR_NAMES_EN with no change to the many places that print a name.
// `nameJa` keeps the Japanese, for the published files (always Japanese).
function bilingual(def: IndicatorDef): IndicatorDef & { nameJa: string; sourceJa: string } {
  const { name, source } = def;
  const out = { ...def, nameJa: name, sourceJa: source };
  Object.defineProperty(out, 'name', {
    enumerable: true,
    get: () => (currentLang() === 'en' ? (INDICATOR_NAMES_EN[def.id] ?? name) : name),
  });
  Object.defineProperty(out, 'source', {
    enumerable: true,
    get: () => (currentLang() === 'en' ? indicatorSourceEn(source) : source),
  });
  return out;
}

export const INDICATORS: readonly (IndicatorDef & { nameJa: string; sourceJa: string })[] =
  DEFINED.map(bilingual);

export const INDICATOR_IDS: readonly string[] = INDICATORS.map((i) => i.id);

/** indicators.md, output contract: a share from 1–9 answers is suppressed. */
const SHARE_MIN_ANSWERS = 10;

export type IndicatorStatus = 'ok' | 'suppressed' | 'na';

export interface IndicatorValue {
  value: number | null;
  status: IndicatorStatus;
}

export const ok = (value: number): IndicatorValue => ({ value, status: 'ok' });
export const na: IndicatorValue = { value: null, status: 'na' };
export const suppressed: IndicatorValue = { value: null, status: 'suppressed' };

/** A share of positive answers: na without answers, suppressed from 1–9 answers. */
export function shareValue(answered: number, positive: number): IndicatorValue {
  if (answered === 0) return na;
  if (answered < SHARE_MIN_ANSWERS) return suppressed;
  return ok(positive / answered);
}

/**
 * A financial figure over `businesses` phase-2 businesses: na without any, suppressed from
 * 1–2 (checked before any other na rule, so an na cannot reveal something about 1–2
 * businesses), then `compute` may still say na (a zero denominator).
 */
export function financialValue(businesses: number, compute: () => number | null): IndicatorValue {
  if (businesses === 0) return na;
  if (businesses < MIN_BUSINESSES) return suppressed;
  const v = compute();
  return v === null ? na : ok(v);
}
