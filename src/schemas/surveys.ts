// surveys.csv (format README): customer survey responses; every question may be empty.
import { z } from 'zod';
import { prefCodes } from '../lib/vocab.ts';
import { CO_ID, date, integer, optional, pattern, prefCode, required, text } from './fields.ts';

const answer = () => optional(integer(1, 5), { sql: 'INTEGER' });
export const surveyShape = {
  response_id: required(text(64), { sql: 'VARCHAR', key: true }),
  date: required(date, { sql: 'DATE' }),
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  co_id: optional(pattern(CO_ID, 'a coordinator id (3–32 of A–Z a–z 0–9 -)'), { sql: 'VARCHAR' }),
  q_insight: answer(),
  q_knowhow: answer(),
  q_roadmap: answer(),
  q_outcome: answer(),
  q_satisfaction: answer(),
  q_selfdrive: answer(),
  q_outlook: answer(),
};
export const surveySchema = z.object(surveyShape);
