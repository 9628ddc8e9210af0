// Names of the directory's codes (vocab) in the reader's language, the search keywords added
// to each indexed page (everyday words for the official names: synonyms.json for Japanese
// pages, synonyms-en.json for English ones), and how a page marks people's own words.
import { currentLang } from '../../i18n/index.ts';
import { vocab, type Centre } from '../vocab.ts';
import synonymsEn from './synonyms-en.json' with { type: 'json' };
import synonyms from './synonyms.json' with { type: 'json' };

// The entries, not their names: `name` is read per page, in that page's language.
const byCode = (list: readonly { code: string; name: string }[]) =>
  new Map(list.map((e) => [e.code, e]));

const names = {
  topic: byCode(vocab.topics),
  qualification: byCode(vocab.qualifications),
  industry: byCode(vocab.industries),
  language: byCode(vocab.languages),
  bureau: byCode(vocab.bureaus),
  band: byCode(vocab.employeeBands),
  agency: byCode(vocab.agencies),
};
export type CodeKind = keyof typeof names;

/** The name of a code; an unknown code is a pipeline bug, so it fails the build. */
export function nameOf(kind: CodeKind, code: string): string {
  const entry = names[kind].get(code);
  if (entry === undefined) throw new Error(`vocab: no ${kind} with code ${JSON.stringify(code)}`);
  return entry.name;
}

/**
 * The `lang` attribute of an element holding people's own words (names, bios, titles, case
 * texts): `ja` on English pages, none on Japanese ones, whose markup stays as it was.
 */
export const writtenLang = (): 'ja' | undefined => (currentLang() === 'en' ? 'ja' : undefined);

/**
 * A page's <title> or meta description, where no lang="ja" can mark people's words: with them
 * on Japanese pages, made of codes (centre, year, topics) on English ones.
 */
export const headText = (withWords: () => string, coded: () => string): string =>
  writtenLang() ? coded() : withWords();

export const namesOf = (kind: CodeKind, codes: readonly string[]): string[] =>
  codes.map((c) => nameOf(kind, c));

const centres = new Map(vocab.centres.map((c) => [c.pref_code, c]));

export function centreOf(pref: string): Centre {
  const centre = centres.get(pref);
  if (!centre) throw new Error(`vocab: no centre for pref_code ${JSON.stringify(pref)}`);
  return centre;
}

type SynonymTable = Record<'qualifications' | 'topics', Record<string, string[]>>;
const synonymTables: Record<'ja' | 'en', SynonymTable> = { ja: synonyms, en: synonymsEn };

/** The everyday words of the reader's language (each edition has its own search index). */
export const synonymTable = (): SynonymTable => synonymTables[currentLang()];

/** Everyday words for codes, without duplicates and without the official names. */
export function searchKeywords(codes: {
  topics?: readonly string[];
  qualifications?: readonly string[];
}): string[] {
  const table = synonymTable();
  const words = new Set<string>();
  for (const code of codes.topics ?? []) for (const w of table.topics[code] ?? []) words.add(w);
  for (const code of codes.qualifications ?? [])
    for (const w of table.qualifications[code] ?? []) words.add(w);
  return [...words];
}
