// consultations.csv (format README): one row per consultation session.
import { z } from 'zod';
import { codes, prefCodes, vocab } from '../lib/vocab.ts';
import {
  CO_ID,
  applyRules,
  type RowRule,
  bool,
  codeList,
  date,
  integer,
  list,
  oneOf,
  optional,
  pattern,
  prefCode,
  required,
  text,
} from './fields.ts';

export const consultationShape = {
  consultation_id: required(text(64), { sql: 'VARCHAR', key: true }),
  date: required(date, { sql: 'DATE' }),
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  co_id: optional(pattern(CO_ID, 'a coordinator id (3–32 of A–Z a–z 0–9 -)'), { sql: 'VARCHAR' }),
  business_key: required(text(128), { sql: 'VARCHAR', key: true }),
  legal_form: required(oneOf(codes(vocab.legalForms), 'a legal form code'), { sql: 'VARCHAR' }),
  employees_band: optional(oneOf(codes(vocab.employeeBands), 'an employee band code'), {
    sql: 'VARCHAR',
  }),
  industry: optional(oneOf(codes(vocab.industries), 'an industry code'), { sql: 'VARCHAR' }),
  topics: list(codeList(codes(vocab.topics), 'a topic code', 1, 3)),
  channel: required(oneOf(codes(vocab.channels), 'a channel code'), { sql: 'VARCHAR' }),
  minutes: required(integer(1, 480), { sql: 'INTEGER' }),
  phase: required(integer(1, 2), { sql: 'INTEGER' }),
  issue_resolved: required(bool, { sql: 'BOOLEAN' }),
  outcome_confirmed: required(bool, { sql: 'BOOLEAN' }),
  referred_to: list(codeList(codes(vocab.agencies), 'an agency code', 0, 99)),
  joint_with: list(codeList(codes(vocab.agencies), 'an agency code', 0, 99)),
};

type Row = z.output<z.ZodObject<typeof consultationShape>>;
const prestartup = (r: Row) => r.legal_form === 'prestartup';

// A business's size and industry are recorded unless it does not exist yet (format README).
const knownUnlessPrestartup = (column: 'employees_band' | 'industry'): RowRule<Row> => ({
  column,
  check: (r) =>
    !prestartup(r) && r[column] === null ? `missing value (legal_form is ${r.legal_form})` : null,
  sql: `legal_form = 'prestartup' OR ${column} IS NOT NULL`,
});

export const consultationRules: RowRule<Row>[] = [
  {
    column: 'employees_band',
    check: (r) =>
      prestartup(r) && r.employees_band !== null
        ? 'must be empty when legal_form is prestartup'
        : null,
    sql: `legal_form <> 'prestartup' OR employees_band IS NULL`,
  },
  knownUnlessPrestartup('employees_band'),
  knownUnlessPrestartup('industry'),
];

export const consultationSchema = z
  .object(consultationShape)
  .superRefine(applyRules(consultationRules));
