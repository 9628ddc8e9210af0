// English labels for the code lists (src/vocab, synced from the export format). Most lists
// carry `name_en`; these fill the lists that do not, keyed by code, never by Japanese text.
// tests/unit/i18n/vocab.test.ts checks every code of every list has an English label.
import { vocab, type Centre, type CodeEntry } from '../../lib/vocab.ts';
import type { Lang } from '../index.ts';

import { FILLS } from './code-fills.ts';
export { EMPLOYEE_BANDS_EN, LANGUAGES_EN, QUALIFICATIONS_EN } from './code-fills.ts';

export type CodeListName = Exclude<keyof typeof vocab, 'centres'>;

/** The label of `entry` of code list `list` in `lang`; throws when English is missing. */
export function codeLabel(list: CodeListName, entry: CodeEntry, lang: Lang): string {
  if (lang === 'ja') return entry.name_ja ?? entry.name;
  const label = entry.name_en ?? FILLS[list]?.[entry.code];
  if (label === undefined) throw new Error(`i18n: no English for ${list} code ${entry.code}`);
  return label;
}

/** A centre's name: the code list's Japanese name, or "<Prefecture> Yorozu Support Center". */
export function centreName(centre: Centre, lang: Lang): string {
  return lang === 'ja'
    ? (centre.center_name_ja ?? centre.center_name)
    : `${centre.prefecture_en} Yorozu Support Center`;
}

/** A prefecture's name in `lang`. */
export function prefectureName(centre: Centre, lang: Lang): string {
  return lang === 'ja' ? (centre.prefecture_ja ?? centre.prefecture) : centre.prefecture_en;
}
