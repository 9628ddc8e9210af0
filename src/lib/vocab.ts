// Code lists of the export format (shared/export-format/vocab), synced into src/vocab by
// `npm run sync:contract`. Never retype a code in code: import it from here.
import { FILLS } from '../i18n/en/code-fills.ts';
import { currentLang } from '../i18n/index.ts';
import agencies from '../vocab/agencies.json' with { type: 'json' };
import bureaus from '../vocab/bureaus.json' with { type: 'json' };
import centres from '../vocab/centers.json' with { type: 'json' };
import channels from '../vocab/channels.json' with { type: 'json' };
import employeeBands from '../vocab/employee_bands.json' with { type: 'json' };
import industries from '../vocab/industries.json' with { type: 'json' };
import initiativeKinds from '../vocab/initiative_kinds.json' with { type: 'json' };
import languages from '../vocab/languages.json' with { type: 'json' };
import legalForms from '../vocab/legal_forms.json' with { type: 'json' };
import qualifications from '../vocab/qualifications.json' with { type: 'json' };
import topics from '../vocab/topics.json' with { type: 'json' };

export interface CodeEntry {
  code: string;
  /** The label in the reader's language (see `bilingual` below). */
  name: string;
  /** The Japanese label, whatever the reader's language. */
  name_ja?: string;
  name_en?: string;
}
export interface Centre {
  pref_code: string;
  /** In the reader's language, like `center_name`. */
  prefecture: string;
  prefecture_ja?: string;
  prefecture_en: string;
  center_name: string;
  center_name_ja?: string;
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

// Labels are read in the reader's language (src/i18n/index.ts: Japanese unless the page is
// in the English edition), so every page that prints `entry.name` or `centre.center_name`
// serves both editions. `name_ja` (`center_name_ja`, `prefecture_ja`) keep the Japanese for
// what is always Japanese: the published files, matching by label.
const english = () => currentLang() === 'en';

function labelled<T extends CodeEntry>(list: string, entries: T[]): T[] {
  return entries.map((entry) => {
    const ja = entry.name;
    const en = entry.name_en ?? FILLS[list]?.[entry.code];
    const out = { ...entry, name_ja: ja };
    Object.defineProperty(out, 'name', {
      enumerable: true,
      get: () => (english() && en !== undefined ? en : ja),
    });
    return out;
  });
}

function centreLabels(entries: Centre[]): Centre[] {
  return entries.map((centre) => {
    const out = { ...centre, center_name_ja: centre.center_name, prefecture_ja: centre.prefecture };
    Object.defineProperty(out, 'center_name', {
      enumerable: true,
      get: () => (english() ? `${centre.prefecture_en} Yorozu Support Center` : centre.center_name),
    });
    Object.defineProperty(out, 'prefecture', {
      enumerable: true,
      get: () => (english() ? centre.prefecture_en : centre.prefecture),
    });
    return out;
  });
}

export const vocab = {
  agencies: labelled('agencies', agencies as CodeEntry[]),
  bureaus: labelled('bureaus', bureaus as CodeEntry[]),
  centres: centreLabels(centres as Centre[]),
  channels: labelled('channels', channels as CodeEntry[]),
  employeeBands: labelled('employeeBands', employeeBands as EmployeeBand[]),
  industries: labelled('industries', industries as CodeEntry[]),
  initiativeKinds: labelled('initiativeKinds', initiativeKinds as CodeEntry[]),
  languages: labelled('languages', languages as CodeEntry[]),
  legalForms: labelled('legalForms', legalForms as CodeEntry[]),
  qualifications: labelled('qualifications', qualifications as Qualification[]),
  topics: labelled('topics', topics as Topic[]),
} as const;

export const codes = (list: readonly { code: string }[]): string[] => list.map((e) => e.code);
export const prefCodes: string[] = vocab.centres.map((c) => c.pref_code);

/** Topic codes whose consultations r8_resolved does not count (report footnote 7). */
export const excludedFromResolved: Set<string> = new Set(
  vocab.topics.filter((t) => t.excluded_from_resolved === '1').map((t) => t.code),
);
