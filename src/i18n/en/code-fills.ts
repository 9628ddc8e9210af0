// English labels for the code lists that carry no `name_en` (src/vocab, synced from the
// export format), keyed by code, never by Japanese text. No imports, so src/lib/vocab.ts can
// read them; tests/unit/i18n/vocab.test.ts checks every code of every list has English.
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

export const FILLS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  employeeBands: EMPLOYEE_BANDS_EN,
  languages: LANGUAGES_EN,
  qualifications: QUALIFICATIONS_EN,
};
