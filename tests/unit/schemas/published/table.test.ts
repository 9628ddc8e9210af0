// The descriptor of a published table is derived from its zod row schema: column names and
// order from the shape, DuckDB types from the zod types, codes from enums.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  column,
  duckdbType,
  optionalText,
  publishedTable,
} from '../../../../src/schemas/published/table.ts';

/** A table of one row schema, declared with placeholder metadata. */
const tableOf = (row: z.ZodObject) =>
  publishedTable({ name: 'x', title: 'x', description: '', sortBy: [], row, inBrowserDb: true });

describe('duckdbType', () => {
  it.each([
    [z.int(), 'INTEGER'],
    [z.int().nullable(), 'INTEGER'],
    [z.number(), 'DOUBLE'],
    [z.boolean(), 'BOOLEAN'],
    [z.string(), 'VARCHAR'],
    [z.enum(['a', 'b']).nullable(), 'VARCHAR'],
    [z.iso.date(), 'DATE'],
    [z.array(z.string()), 'VARCHAR[]'],
    [z.array(z.enum(['x'])), 'VARCHAR[]'],
    [optionalText(), 'VARCHAR'],
  ] as const)('%#: %s', (type, expected) => expect(duckdbType(type)).toBe(expected));

  it('refuses a type the writers cannot publish', () => {
    expect(() => duckdbType(z.object({}))).toThrow(/no DuckDB type/);
  });
});

describe('publishedTable', () => {
  const t = publishedTable({
    name: 'things',
    title: 'もの',
    description: 'd',
    sortBy: ['year', 'kind'],
    row: z.object({
      year: column(z.int(), '年'),
      kind: column(z.enum(['b', 'a']), '種類', true),
      tags: column(z.array(z.enum(['x', 'y'])).nullable(), 'タグ', true),
      note: column(optionalText(), '備考'),
    }),
    inBrowserDb: true,
  });

  it('lists the columns in the order of the row schema, with meaning, type and codes', () => {
    expect(t.columns).toEqual([
      { name: 'year', meaning: '年', type: 'INTEGER' },
      { name: 'kind', meaning: '種類', type: 'VARCHAR', codes: ['b', 'a'] },
      { name: 'tags', meaning: 'タグ', type: 'VARCHAR[]', codes: ['x', 'y'] },
      { name: 'note', meaning: '備考', type: 'VARCHAR' },
    ]);
    expect(t.sortBy).toEqual(['year', 'kind']);
  });

  it('reads an empty free text as an empty string', () => {
    expect(t.row.parse({ year: 1, kind: 'a', tags: null, note: null }).note).toBe('');
  });

  it('refuses a column declared without its meaning', () => {
    expect(() => tableOf(z.object({ a: z.int() }))).toThrow(/'a': declared without column\(\)/);
  });

  it('refuses codes on a column that is not an enum', () => {
    expect(() => column(z.string(), 'x', true)).not.toThrow();
    expect(() => tableOf(z.object({ a: column(z.string(), 'x', true) }))).toThrow(
      /codes need an enum/,
    );
  });
});
