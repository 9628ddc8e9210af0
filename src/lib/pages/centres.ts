// The centres as the pages list them: in JIS X 0401 order (01 北海道 … 47 沖縄県), never
// by a value, with their regional bureau's name from the code list.
import { vocab, type Centre } from '../vocab.ts';

export const centresInJisOrder = (): Centre[] =>
  [...vocab.centres].sort((a, b) => a.pref_code.localeCompare(b.pref_code));

/** The name of a regional bureau; a code outside bureaus.json is a build error. */
export function bureauName(code: string): string {
  const bureau = vocab.bureaus.find((b) => b.code === code);
  if (!bureau) throw new Error(`vocab: centre bureau ${code} is not in bureaus.json`);
  return bureau.name;
}
