// The words that name each specialty (topic code list plus the everyday words of
// synonyms.json or synonyms-en.json), built into the search page so the browser needs neither
// file. In the reader's language: an English page searches the English index.
import { currentLang } from '../../i18n/index.ts';
import { synonymTable } from '../directory/labels.ts';
import { vocab } from '../vocab.ts';
import type { SpecialtyWords } from './specialty.ts';

/** The parts of a name: "販路開拓・マーケティング", "Web, e-commerce and social media". */
const parts = (name: string): string[] =>
  currentLang() === 'ja' ? name.split('・') : name.split(/,\s*|\s+and\s+/);

export function specialtyWords(): SpecialtyWords[] {
  const topicWords = synonymTable().topics;
  return vocab.topics.map((topic) => ({
    code: topic.code,
    name: topic.name,
    words: [...new Set([topic.name, ...parts(topic.name), ...(topicWords[topic.code] ?? [])])],
  }));
}
