// The export format's files (format README, "Directory layout"): one entry per CSV file
// with its schema, and the keys checked for uniqueness across every input directory.
import type { z } from 'zod';
import { capacitySchema, capacityShape } from './capacity.ts';
import { consultationRules, consultationSchema, consultationShape } from './consultations.ts';
import { coordinatorRules, coordinatorSchema, coordinatorShape } from './coordinators.ts';
import { columnMeta, type ColumnMeta, type RowRule } from './fields.ts';
import { financialRules, financialSchema, financialShape } from './financials.ts';
import { officeSchema, officeShape } from './offices.ts';
import { phase2Schema, phase2Shape } from './phase2.ts';
import { planRules, planSchema, planShape } from './plans.ts';
import { supportMenuSchema, supportMenuShape } from './support-menus.ts';
import { surveySchema, surveyShape } from './surveys.ts';

export const FORMAT_VERSION = '1';

export interface CsvFileSpec {
  /** file name in the export directory, e.g. consultations.csv */
  file: string;
  /** table name in the published data */
  table: string;
  required: boolean;
  schema: z.ZodType<Record<string, unknown>, Record<string, string>>;
  /** each column's field schema (one raw cell in, normalised value out) */
  shape: Record<string, z.ZodType>;
  columns: { name: string; meta: ColumnMeta }[];
  /** column sets that must be unique across all input directories */
  keys: string[][];
  /** the schema's row rules (both forms), for the vectorised check */
  rules: readonly RowRule<never>[];
}

function spec(
  file: string,
  required: boolean,
  shape: Record<string, z.ZodType>,
  schema: z.ZodType,
  keys: string[][],
  rules: readonly RowRule<never>[] = [],
): CsvFileSpec {
  const columns = Object.entries(shape).map(([name, s]) => {
    const meta = columnMeta.get(s);
    if (!meta) throw new Error(`column ${file}:${name} has no storage type`);
    return { name, meta };
  });
  return {
    file,
    table: file.replace(/\.csv$/, ''),
    required,
    schema: schema as CsvFileSpec['schema'],
    shape,
    columns,
    keys,
    rules,
  };
}

// Order matters only for reading: coordinators first so reports read naturally.
export const CSV_FILES: CsvFileSpec[] = [
  spec(
    'coordinators.csv',
    true,
    coordinatorShape,
    coordinatorSchema,
    [['co_id']],
    coordinatorRules,
  ),
  spec(
    'consultations.csv',
    true,
    consultationShape,
    consultationSchema,
    [['consultation_id']],
    consultationRules,
  ),
  spec(
    'financials.csv',
    false,
    financialShape,
    financialSchema,
    [['business_key', 'fiscal_year']],
    financialRules,
  ),
  spec('phase2.csv', false, phase2Shape, phase2Schema, [['business_key', 'pref_code']]),
  spec('surveys.csv', false, surveyShape, surveySchema, [['response_id']]),
  spec('capacity.csv', false, capacityShape, capacitySchema, [['pref_code', 'fiscal_year']]),
  spec('support_menus.csv', false, supportMenuShape, supportMenuSchema, [['menu_id']]),
  // format v1.1: all optional, so every v1 export stays valid
  spec(
    'plans.csv',
    false,
    planShape,
    planSchema,
    [['pref_code', 'fiscal_year', 'indicator']],
    planRules,
  ),
  spec('offices.csv', false, officeShape, officeSchema, [['office_id']]),
];
