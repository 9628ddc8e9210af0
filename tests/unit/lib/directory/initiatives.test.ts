import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withLang } from '../../../../src/i18n/server.ts';
import {
  FEED_ENTRIES,
  initiativeFacetSpecs,
  initiativeFacetValues,
  initiativeFeed,
  initiativeProfile,
  initiatives,
  regionName,
  similarInitiatives,
  sortInitiatives,
  type InitiativeRow,
} from '../../../../src/lib/directory/initiatives.ts';

const row = (id: string, over: Partial<InitiativeRow> = {}): InitiativeRow => ({
  id,
  pref_code: '13',
  fiscal_year: 2024,
  title: `取組 ${id}`,
  kind: 'seminar',
  stage: 'done',
  start: '2024-06-01',
  end: null,
  topics: [],
  partners: [],
  participants: null,
  businesses: null,
  outcome: null,
  body: '本文',
  ...over,
});

describe('sortInitiatives', () => {
  it('puts the newest year first, then the latest start, then the id', () => {
    const rows = [
      row('b', { fiscal_year: 2024, start: '2024-05-01' }),
      row('a', { fiscal_year: 2024, start: '2024-05-01' }),
      row('c', { fiscal_year: 2025, start: '2025-04-01' }),
      row('d', { fiscal_year: 2024, start: '2024-09-01' }),
    ];
    expect(sortInitiatives(rows).map((r) => r.id)).toEqual(['c', 'd', 'a', 'b']);
  });
});

describe('similarInitiatives', () => {
  const item = row('me', { pref_code: '13', kind: 'seminar', topics: ['succession', 'finance'] });
  const rows = [
    item,
    row('same-centre', { pref_code: '13', kind: 'seminar', topics: ['succession'] }),
    row('kind-only', { pref_code: '27', kind: 'seminar' }),
    row('kind-and-topic', { pref_code: '47', kind: 'seminar', topics: ['finance'] }),
    row('two-topics', { pref_code: '01', kind: 'outreach', topics: ['finance', 'succession'] }),
    row('a-one-topic', { pref_code: '02', kind: 'digital', topics: ['succession'] }),
    row('z-one-topic', { pref_code: '03', kind: 'digital', topics: ['finance'] }),
    row('unrelated', { pref_code: '04', kind: 'digital', topics: ['ip'] }),
  ];
  it('lists only other centres, most alike first (kind 2, each shared topic 1), then by id', () => {
    expect(similarInitiatives(item, rows).map((r) => r.id)).toEqual([
      'kind-and-topic',
      'kind-only',
      'two-topics',
      'a-one-topic',
      'z-one-topic',
    ]);
  });
  it('leaves out what has nothing in common, and stops at the limit', () => {
    expect(similarInitiatives(item, rows, 10).map((r) => r.id)).not.toContain('unrelated');
    expect(similarInitiatives(item, rows, 2)).toHaveLength(2);
  });
  it('takes the most alike of each centre only, done before planned, newer years first', () => {
    const more = [
      row('p-planned', { pref_code: '40', kind: 'seminar', stage: 'planned', fiscal_year: 2025 }),
      row('p-done-old', { pref_code: '40', kind: 'seminar', fiscal_year: 2022 }),
      row('q-done-new', { pref_code: '41', kind: 'seminar', fiscal_year: 2025 }),
      row('r-done-new', { pref_code: '41', kind: 'seminar', fiscal_year: 2025, topics: ['ip'] }),
    ];
    const plain = row('me', { kind: 'seminar' });
    expect(similarInitiatives(plain, more).map((r) => r.id)).toEqual(['q-done-new', 'p-done-old']);
  });
  it('does not depend on the order of the input', () => {
    const ids = similarInitiatives(item, rows).map((r) => r.id);
    expect(similarInitiatives(item, [...rows].reverse()).map((r) => r.id)).toEqual(ids);
  });
});

describe('facets', () => {
  it('files an initiative under its kind, bureau, topics, stage and year', () => {
    const r = row('x', { pref_code: '47', kind: 'outreach', stage: 'planned', topics: ['it_dx'] });
    expect(initiativeFacetValues(r)).toEqual({
      kind: ['outreach'],
      bureau: ['okinawa'],
      pref: ['47'],
      topic: ['it_dx'],
      stage: ['planned'],
      fy: ['2024'],
    });
  });
  it('names the region of a centre by its bureau', () => {
    expect(regionName('13')).toBe('関東経済産業局');
  });
  it('offers the years present, newest first, and every kind of the code list', () => {
    const specs = initiativeFacetSpecs([
      row('a', { fiscal_year: 2024 }),
      row('b', { fiscal_year: 2026 }),
    ]);
    expect(specs.map((s) => s.key)).toEqual(['kind', 'bureau', 'pref', 'topic', 'stage', 'fy']);
    expect(specs[5]!.options.map((o) => o.value)).toEqual(['2026', '2024']);
    expect(specs[0]!.options.map((o) => o.value)).toContain('business_meeting');
  });
});

describe('initiativeProfile', () => {
  it('names codes, joins the dates and leaves out what is absent', () => {
    const lines = initiativeProfile(
      row('x', {
        kind: 'business_meeting',
        start: '2024-11-12',
        end: '2024-11-13',
        partners: ['cci', 'regional_bank'],
        participants: 1200,
        outcome: '<b>9社</b>が取引を始めた。',
      }),
    );
    const byField = Object.fromEntries(lines.map((l) => [l.field, l.text]));
    expect(byField).toEqual({
      fy: '令和6年度 (2024)',
      kind: '商談会・展示会',
      stage: '実施済み',
      dates: '2024-11-12〜2024-11-13',
      partners: '商工会議所、地域金融機関',
      participants: '1,200人',
      outcome: '<b>9社</b>が取引を始めた。',
    });
  });
  it("is English on English pages, but for the centre's own words", () => {
    const lines = withLang('en', () =>
      initiativeProfile(
        row('x', {
          kind: 'business_meeting',
          partners: ['cci'],
          businesses: 1200,
          outcome: '9社が取引を始めた。',
        }),
      ),
    );
    const byField = Object.fromEntries(lines.map((l) => [l.field, l.text]));
    expect(byField).toMatchObject({
      fy: 'FY2024',
      kind: 'Business meetings and trade fairs',
      businesses: expect.stringMatching(/^1,200 \p{Script=Latin}/u),
      outcome: '9社が取引を始めた。',
    });
    expect(lines.filter((l) => l.written).map((l) => l.field)).toEqual(['outcome']);
    const kinds = withLang('en', () => initiativeFacetSpecs([row('a')])[0]!.options);
    expect(kinds.find((o) => o.value === 'seminar')?.label).toBe('Seminars and study groups');
  });
  it('shows a one-day initiative by its start date alone', () => {
    const lines = initiativeProfile(row('x', { start: '2025-01-01', end: '2025-01-01' }));
    expect(lines.find((l) => l.field === 'dates')?.text).toBe('2025-01-01');
  });
});

describe('initiativeFeed', () => {
  const options = {
    title: '拠点独自の取組',
    siteUrl: 'https://example.jp/portal/',
    feedUrl: 'https://example.jp/portal/initiatives/feed.xml',
    updated: '2026-04-01T00:00:00.000Z',
  };
  it('escapes every text and carries the body with raw HTML disabled', () => {
    const xml = initiativeFeed(
      [
        row('ex-1', {
          title: 'A & <B>',
          body: '<script>alert(1)</script>\n\n[x](javascript:alert(1))',
        }),
      ],
      options,
    );
    expect(xml).toContain('<id>https://example.jp/portal/initiatives/ex-1/</id>');
    expect(xml).toContain('<title>A &#38; &#60;B&#62;</title>');
    expect(xml).not.toContain('<script');
    // The unsafe link stays text: no href is made of it.
    expect(xml).toContain('[x](javascript:alert(1))');
    expect(xml).not.toContain('href=&#34;javascript');
    expect(xml).toContain('<summary>セミナー・勉強会（実施済み）</summary>');
  });
  it('carries the newest initiatives only, in the list order', () => {
    const many = Array.from({ length: FEED_ENTRIES + 5 }, (_, i) =>
      row(`in-${String(i).padStart(3, '0')}`, { fiscal_year: 2020 + (i % 6) }),
    );
    const ids = [
      ...initiativeFeed(many, options).matchAll(/<id>[^<]*\/initiatives\/([^/]+)\/<\/id>/g),
    ].map((m) => m[1]);
    expect(ids).toEqual(
      sortInitiatives(many)
        .slice(0, FEED_ENTRIES)
        .map((r) => r.id),
    );
  });
  it('is a feed without entries when there are no initiatives', () => {
    const xml = initiativeFeed([], options);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).not.toContain('<entry>');
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });
});

describe('initiatives', () => {
  const dir = mkdtempSync(join(tmpdir(), 'initiatives-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reads the published table, empty for an export without initiatives', () => {
    mkdirSync(join(dir, 'json'));
    writeFileSync(join(dir, 'json', 'initiatives.json'), '[]');
    const before = process.env['PORTAL_DATA'];
    process.env['PORTAL_DATA'] = dir;
    try {
      expect(initiatives()).toEqual([]);
    } finally {
      if (before === undefined) delete process.env['PORTAL_DATA'];
      else process.env['PORTAL_DATA'] = before;
    }
  });
});
