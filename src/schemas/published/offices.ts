// offices: each centre's main office and satellites (format README, "offices.csv"),
// organisational data published as given so that a business or a partner agency can
// reach a coordinator. Names, addresses and hours are the centre's own words: text only.
import { z } from 'zod';
import { CASES_TABLE } from './catalogue.ts';
import { column, optionalText, publishedTable } from './table.ts';

// The centre as the other catalogues of centres' own data give it.
const { pref_code } = CASES_TABLE.row.shape;

export const OFFICES_TABLE = publishedTable({
  name: 'offices',
  title: '拠点の事務所・サテライト',
  titleEn: 'Centre offices and satellites',
  descriptionEn:
    "Each centre's main office and satellites with address, contact details and opening hours (as in offices.csv, one row per office). URLs are https only.",
  description:
    '各拠点の本部とサテライトの所在地・連絡先・受付時間（offices.csv のまま、1事務所1行）。URL は https のみ。',
  sortBy: ['pref_code', 'office_id'],
  row: z.object({
    pref_code,
    office_id: column(z.string(), '事務所のID'),
    name: column(z.string(), '事務所名（本部、○○サテライトなど）'),
    main: column(z.boolean(), '本部（拠点に1つ）。CSV では 1 = 本部、0 = サテライト等'),
    address: column(z.string(), '所在地'),
    phone: column(optionalText(), '電話番号（空欄あり）'),
    website: column(optionalText(), 'ウェブサイト（https、空欄あり）'),
    booking_url: column(optionalText(), '相談予約のページ（https、空欄あり）'),
    hours: column(optionalText(), '受付時間（空欄あり）'),
    online: column(z.boolean(), 'オンライン相談を受け付ける。CSV では 1 = 受け付ける'),
  }),
  inBrowserDb: true,
  json: true,
});
