// English labels for the code lists (src/vocab, synced from the export format). Most lists
// carry `name_en`; these fill the lists that do not, keyed by code, never by Japanese text.
// tests/unit/i18n/vocab.test.ts checks every code of every list has an English label.
import { vocab, type Centre, type CodeEntry } from '../../lib/vocab.ts';
import type { Lang } from '../index.ts';

export const EMPLOYEE_BANDS_EN: Readonly<Record<string, string>> = {
  '0': '0 (owner only)',
  '1-5': '1–5',
  '6-20': '6–20',
  '21-50': '21–50',
  '51-100': '51–100',
  '101-300': '101–300',
  '301+': '301 or more',
};

export const LANGUAGES_EN: Readonly<Record<string, string>> = {
  ja: 'Japanese',
  en: 'English',
  zh: 'Chinese',
  ko: 'Korean',
  vi: 'Vietnamese',
  pt: 'Portuguese',
};

// Japanese professional titles have no official English; these follow the bodies' own
// English names where they publish one.
export const QUALIFICATIONS_EN: Readonly<Record<string, string>> = {
  sme_consultant: 'Certified SME management consultant',
  it_coordinator: 'IT coordinator',
  labor_consultant: 'Labour and social security attorney',
  financial_planner: 'Certified financial planning skills',
  it_engineer: 'Certified information technology engineer',
  tax_accountant: 'Certified public tax accountant',
  sales_master: 'Retail marketing specialist',
  admin_scrivener: 'Administrative scrivener',
  lawyer: 'Attorney at law',
  food_coordinator: 'Food coordinator',
  color_coordinator: 'Colour coordinator',
  iso_auditor: 'ISO auditor or internal auditor',
  cook: 'Licensed cook',
  professional_engineer: 'Professional engineer',
  architect: 'Licensed architect',
  web_designer: 'Certified web designer',
  cpa: 'Certified public accountant',
  trade_advisor: 'Trade adviser',
  patent_attorney: 'Patent attorney',
  social_worker: 'Certified social worker',
  judicial_scrivener: 'Judicial scrivener',
};

const FILLS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  employeeBands: EMPLOYEE_BANDS_EN,
  languages: LANGUAGES_EN,
  qualifications: QUALIFICATIONS_EN,
};

export type CodeListName = Exclude<keyof typeof vocab, 'centres'>;

/** The label of `entry` of code list `list` in `lang`; throws when English is missing. */
export function codeLabel(list: CodeListName, entry: CodeEntry, lang: Lang): string {
  if (lang === 'ja') return entry.name;
  const label = entry.name_en ?? FILLS[list]?.[entry.code];
  if (label === undefined) throw new Error(`i18n: no English for ${list} code ${entry.code}`);
  return label;
}

/** A centre's name: the code list's Japanese name, or "<Prefecture> Yorozu Support Center". */
export function centreName(centre: Centre, lang: Lang): string {
  return lang === 'ja' ? centre.center_name : `${centre.prefecture_en} Yorozu Support Center`;
}

/** A prefecture's name in `lang`. */
export function prefectureName(centre: Centre, lang: Lang): string {
  return lang === 'ja' ? centre.prefecture : centre.prefecture_en;
}
