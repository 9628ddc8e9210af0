// What makes two language dictionaries disagree: a key one of them lacks, an empty string, or
// a key whose `{placeholders}` differ (t() would throw, or silently drop a value).

/** The distinct `{name}` placeholders of a template, sorted. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const m of template.matchAll(/\{(\w+)\}/g)) names.add(m[1] ?? '');
  return [...names].sort();
}

/** One line per disagreement between the dictionaries, empty when they agree. */
export function dictionaryProblems(
  dictionaries: Readonly<Record<string, Readonly<Record<string, string>>>>,
): string[] {
  const langs = Object.keys(dictionaries);
  const keys = new Set(langs.flatMap((lang) => Object.keys(dictionaries[lang] ?? {})));
  const problems: string[] = [];
  for (const key of [...keys].sort()) {
    let first: { lang: string; names: string } | undefined;
    for (const lang of langs) {
      const text = dictionaries[lang]?.[key];
      if (text === undefined) {
        problems.push(`${key}: missing in ${lang}`);
        continue;
      }
      if (text.trim() === '') problems.push(`${key}: empty in ${lang}`);
      const names = placeholders(text).join(',');
      if (first === undefined) first = { lang, names };
      else if (names !== first.names) {
        problems.push(
          `${key}: placeholders {${names}} in ${lang} differ from {${first.names}} in ${first.lang}`,
        );
      }
    }
  }
  return problems;
}
