// coordinators.csv (format README): one row per CO or CCO.
import { z } from 'zod';
import { codes, prefCodes, vocab } from '../lib/vocab.ts';
import {
  CO_ID,
  applyRules,
  type RowRule,
  bool,
  codeList,
  list,
  month,
  oneOf,
  optional,
  orWhenEmpty,
  pattern,
  prefCode,
  required,
  text,
} from './fields.ts';

export const coordinatorShape = {
  co_id: required(pattern(CO_ID, 'a coordinator id (3–32 of A–Z a–z 0–9 -)'), { sql: 'VARCHAR' }),
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  role: required(oneOf(['CCO', 'CO'], "a role ('CCO' or 'CO')"), { sql: 'VARCHAR' }),
  display_name: optional(text(100), { sql: 'VARCHAR', text: true }),
  publish_consent: required(bool, { sql: 'BOOLEAN' }),
  qualifications: list(codeList(codes(vocab.qualifications), 'a qualification code', 0, 99)),
  specialties: list(codeList(codes(vocab.topics), 'a topic code', 1, 6)),
  industries: list(codeList(codes(vocab.industries), 'an industry code', 0, 99)),
  online: required(bool, { sql: 'BOOLEAN' }),
  // "default `ja`": an empty cell means Japanese only.
  languages: list(orWhenEmpty(codeList(codes(vocab.languages), 'a language code', 0, 99), ['ja'])),
  bio: optional(text(400), { sql: 'VARCHAR', text: true }),
  joined: required(month, { sql: 'VARCHAR' }),
  left: optional(month, { sql: 'VARCHAR' }),
};

type Row = z.output<z.ZodObject<typeof coordinatorShape>>;

export const coordinatorRules: RowRule<Row>[] = [
  {
    column: 'display_name',
    check: (r) =>
      !r.publish_consent && r.display_name !== null
        ? 'must be empty when publish_consent is 0'
        : null,
    sql: `publish_consent OR display_name IS NULL`,
  },
  {
    column: 'left',
    check: (r) =>
      r.left !== null && r.left < r.joined ? `${r.left} is before joined ${r.joined}` : null,
    sql: `"left" IS NULL OR "left" >= joined`,
  },
];

export const coordinatorSchema = z
  .object(coordinatorShape)
  .superRefine(applyRules(coordinatorRules));
