// Disclosure control (shared/export-format/disclosure.md): from the normalised tables of
// the ingest, creates every public table in the DuckDB schema `pub` and describes each
// one. One step a file:
//   base.ts          (quasi-identifier, business) pairs both of the next two count on
//   aggregates.ts    pub.consultations_by_{topic,industry,employees_band,channel,month}
//   agencies.ts      pub.consultations_by_agency (referred / joint, same suppression)
//   suppression.ts   small-count and complementary suppression of those tables
//   one-answer.ts    the cells those suppress, for the microdata to generalise
//   microdata.ts     pub.microdata, pub.microdata_disclosure (k-anonymity, k = 5 businesses)
//   lineage.ts       pub.lineage (consultations in = microdata rows + withheld)
//   coordinators.ts  pub.coordinators, pub.coordinator_figures (consent; n ≥ 10)
//   catalogue.ts     pub.support_menus, pub.cases, pub.capacity
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DisclosureSummary } from '../../../src/schemas/manifest.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';
import { BIT_CATEGORIES, buildAggregates, type AggregateSummary } from './aggregates.ts';
import { createBase, dropBase } from './base.ts';
import { buildCatalogue } from './catalogue.ts';
import { buildCoordinators, type CoordinatorSummary } from './coordinators.ts';
import { buildLineage } from './lineage.ts';
import { buildMicrodata, type MicrodataSummary } from './microdata.ts';
import { collectSuppressedCells, dropSuppressedCells } from './one-answer.ts';

export type { AggregateSummary, CoordinatorSummary, MicrodataSummary };
export { MICRODATA_COLUMNS, K_ANONYMITY } from './microdata.ts';
export { AGGREGATES } from './aggregates.ts';
export { AGENCY_RELATIONS, AGENCY_TABLE } from './agencies.ts';
export { COORDINATOR_COLUMNS, MIN_FIGURE_BASE } from './coordinators.ts';

/** What disclosure control did, for the manifest (its schema: src/schemas/manifest.ts). */
export type { DisclosureSummary };

/**
 * Creates the public tables in schema `pub` of `conn`, which holds the ingest's normalised
 * tables (consultations, coordinators, surveys, support_menus, cases, capacity, …). Large
 * intermediate files go to `scratchDir`, which must outlive the writing of the published files.
 */
export async function applyDisclosure(
  conn: DuckDBConnection,
  scratchDir: string,
  /** called after each part with what it did (the pipeline logs how long each took) */
  step: (what: string) => void = () => {},
): Promise<{ tables: PublishedTable[]; summary: DisclosureSummary }> {
  await conn.run('CREATE SCHEMA IF NOT EXISTS pub');
  await createBase(conn, BIT_CATEGORIES);
  // Aggregates first: the microdata generalises what they suppress (one-answer.ts).
  const agg = await buildAggregates(conn);
  step('disclosure: aggregate tables (counts, suppression, checks)');
  await collectSuppressedCells(conn);
  const micro = await buildMicrodata(conn, scratchDir);
  const lineage = await buildLineage(conn);
  await dropSuppressedCells(conn);
  await dropBase(conn);
  step('disclosure: microdata (k-anonymity, one answer, sorted into its Parquet file)');
  const co = await buildCoordinators(conn);
  const catalogue = await buildCatalogue(conn);
  step('disclosure: coordinators, menus, cases, capacity');
  return {
    tables: [...micro.tables, lineage, ...agg.tables, ...co.tables, ...catalogue],
    summary: { microdata: micro.summary, aggregates: agg.summary, coordinators: co.summary },
  };
}
