// "How to consult" on a centre page and a coordinator profile (format README,
// "offices.csv"; report §3(3)②ii: reaching a coordinator in another prefecture): the
// centre's offices, main office first, with what can be called or followed, and the route
// to book. Pure: the page passes the published rows in. Every text stays the centre's own
// words; only https:// addresses become links, and a phone becomes a tel: link.
import type { JsonRow } from '../../schemas/published/index.ts';

export type OfficeRow = JsonRow<'offices'>;

export interface OfficeView {
  id: string;
  name: string;
  main: boolean;
  address: string;
  /** href null: shown as text only (too few digits to dial). */
  phone: { text: string; href: string | null } | null;
  website: string | null;
  booking: string | null;
  hours: string | null;
  online: boolean;
}

/** Where to book: the centre's booking page, else a phone number, else its website. */
export type BookingRoute =
  | { kind: 'booking'; href: string; office: string }
  | { kind: 'phone'; href: string; text: string; office: string }
  | { kind: 'website'; href: string; office: string };

export interface HowToConsult {
  offices: OfficeView[];
  /** Some office takes online consultations. */
  anyOnline: boolean;
  booking: BookingRoute | null;
}

/** An https:// address as given, or null (the pipeline admits no other; this guards the markup). */
export function httpsHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A tel: URI (RFC 3966) for a phone as the export writes it (digits, '-', '(', ')',
 * spaces): the digits with hyphens as visual separators; null without enough digits.
 */
export function telHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const dialled = phone
    .trim()
    .replace(/[()\s]+/g, '-')
    .replace(/[^0-9-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return dialled.replace(/-/g, '').length >= 3 ? `tel:${dialled}` : null;
}

function officeView(row: OfficeRow): OfficeView {
  return {
    id: row.office_id,
    name: row.name,
    main: row.main,
    address: row.address,
    phone: row.phone ? { text: row.phone, href: telHref(row.phone) } : null,
    website: httpsHref(row.website),
    booking: httpsHref(row.booking_url),
    hours: row.hours || null,
    online: row.online,
  };
}

/**
 * The offices (main first, then in the given order) and the route to book. `online`: the
 * reader wants an online consultation (a coordinator who takes them), so offices that take
 * online consultations come first when choosing the route.
 */
export function howToConsult(rows: readonly OfficeRow[], online = false): HowToConsult {
  const offices = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => Number(b.row.main) - Number(a.row.main) || a.i - b.i)
    .map(({ row }) => officeView(row));
  const preferred = online
    ? [...offices.filter((o) => o.online), ...offices.filter((o) => !o.online)]
    : offices;
  const withBooking = preferred.find((o) => o.booking);
  const withPhone = preferred.find((o) => o.phone?.href);
  const withSite = preferred.find((o) => o.website);
  const booking: BookingRoute | null = withBooking?.booking
    ? { kind: 'booking', href: withBooking.booking, office: withBooking.name }
    : withPhone?.phone?.href
      ? {
          kind: 'phone',
          href: withPhone.phone.href,
          text: withPhone.phone.text,
          office: withPhone.name,
        }
      : withSite?.website
        ? { kind: 'website', href: withSite.website, office: withSite.name }
        : null;
  return { offices, anyOnline: offices.some((o) => o.online), booking };
}
