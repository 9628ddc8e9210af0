// The DCAT catalogue again as Turtle (https://www.w3.org/TR/turtle/), for harvesters and
// tools that read RDF but not JSON-LD. Written from the JSON-LD object itself, so the two
// hold the same triples: one `subject predicate object .` line per triple, prefixes from
// the inline @context. Handles the shapes dcat.ts builds: nodes with or without @id,
// @type, literals with @language or @type, plain strings, IRI references, arrays.

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const escapeString = (s: string): string =>
  s.replace(
    /[\\"\n\r\t]/g,
    (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!,
  );

function iri(value: string, prefixes: Record<string, string>): string {
  const [, prefix = '', local = ''] = /^([a-z]+):(.*)$/.exec(value) ?? [];
  const ns = prefixes[prefix];
  const full = ns !== undefined && !local.startsWith('//') ? ns + local : value;
  if (/[\s<>"{}|^`\\]/.test(full)) throw new Error(`turtle: not an IRI: ${full}`);
  return `<${full}>`;
}

export function toTurtle(doc: Node): string {
  const prefixes = doc['@context'] as Record<string, string>;
  const lines: string[] = [];
  let blank = 0;

  const object = (value: Json): string => {
    if (typeof value === 'string') return `"${escapeString(value)}"`;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value === null || Array.isArray(value)) throw new Error('turtle: unexpected value');
    if ('@value' in value) {
      const text = `"${escapeString(String(value['@value']))}"`;
      if (value['@language']) return `${text}@${String(value['@language'])}`;
      return value['@type'] ? `${text}^^${iri(String(value['@type']), prefixes)}` : text;
    }
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '@id') return iri(String(value['@id']), prefixes);
    return subject(value);
  };

  /** Writes the node's triples and returns its term. */
  function subject(node: Node): string {
    const term = node['@id'] ? iri(String(node['@id']), prefixes) : `_:b${blank++}`;
    for (const [key, value] of Object.entries(node)) {
      if (key === '@id' || key === '@context') continue;
      const predicate = key === '@type' ? 'a' : key;
      if (predicate !== 'a' && !/^[a-z]+:[A-Za-z_][\w-]*$/.test(key)) {
        throw new Error(`turtle: not a prefixed name: ${key}`);
      }
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        const o = key === '@type' ? iri(String(v), prefixes) : object(v);
        lines.push(`${term} ${predicate} ${o} .`);
      }
    }
    return term;
  }

  subject(doc);
  const head = Object.entries(prefixes).map(([p, ns]) => `@prefix ${p}: <${ns}> .`);
  return [...head, '', ...lines, ''].join('\n');
}
