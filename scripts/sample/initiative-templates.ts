// Templates for initiatives/*.md (拠点独自の取組, report §6⑧): what centres report as their
// own work beyond the indicators. Every business in them is fictional (架空).
// The texts are data, kept in initiative-templates.json; this module types and checks them.
// Slots: {pref} prefecture, {city} a city of it, {p} participants, {b} businesses,
// {x} businesses with a result (a share of {b}), {k} sessions.
import { readFileSync } from 'node:fs';

export interface InitiativeTemplate {
  kind: string;
  title: string;
  topics: readonly string[];
  partners: readonly string[];
  /** Participants (people) when done; businesses are a share of them. */
  people: readonly [number, number];
  businessShare: number;
  /** Length in days (0 = a single day). */
  days: readonly [number, number];
  outcome: string;
  aim: string;
  done: string;
  result: string;
  plan: string;
}

const TEXTS = ['kind', 'title', 'outcome', 'aim', 'done', 'result', 'plan'] as const;
const LISTS = ['topics', 'partners'] as const;
const RANGES = ['people', 'days'] as const;

const isRange = (v: unknown): boolean =>
  Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');

/** Whether `t` has every field of a template with its type (a typo in the JSON fails here). */
function isTemplate(t: unknown): t is InitiativeTemplate {
  if (typeof t !== 'object' || t === null) return false;
  const r = t as Record<string, unknown>;
  return (
    TEXTS.every((k) => typeof r[k] === 'string') &&
    LISTS.every((k) => Array.isArray(r[k]) && r[k].every((s) => typeof s === 'string')) &&
    RANGES.every((k) => isRange(r[k])) &&
    typeof r.businessShare === 'number'
  );
}

function loadTemplates(): readonly InitiativeTemplate[] {
  const json: unknown = JSON.parse(
    readFileSync(new URL('./initiative-templates.json', import.meta.url), 'utf8'),
  );
  if (!Array.isArray(json)) throw new Error('initiative-templates.json: not an array');
  return json.map((t: unknown, i) => {
    if (!isTemplate(t)) throw new Error(`initiative-templates.json: template ${i} is malformed`);
    return t;
  });
}

export const INITIATIVE_TEMPLATES: readonly InitiativeTemplate[] = loadTemplates();
