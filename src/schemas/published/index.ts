// Every published table of the contract, in the order the pipeline publishes them, and the
// JSON tables the site reads by name.
import type { z } from 'zod';
import { CASES_TABLE, CAPACITY_TABLE, SUPPORT_MENUS_TABLE } from './catalogue.ts';
import { CONSULTATIONS_BY } from './consultations-by.ts';
import { CONSULTATIONS_BY_AGENCY_TABLE } from './consultations-by-agency.ts';
import { COORDINATOR_FIGURES_TABLE, COORDINATORS_TABLE } from './coordinators.ts';
import { INDICATORS_TABLE } from './indicators.ts';
import { INITIATIVES_TABLE } from './initiatives.ts';
import { LINEAGE_TABLE } from './lineage.ts';
import { MICRODATA_DISCLOSURE_TABLE, MICRODATA_TABLE } from './microdata.ts';
import { OFFICES_TABLE } from './offices.ts';
import {
  COORDINATOR_COUNTS_TABLE,
  INDICATOR_INTERVALS_TABLE,
  RATES_TABLE,
  REFERENCE_TABLES,
  REFERENCE_VALUES_TABLE,
} from './reference-tables.ts';
import { TARGETS_TABLE } from './targets.ts';

export type { PublishedColumn, PublishedTable } from './table.ts';

export const PUBLISHED_TABLES = [
  INDICATORS_TABLE,
  ...REFERENCE_TABLES,
  MICRODATA_TABLE,
  MICRODATA_DISCLOSURE_TABLE,
  LINEAGE_TABLE,
  CONSULTATIONS_BY.topic,
  CONSULTATIONS_BY.industry,
  CONSULTATIONS_BY.employees_band,
  CONSULTATIONS_BY.channel,
  CONSULTATIONS_BY.month,
  CONSULTATIONS_BY_AGENCY_TABLE,
  COORDINATORS_TABLE,
  COORDINATOR_FIGURES_TABLE,
  SUPPORT_MENUS_TABLE,
  CASES_TABLE,
  CAPACITY_TABLE,
  INITIATIVES_TABLE,
  OFFICES_TABLE,
  TARGETS_TABLE,
] as const;

/** The tables also published as `json/<name>.json`, by name (all but the microdata). */
export const JSON_TABLES = {
  indicators: INDICATORS_TABLE,
  coordinator_counts: COORDINATOR_COUNTS_TABLE,
  rates: RATES_TABLE,
  reference_values: REFERENCE_VALUES_TABLE,
  indicator_intervals: INDICATOR_INTERVALS_TABLE,
  microdata_disclosure: MICRODATA_DISCLOSURE_TABLE,
  lineage: LINEAGE_TABLE,
  consultations_by_topic: CONSULTATIONS_BY.topic,
  consultations_by_industry: CONSULTATIONS_BY.industry,
  consultations_by_employees_band: CONSULTATIONS_BY.employees_band,
  consultations_by_channel: CONSULTATIONS_BY.channel,
  consultations_by_month: CONSULTATIONS_BY.month,
  consultations_by_agency: CONSULTATIONS_BY_AGENCY_TABLE,
  coordinators: COORDINATORS_TABLE,
  coordinator_figures: COORDINATOR_FIGURES_TABLE,
  support_menus: SUPPORT_MENUS_TABLE,
  cases: CASES_TABLE,
  capacity: CAPACITY_TABLE,
  initiatives: INITIATIVES_TABLE,
  offices: OFFICES_TABLE,
  targets: TARGETS_TABLE,
} as const;

export type JsonTableName = keyof typeof JSON_TABLES;
/** A row of `json/<name>.json`, as the contract parses it. */
export type JsonRow<N extends JsonTableName> = z.infer<(typeof JSON_TABLES)[N]['row']>;
