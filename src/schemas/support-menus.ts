// support_menus.csv (format README): the support menus (支援メニュー) each centre offers.
import { z } from 'zod';
import { codes, prefCodes, vocab } from '../lib/vocab.ts';
import {
  CO_ID,
  codeList,
  idList,
  list,
  oneOf,
  optional,
  prefCode,
  required,
  text,
} from './fields.ts';

export const MENU_FORMATS = ['individual', 'seminar', 'outreach', 'clinic', 'online'] as const;

export const supportMenuShape = {
  menu_id: required(text(64), { sql: 'VARCHAR', key: true }),
  pref_code: required(prefCode(prefCodes), { sql: 'VARCHAR' }),
  title: required(text(80), { sql: 'VARCHAR', text: true }),
  topics: list(codeList(codes(vocab.topics), 'a topic code', 0, 99)),
  format: required(oneOf(MENU_FORMATS, `a menu format (${MENU_FORMATS.join(', ')})`), {
    sql: 'VARCHAR',
  }),
  description: optional(text(1000), { sql: 'VARCHAR', text: true }),
  co_ids: list(idList(CO_ID, 'a coordinator id')),
};
export const supportMenuSchema = z.object(supportMenuShape);
