// capacity.csv (format README): centre-level support-capacity figures per fiscal year.
import { z } from 'zod';
import { prefCodes } from '../lib/vocab.ts';
import { integer, prefCode, required } from './fields.ts';

// The README sets only "≥ 0" and "int": the bounds are the INTEGER column's and the years
// dates are read in (1900 – FY2100).
const count = () => required(integer(0, 2_147_483_647), { sql: 'INTEGER' });
export const capacityShape = {
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  fiscal_year: required(integer(1900, 2100), { sql: 'INTEGER' }),
  co_improved: count(),
  trainees: count(),
  joint_staff: count(),
  lectures: count(),
  lecture_attendees: count(),
};
export const capacitySchema = z.object(capacityShape);
