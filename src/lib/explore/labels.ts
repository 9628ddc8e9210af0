// Labels for builder values (codes → names) in the reader's language, shared by the page and
// the browser (where the language follows the strings the page carries).
import { currentLang, t, type Lang, type MessageKey } from '../../i18n/index.ts';
import { fiscalYearLabel, monthLabelEn } from '../format.ts';
import { firstMonthOfQuarter, fiscalYearOfQuarter, quarterNumber } from '../fiscal-quarter.ts';
import { vocab } from '../vocab.ts';
import { GENERALISED } from '../../schemas/published/disclosure-rules.ts';
import type { DimensionId, MeasureId } from './model.ts';

const names = (list: readonly { code: string; name: string }[]) =>
  new Map(list.map((e) => [e.code, e.name]));

type CodeNames = Partial<Record<DimensionId, Map<string, string>>>;
// Built once per language: the labels read the reader's language when the maps are filled.
const codeNamesByLang = new Map<Lang, CodeNames>();
function codeNames(): CodeNames {
  const lang = currentLang();
  let maps = codeNamesByLang.get(lang);
  if (!maps) {
    maps = {
      centre: new Map(vocab.centres.map((c) => [c.pref_code, c.prefecture])),
      bureau: names(vocab.bureaus),
      topic: names(vocab.topics),
      industry: names(vocab.industries),
      band: names(vocab.employeeBands),
      legal: names(vocab.legalForms),
      channel: names(vocab.channels),
    };
    codeNamesByLang.set(lang, maps);
  }
  return maps;
}

export const dimensionName = (d: DimensionId): string => t(`explore.dim.${d}` as MessageKey);
export const measureName = (m: MeasureId): string => t(`explore.measure.${m}` as MessageKey);

/** "2026-01" → "2026年1月" / "January 2026". */
export const monthText = (m: string): string =>
  currentLang() === 'en' ? monthLabelEn(m) : `${m.slice(0, 4)}年${Number(m.slice(5))}月`;

/** A fiscal quarter 'YYYY-Qn' as the pages name one: its fiscal year, number and months. */
export function quarterLabel(quarter: string): string {
  const from = firstMonthOfQuarter(quarter);
  const [y, m] = from.split('-').map(Number) as [number, number];
  const last =
    m + 2 > 12
      ? `${y + 1}-${String(m + 2 - 12).padStart(2, '0')}`
      : `${y}-${String(m + 2).padStart(2, '0')}`;
  return t('quarter.label', {
    fy: fiscalYearLabel(fiscalYearOfQuarter(quarter)),
    q: quarterNumber(quarter),
    from: monthText(from),
    to: monthText(last),
  });
}

/** The label of one value of a dimension. */
export function valueLabel(d: DimensionId, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('explore.blank');
  const v = String(value);
  if (v === GENERALISED) return t('explore.generalisedValue');
  if (d === 'fy') return fiscalYearLabel(Number(v));
  if (d === 'quarter') return quarterLabel(v);
  if (d === 'phase') return t('explore.phase', { phase: v });
  if (d === 'topic_group') return t(`home.topicGroup.${v}` as MessageKey);
  return codeNames()[d]?.get(v) ?? v;
}
