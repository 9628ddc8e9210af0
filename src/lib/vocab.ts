// Code lists of the export format (shared/export-format/vocab), synced into src/vocab by
// `npm run sync:contract`. Never retype a code in code: import it from here.
import agencies from '../vocab/agencies.json' with { type: 'json' };
import bureaus from '../vocab/bureaus.json' with { type: 'json' };
import centres from '../vocab/centers.json' with { type: 'json' };
import channels from '../vocab/channels.json' with { type: 'json' };
import employeeBands from '../vocab/employee_bands.json' with { type: 'json' };
import industries from '../vocab/industries.json' with { type: 'json' };
import languages from '../vocab/languages.json' with { type: 'json' };
import legalForms from '../vocab/legal_forms.json' with { type: 'json' };
import qualifications from '../vocab/qualifications.json' with { type: 'json' };
import topics from '../vocab/topics.json' with { type: 'json' };

export interface CodeEntry {
  code: string;
  name: string;
  name_en?: string;
}
export interface Centre {
  pref_code: string;
  prefecture: string;
  prefecture_en: string;
  center_name: string;
  operator: string;
  bureau: string;
}
export interface Topic extends CodeEntry {
  group: string;
  excluded_from_resolved: string;
}
export interface Qualification extends CodeEntry {
  cco_count_2024: string;
  co_count_2024: string;
}
export interface EmployeeBand extends CodeEntry {
  min: string;
  max: string;
}

export const vocab = {
  agencies: agencies as CodeEntry[],
  bureaus: bureaus as CodeEntry[],
  centres: centres as Centre[],
  channels: channels as CodeEntry[],
  employeeBands: employeeBands as EmployeeBand[],
  industries: industries as CodeEntry[],
  languages: languages as CodeEntry[],
  legalForms: legalForms as CodeEntry[],
  qualifications: qualifications as Qualification[],
  topics: topics as Topic[],
} as const;

export const codes = (list: readonly { code: string }[]): string[] => list.map((e) => e.code);
export const prefCodes: string[] = vocab.centres.map((c) => c.pref_code);

/** Topic codes whose consultations r8_resolved does not count (report footnote 7). */
export const excludedFromResolved: Set<string> = new Set(
  vocab.topics.filter((t) => t.excluded_from_resolved === '1').map((t) => t.code),
);
