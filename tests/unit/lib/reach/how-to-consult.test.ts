// How to consult (format README, "offices.csv"): main office first, only https links,
// phones as tel: links, and the booking route for an online consultation.
import { describe, expect, it } from 'vitest';
import {
  howToConsult,
  httpsHref,
  telHref,
  type OfficeRow,
} from '../../../../src/lib/reach/how-to-consult.ts';

const office = (over: Partial<OfficeRow>): OfficeRow => ({
  pref_code: '01',
  office_id: 'hokkaido-sat-1',
  name: '北見サテライト',
  main: false,
  address: '北海道北見市架空町1-2-3',
  // the published rows read an empty cell as '' (src/schemas/published/table.ts)
  phone: '',
  website: '',
  booking_url: '',
  hours: '',
  online: false,
  ...over,
});
const main = office({
  office_id: 'hokkaido-main',
  name: '本部',
  main: true,
  phone: '011-000-1234',
  website: 'https://example.jp/yorozu-hokkaido/',
  hours: '平日 9:00-17:00',
});

describe('telHref', () => {
  it('dials the digits, hyphens kept as separators, brackets and spaces made hyphens', () => {
    expect(telHref('011-000-1234')).toBe('tel:011-000-1234');
    expect(telHref('(03) 0000 0000')).toBe('tel:03-0000-0000');
    expect(telHref(' 0120 000 000 ')).toBe('tel:0120-000-000');
  });
  it('gives nothing to dial for no phone or too few digits', () => {
    expect(telHref(null)).toBeNull();
    expect(telHref('')).toBeNull();
    expect(telHref('( - )')).toBeNull();
  });
});

describe('httpsHref', () => {
  it('keeps https addresses as given and refuses every other scheme', () => {
    expect(httpsHref('https://example.jp/a?b=1')).toBe('https://example.jp/a?b=1');
    for (const bad of ['http://example.jp/', 'javascript:alert(1)', 'data:text/html,x', '/x', '']) {
      expect(httpsHref(bad)).toBeNull();
    }
    expect(httpsHref(null)).toBeNull();
  });
});

describe('howToConsult', () => {
  it('puts the main office first, then the others in the given order', () => {
    const a = office({ office_id: 'a', name: 'A' });
    const b = office({ office_id: 'b', name: 'B' });
    expect(howToConsult([a, main, b]).offices.map((o) => o.id)).toEqual([
      'hokkaido-main',
      'a',
      'b',
    ]);
  });

  it('shows a phone that cannot be dialled as text only', () => {
    const [view] = howToConsult([office({ phone: '( )' })]).offices;
    expect(view!.phone).toEqual({ text: '( )', href: null });
  });

  it('drops a non-https website or booking page (no link is made of it)', () => {
    const [view] = howToConsult([
      office({ website: 'javascript:alert(1)', booking_url: 'http://example.jp/' }),
    ]).offices;
    expect(view!.website).toBeNull();
    expect(view!.booking).toBeNull();
  });

  it('books on a booking page first, else by phone, else through the website', () => {
    const sat = office({ booking_url: 'https://example.jp/book', online: true });
    expect(howToConsult([main, sat]).booking).toEqual({
      kind: 'booking',
      href: 'https://example.jp/book',
      office: '北見サテライト',
    });
    expect(howToConsult([main]).booking).toEqual({
      kind: 'phone',
      href: 'tel:011-000-1234',
      text: '011-000-1234',
      office: '本部',
    });
    expect(howToConsult([{ ...main, phone: '' }]).booking).toMatchObject({ kind: 'website' });
    expect(howToConsult([office({})]).booking).toBeNull();
    expect(howToConsult([]).booking).toBeNull();
  });

  it('for an online consultation, books at an office that takes them before the main office', () => {
    const mainBooking = { ...main, booking_url: 'https://example.jp/main-book' };
    const onlineSat = office({ booking_url: 'https://example.jp/online-book', online: true });
    expect(howToConsult([mainBooking, onlineSat]).booking?.href).toBe(
      'https://example.jp/main-book',
    );
    expect(howToConsult([mainBooking, onlineSat], true).booking?.href).toBe(
      'https://example.jp/online-book',
    );
    expect(howToConsult([mainBooking, onlineSat]).anyOnline).toBe(true);
    expect(howToConsult([mainBooking]).anyOnline).toBe(false);
  });
});
