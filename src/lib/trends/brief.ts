// A ministry's brief of the latest quarter (seed report, 第5回): for each part of its slice, the
// quarter against the same quarter a year earlier — in total, by topic (what rose, what
// fell) and by bureau (where) — from the microdata through the drilldown engine, so cells
// are hidden by the same rules as on /explore/.
import {
  DEFAULT_STATE,
  emptyFilters,
  type DimensionId,
  type ExploreState,
} from '../explore/model.ts';
import { TOTAL } from '../../schemas/published/disclosure-rules.ts';
import { buildQuery } from '../explore/sql.ts';
import { shownCells } from '../explore/result.ts';
import { vocab } from '../vocab.ts';
import { relativeChange } from './change.ts';
import { sliceCount, withheldIn, type CategoryRow } from './national.ts';
import { quarterId, type Quarter } from './periods.ts';
import type { Query } from '../explore/db-query.ts';
import type { SlicePart } from './slices.ts';

export interface BriefPart {
  part: SlicePart;
  /** the /explore/ state of this part (filters only), for "filter further" links */
  filters: ExploreState['filters'];
  total: CategoryRow;
  topics: CategoryRow[];
  bureaus: CategoryRow[];
  rises: CategoryRow[];
  falls: CategoryRow[];
  /** consultations withheld from the microdata in the quarters' fiscal years (upper bound) */
  withheld: number;
  /** of those fiscal years' consultations, how many had industry etc. generalised to '*' */
  generalised: number;
}

/** How many categories the brief names as rising and falling. */
export const NAMED = 3;

export function partFilters(part: SlicePart): ExploreState['filters'] {
  return {
    ...emptyFilters(),
    topic: (part.topics ?? []).map((t) => t.code),
    industry: (part.industries ?? []).map((i) => i.code),
  };
}

async function by(q: Query, dim: DimensionId, filters: ExploreState['filters'], p: Quarter) {
  const s: ExploreState = {
    ...DEFAULT_STATE,
    filters,
    dims: [dim],
    quarterFrom: quarterId(p),
    quarterTo: quarterId(p),
  };
  const cells = shownCells(await q(buildQuery(s)), s);
  return new Map(
    cells.map((c) => {
      const v = c.values['consultations'];
      return [String(c.keys[dim]), typeof v === 'number' ? v : null] as const;
    }),
  );
}

function compare(
  codes: string[],
  prev: Map<string, number | null>,
  cur: Map<string, number | null>,
) {
  // A code absent from a period had no consultations there (0); present but hidden is null.
  const at = (m: Map<string, number | null>, c: string) => (m.has(c) ? m.get(c)! : 0);
  return codes.map((code) => {
    const p = at(prev, code);
    const c = at(cur, code);
    return { code, prev: p, cur: c, change: relativeChange(p, c) };
  });
}

/** Largest absolute rises (sign 1) or falls (−1) among rows with both values shown. */
export function extremes(rows: CategoryRow[], sign: 1 | -1, n = NAMED): CategoryRow[] {
  return rows
    .filter((r) => r.prev !== null && r.cur !== null && sign * (r.cur - r.prev) > 0)
    .sort((a, b) => sign * (b.cur! - b.prev!) - sign * (a.cur! - a.prev!))
    .slice(0, n);
}

export async function briefPart(
  q: Query,
  part: SlicePart,
  quarter: Quarter,
  before: Quarter,
): Promise<BriefPart> {
  const filters = partFilters(part);
  const count = (p: Quarter) =>
    sliceCount(q, { filters, quarterFrom: quarterId(p), quarterTo: quarterId(p) });
  const [cur, prev] = [await count(quarter), await count(before)];
  const topicCodes = part.topics ? part.topics.map((t) => t.code) : vocab.topics.map((t) => t.code);
  const topics = compare(
    topicCodes,
    await by(q, 'topic', filters, before),
    await by(q, 'topic', filters, quarter),
  );
  const bureaus = compare(
    vocab.bureaus.map((b) => b.code),
    await by(q, 'bureau', filters, before),
    await by(q, 'bureau', filters, quarter),
  );
  const { withheld, generalised } = await withheldIn(q, {
    quarterFrom: quarterId(before),
    quarterTo: quarterId(quarter),
  });
  return {
    part,
    filters,
    total: { code: TOTAL, prev, cur, change: relativeChange(prev, cur) },
    topics,
    bureaus,
    rises: extremes(topics, 1),
    falls: extremes(topics, -1),
    withheld,
    generalised,
  };
}
