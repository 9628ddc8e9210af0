// Japanese labels for builder values (codes → names), shared by the page and the browser.
import { t, type MessageKey } from '../../i18n/index.ts';
import { fiscalYearLabel } from '../format.ts';
import { vocab } from '../vocab.ts';
import { GENERALISED } from '../../schemas/published/disclosure-rules.ts';
import type { DimensionId, MeasureId } from './model.ts';

const names = (list: readonly { code: string; name: string }[]) =>
  new Map(list.map((e) => [e.code, e.name]));

const CODE_NAMES: Partial<Record<DimensionId, Map<string, string>>> = {
  centre: new Map(vocab.centres.map((c) => [c.pref_code, c.prefecture])),
  bureau: names(vocab.bureaus),
  topic: names(vocab.topics),
  industry: names(vocab.industries),
  band: names(vocab.employeeBands),
  legal: names(vocab.legalForms),
  channel: names(vocab.channels),
};

export const dimensionName = (d: DimensionId): string => t(`explore.dim.${d}` as MessageKey);
export const measureName = (m: MeasureId): string => t(`explore.measure.${m}` as MessageKey);

/** The label of one value of a dimension. */
export function valueLabel(d: DimensionId, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('explore.blank');
  const v = String(value);
  if (v === GENERALISED) return t('explore.generalisedValue');
  if (d === 'fy') return fiscalYearLabel(Number(v));
  if (d === 'month') return `${v.slice(0, 4)}年${Number(v.slice(5))}月`;
  if (d === 'phase') return t('explore.phase', { phase: v });
  if (d === 'topic_group') return t(`home.topicGroup.${v}` as MessageKey);
  return CODE_NAMES[d]?.get(v) ?? v;
}
