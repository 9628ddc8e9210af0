// The words that name each specialty (topic code list plus synonyms.json), built into the
// search page so the browser needs neither file.
import synonyms from '../directory/synonyms.json' with { type: 'json' };
import { vocab } from '../vocab.ts';
import type { SpecialtyWords } from './specialty.ts';

const topicWords: Record<string, string[]> = synonyms.topics;

export const specialtyWords = (): SpecialtyWords[] =>
  vocab.topics.map((topic) => ({
    code: topic.code,
    name: topic.name,
    words: [...new Set([topic.name, ...topic.name.split('・'), ...(topicWords[topic.code] ?? [])])],
  }));
