// Support menus, case studies and centre capacity (disclosure.md, "Support menus and case
// studies as given"): published whole, except that co_ids keep only coordinators who
// consented to a public profile, so a non-consenting coordinator appears nowhere. The
// centres' own initiatives and offices (format v1.1) name no coordinator and no business:
// published as given.
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  CAPACITY_TABLE,
  CASES_TABLE,
  SUPPORT_MENUS_TABLE,
} from '../../../src/schemas/published/catalogue.ts';
import { INITIATIVES_TABLE } from '../../../src/schemas/published/initiatives.ts';
import { OFFICES_TABLE } from '../../../src/schemas/published/offices.ts';
import type { PublishedTable } from '../../../src/schemas/published/table.ts';

/** co_ids of a row (alias t) without non-consenting coordinators, in their order. */
const consentingIds = (t: string) => `list_filter(${t}.co_ids, x -> list_contains(ok.ids, x))`;
const consenting = `(SELECT coalesce(list(co_id), []::VARCHAR[]) AS ids FROM coordinators
  WHERE publish_consent) ok`;

export async function buildCatalogue(conn: DuckDBConnection): Promise<PublishedTable[]> {
  await conn.run(`
    CREATE OR REPLACE TABLE pub.support_menus AS
    SELECT m.menu_id, m.pref_code, m.title, m.topics, m.format, m.description,
      ${consentingIds('m')} AS co_ids
    FROM support_menus m, ${consenting}
    ORDER BY m.pref_code, m.menu_id`);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.cases AS
    SELECT c.id, c.pref_code, c.title, c.fiscal_year, c.industry, c.employees_band, c.topics,
      c.agencies, ${consentingIds('c')} AS co_ids, c.outcome, c.published, c.body
    FROM cases c, ${consenting}
    ORDER BY c.fiscal_year, c.pref_code, c.id`);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.capacity AS
    SELECT pref_code, fiscal_year, co_improved, trainees, joint_staff, lectures, lecture_attendees
    FROM capacity ORDER BY fiscal_year, pref_code`);
  // Without initiatives/ or offices.csv (a v1 export) the tables are empty: always published.
  await conn.run(`
    CREATE OR REPLACE TABLE pub.initiatives AS
    SELECT id, pref_code, fiscal_year, title, kind, stage, start, "end", topics, partners,
      participants, businesses, outcome, body
    FROM initiatives ORDER BY fiscal_year, pref_code, id`);
  await conn.run(`
    CREATE OR REPLACE TABLE pub.offices AS
    SELECT pref_code, office_id, name, main, address, phone, website, booking_url, hours, online
    FROM offices ORDER BY pref_code, office_id`);
  return [SUPPORT_MENUS_TABLE, CASES_TABLE, CAPACITY_TABLE, INITIATIVES_TABLE, OFFICES_TABLE];
}
