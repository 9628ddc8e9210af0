// initiatives/*.md front matter (format README, "initiatives/*.md"; report §6⑧). As for
// case studies, YAML scalars and lists are turned into CSV-like strings first (lists
// joined with ';') so the same field builders apply.
import { z } from 'zod';
import { codes, prefCodes, vocab } from '../lib/vocab.ts';
import {
  applyRules,
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
  type RowRule,
} from './fields.ts';
import { INITIATIVE_KINDS, INITIATIVE_STAGES } from './initiative-codes.ts';

const oneLine = (max: number) => (s: string) =>
  /[\r\n]/.test(s) ? { ok: false as const, reason: 'must be one line' } : text(max)(s);
const count = () => optional(integer(0, 2_147_483_647), { sql: 'INTEGER' });

export const initiativeShape = {
  id: required(pattern(/^[a-z0-9-]{3,40}$/, 'an initiative id (a–z 0–9 -, 3–40 characters)'), {
    sql: 'VARCHAR',
  }),
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  fiscal_year: required(integer(2014, 2100), { sql: 'INTEGER' }),
  title: required(oneLine(80), { sql: 'VARCHAR', text: true }),
  kind: required(oneOf(INITIATIVE_KINDS, 'an initiative kind (vocab/initiative_kinds.csv)'), {
    sql: 'VARCHAR',
  }),
  stage: required(oneOf(INITIATIVE_STAGES, "'planned' or 'done'"), { sql: 'VARCHAR' }),
  start: required(date, { sql: 'DATE' }),
  end: optional(date, { sql: 'DATE' }),
  topics: list(codeList(codes(vocab.topics), 'a topic code', 0, 99)),
  partners: list(codeList(codes(vocab.agencies), 'an agency code', 0, 99)),
  participants: count(),
  businesses: count(),
  outcome: optional(oneLine(200), { sql: 'VARCHAR', text: true }),
};

/** Fields the front matter may leave out (format README: "may be absent"). */
export const INITIATIVE_OPTIONAL = ['end', 'participants', 'businesses', 'outcome'] as const;

type Row = z.output<z.ZodObject<typeof initiativeShape>>;
export const initiativeRules: RowRule<Row>[] = [
  {
    column: 'end',
    check: (r) =>
      r.end !== null && r.end < r.start ? `${r.end} is before start ${r.start}` : null,
    sql: `"end" IS NULL OR "end" >= start`,
  },
  {
    column: 'outcome',
    check: (r) =>
      r.stage === 'done' && r.outcome === null ? 'missing value (stage is done)' : null,
    sql: `stage <> 'done' OR outcome IS NOT NULL`,
  },
];

export const initiativeSchema = z.object(initiativeShape).superRefine(applyRules(initiativeRules));
