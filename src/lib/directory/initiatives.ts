// The centres' own initiatives (format README, "initiatives/*.md"; report §6⑧): the list's
// order and facets, and the "similar initiatives at other centres" of each page, so that
// good practice spreads (§3(3)②i). Similarity is by kind and shared topics only: no
// figure of a centre ever orders anything here.
import { currentLang, t } from '../../i18n/index.ts';
import type { JsonRow } from '../../schemas/published/index.ts';
import { fiscalYearLabel, formatNumber } from '../format.ts';
import { loadPublishedTable, publishedDir } from '../published.ts';
import { vocab } from '../vocab.ts';
import initiativeKinds from '../../vocab/initiative_kinds.json' with { type: 'json' };
import { atomFeed, type FeedOptions } from './atom.ts';
import { bureauOptions, prefOptions, topicOptions, type FacetSpec } from './facet-options.ts';
import { centreOf, namesOf } from './labels.ts';

export type InitiativeRow = JsonRow<'initiatives'>;
export type InitiativeStage = InitiativeRow['stage'];

export const INITIATIVE_STAGE_ORDER: readonly InitiativeStage[] = ['planned', 'done'];

// Not in src/lib/vocab.ts: only this page type names kinds. Every kind carries name_en.
const kinds = new Map(initiativeKinds.map((k) => [k.code, k]));
const kindLabel = (k: { name: string; name_en: string }) =>
  currentLang() === 'en' ? k.name_en : k.name;

/** The name of a kind in the reader's language; an unknown code is a pipeline bug. */
export function kindName(code: string): string {
  const kind = kinds.get(code);
  if (kind === undefined) throw new Error(`vocab: no initiative kind ${JSON.stringify(code)}`);
  return kindLabel(kind);
}

/** Newest first: fiscal year, then start date, both descending; then id. */
export function sortInitiatives(rows: readonly InitiativeRow[]): InitiativeRow[] {
  return [...rows].sort(
    (a, b) =>
      b.fiscal_year - a.fiscal_year || b.start.localeCompare(a.start) || a.id.localeCompare(b.id),
  );
}

/**
 * Facets of /initiatives/: kind, region (the bureau, and the prefecture, as the coordinator
 * list has them), topic, stage and fiscal year (the years present, newest first).
 */
export function initiativeFacetSpecs(rows: readonly InitiativeRow[]): FacetSpec[] {
  const years = [...new Set(rows.map((r) => r.fiscal_year))].sort((a, b) => b - a);
  return [
    {
      key: 'kind',
      legend: t('init.facet.kind'),
      options: initiativeKinds.map((k) => ({ value: k.code, label: kindLabel(k) })),
    },
    { key: 'bureau', legend: t('dir.facet.bureau'), options: bureauOptions() },
    { key: 'pref', legend: t('dir.facet.pref'), options: prefOptions() },
    { key: 'topic', legend: t('init.facet.topic'), options: topicOptions() },
    {
      key: 'stage',
      legend: t('init.facet.stage'),
      options: INITIATIVE_STAGE_ORDER.map((s) => ({ value: s, label: t(`init.stage.${s}`) })),
    },
    {
      key: 'fy',
      legend: t('init.facet.fy'),
      options: years.map((y) => ({ value: String(y), label: fiscalYearLabel(y) })),
    },
  ];
}

export function initiativeFacetValues(r: InitiativeRow): Record<string, string[]> {
  return {
    kind: [r.kind],
    bureau: [centreOf(r.pref_code).bureau],
    pref: [r.pref_code],
    topic: r.topics,
    stage: [r.stage],
    fy: [String(r.fiscal_year)],
  };
}

/** How alike two initiatives are: 2 for the same kind, plus 1 per shared topic. */
export function similarity(a: InitiativeRow, b: InitiativeRow): number {
  const topics = new Set(a.topics);
  const shared = new Set(b.topics.filter((x) => topics.has(x))).size;
  return (a.kind === b.kind ? 2 : 0) + shared;
}

const stageRank = (r: InitiativeRow) => (r.stage === 'done' ? 0 : 1);

/**
 * Up to `limit` initiatives of other centres (other pref_code) alike in kind or topics, the
 * most alike of each centre only, so that a page points to several centres: most alike
 * first, then done before planned (what came of it can be read), newer year, id. Fully
 * deterministic, and never an order of centres by performance.
 */
export function similarInitiatives(
  item: InitiativeRow,
  rows: readonly InitiativeRow[],
  limit = 5,
): InitiativeRow[] {
  const ranked = rows
    .filter((r) => r.pref_code !== item.pref_code)
    .map((r) => ({ r, score: similarity(item, r) }))
    .filter((s) => s.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        stageRank(a.r) - stageRank(b.r) ||
        b.r.fiscal_year - a.r.fiscal_year ||
        a.r.id.localeCompare(b.r.id),
    );
  const seen = new Set<string>();
  const out: InitiativeRow[] = [];
  for (const { r } of ranked) {
    if (out.length >= limit) break;
    if (seen.has(r.pref_code)) continue;
    seen.add(r.pref_code);
    out.push(r);
  }
  return out;
}

/** The bureau (region) name of a centre, for the list and the page. */
export function regionName(pref: string): string {
  const code = centreOf(pref).bureau;
  return vocab.bureaus.find((b) => b.code === code)?.name ?? code;
}

/** One line of an initiative's profile (a `<dt>`/`<dd>` pair); text only, never HTML. */
export interface ProfileLine {
  field: string;
  label: string;
  text: string;
  /** The centre's own words (the outcome), kept as written. */
  written?: boolean;
}

/** The profile of an initiative page after its centre: what, when, with whom, what came of it. */
export function initiativeProfile(r: InitiativeRow): ProfileLine[] {
  const sep = t('dir.sep.list');
  const lines: (ProfileLine | null)[] = [
    { field: 'fy', label: t('init.page.fy'), text: fiscalYearLabel(r.fiscal_year) },
    { field: 'kind', label: t('init.page.kind'), text: kindName(r.kind) },
    { field: 'stage', label: t('init.page.stage'), text: t(`init.stage.${r.stage}`) },
    {
      field: 'dates',
      label: t('init.page.dates'),
      text: r.end && r.end !== r.start ? t('init.dates', { start: r.start, end: r.end }) : r.start,
    },
    r.topics.length > 0
      ? {
          field: 'topics',
          label: t('init.page.topics'),
          text: namesOf('topic', r.topics).join(sep),
        }
      : null,
    r.partners.length > 0
      ? {
          field: 'partners',
          label: t('init.page.partners'),
          text: namesOf('agency', r.partners).join(sep),
        }
      : null,
    r.participants !== null
      ? {
          field: 'participants',
          label: t('init.page.participants'),
          text: t('init.people', { count: formatNumber(r.participants) }),
        }
      : null,
    r.businesses !== null
      ? {
          field: 'businesses',
          label: t('init.page.businesses'),
          text: t('init.businesses', { count: formatNumber(r.businesses) }),
        }
      : null,
    r.outcome !== null
      ? { field: 'outcome', label: t('init.page.outcome'), text: r.outcome, written: true }
      : null,
  ];
  return lines.filter((l): l is ProfileLine => l !== null);
}

/**
 * How many entries the feed carries: the newest, in the list's order. Every initiative of
 * every centre and year made a feed of about 1 MB that readers fetch again and again; the
 * list and the published table hold them all.
 */
export const FEED_ENTRIES = 100;

/** The Atom feed of the newest initiatives; the summary is the outcome, else the kind. */
export function initiativeFeed(rows: readonly InitiativeRow[], o: FeedOptions): string {
  const entries = sortInitiatives(rows)
    .slice(0, FEED_ENTRIES)
    .map((r) => ({
      path: `initiatives/${r.id}/`,
      title: r.title,
      date: r.start,
      summary:
        r.outcome ?? `${kindName(r.kind)}${t('dir.aside', { text: t(`init.stage.${r.stage}`) })}`,
      body: r.body,
    }));
  return atomFeed(entries, 'initiatives/', o);
}

const sorted = new Map<string, InitiativeRow[]>();

/** The published initiatives (json/initiatives.json, parsed with the contract), newest first. */
export function initiatives(): InitiativeRow[] {
  const dir = publishedDir();
  let rows = sorted.get(dir);
  if (!rows) {
    rows = sortInitiatives(loadPublishedTable('initiatives', dir));
    sorted.set(dir, rows);
  }
  return rows;
}
