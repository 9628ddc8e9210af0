// phase2.csv (format README): phase-1 → phase-2 criteria per business and centre.
import { z } from 'zod';
import { prefCodes } from '../lib/vocab.ts';
import { date, optional, prefCode, required, text } from './fields.ts';

export const phase2Shape = {
  business_key: required(text(128), { sql: 'VARCHAR', key: true }),
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  statements_submitted: optional(date, { sql: 'DATE' }),
  visualization_started: optional(date, { sql: 'DATE' }),
  consent: optional(date, { sql: 'DATE' }),
};
export const phase2Schema = z.object(phase2Shape);
