// cases/*.md front matter (format README, "case studies"). YAML scalars and lists are
// turned into CSV-like strings first (lists joined with ';') so the same field builders
// apply and the rules live in one place.
import { z } from 'zod';
import { codes, prefCodes, vocab } from '../lib/vocab.ts';
import {
  CO_ID,
  codeList,
  date,
  idList,
  integer,
  list,
  oneOf,
  optional,
  pattern,
  prefCode,
  required,
  text,
} from './fields.ts';

export const caseShape = {
  id: required(pattern(/^[A-Za-z0-9_-]{1,64}$/, 'a case id (A–Z a–z 0–9 _ -)'), { sql: 'VARCHAR' }),
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  title: required(text(120), { sql: 'VARCHAR', text: true }),
  fiscal_year: required(integer(2014, 2100), { sql: 'INTEGER' }),
  industry: optional(oneOf(codes(vocab.industries), 'an industry code'), { sql: 'VARCHAR' }),
  employees_band: optional(oneOf(codes(vocab.employeeBands), 'an employee band code'), {
    sql: 'VARCHAR',
  }),
  topics: list(codeList(codes(vocab.topics), 'a topic code', 1, 99)),
  agencies: list(codeList(codes(vocab.agencies), 'an agency code', 0, 99)),
  co_ids: list(idList(CO_ID, 'a coordinator id')),
  outcome: required(
    (s: string) =>
      /[\r\n]/.test(s) ? { ok: false as const, reason: 'must be one line' } : text(400)(s),
    { sql: 'VARCHAR', text: true },
  ),
  published: required(date, { sql: 'DATE' }),
};
export const caseSchema = z.object(caseShape);
