// A UI message with people's words in its placeholders ("Booking page of {office}"), cut into
// the message's own text and the words, so a page can mark the words lang="ja"
// (components/directory/Phrase.astro). The message is in the reader's language.
import { t, type MessageKey, type MessageParams } from '../../i18n/index.ts';

export type PhrasePart = { text: string } | { word: string };

// A character no message or word contains marks where each word goes.
const MARK = '\u0000';

export function phraseParts(
  key: MessageKey,
  params: MessageParams,
  words: Readonly<Record<string, string>>,
): PhrasePart[] {
  const marked = Object.fromEntries(Object.keys(words).map((name) => [name, MARK + name + MARK]));
  // Even parts are the message's own text, odd parts the names of the words between them.
  return t(key, { ...params, ...marked })
    .split(MARK)
    .map((part, i): PhrasePart => (i % 2 === 0 ? { text: part } : { word: words[part] ?? '' }))
    .filter((part) => !('text' in part) || part.text !== '');
}
