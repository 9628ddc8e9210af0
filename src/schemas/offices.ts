// offices.csv (format README, "offices.csv"): each centre's main office and satellites,
// public contact details (organisational data, all published).
import { z } from 'zod';
import { prefCodes } from '../lib/vocab.ts';
import { bool, httpsUrl, optional, pattern, prefCode, required, text } from './fields.ts';

export const OFFICE_ID = /^[a-z0-9-]{2,40}$/;
// digits, '-', '(', ')' and spaces (format README); the length only bounds the cell
const PHONE = /^[0-9()\- ]{1,30}$/;

export const officeShape = {
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  office_id: required(pattern(OFFICE_ID, 'an office id (a–z 0–9 -, 2–40 characters)'), {
    sql: 'VARCHAR',
  }),
  name: required(text(60), { sql: 'VARCHAR', text: true }),
  main: required(bool, { sql: 'BOOLEAN' }),
  address: required(text(120), { sql: 'VARCHAR', text: true }),
  phone: optional(pattern(PHONE, "a phone number (digits, '-', '(', ')', spaces)"), {
    sql: 'VARCHAR',
  }),
  website: optional(httpsUrl(500), { sql: 'VARCHAR' }),
  booking_url: optional(httpsUrl(500), { sql: 'VARCHAR' }),
  hours: optional(text(80), { sql: 'VARCHAR', text: true }),
  online: required(bool, { sql: 'BOOLEAN' }),
};
export const officeSchema = z.object(officeShape);
