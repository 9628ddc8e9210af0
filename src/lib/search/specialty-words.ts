// The words that name each specialty (topic code list plus synonyms.json), built into the
// search page so the browser needs neither file. In the reader's language: an English page
// searches the English index, where only the English names are words.
import synonyms from '../directory/synonyms.json' with { type: 'json' };
import { currentLang } from '../../i18n/index.ts';
import { vocab } from '../vocab.ts';
import type { SpecialtyWords } from './specialty.ts';

const topicWords: Record<string, string[]> = synonyms.topics;

/** The parts of a name: "販路開拓・マーケティング", "Web, e-commerce and social media". */
const parts = (name: string): string[] =>
  currentLang() === 'ja' ? name.split('・') : name.split(/,\s*|\s+and\s+/);

export const specialtyWords = (): SpecialtyWords[] =>
  vocab.topics.map((topic) => ({
    code: topic.code,
    name: topic.name,
    words: [
      ...new Set([
        topic.name,
        ...parts(topic.name),
        ...(currentLang() === 'ja' ? (topicWords[topic.code] ?? []) : []),
      ]),
    ],
  }));
