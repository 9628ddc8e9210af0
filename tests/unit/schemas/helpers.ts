import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { z } from 'zod';
import { EXAMPLE, readRows } from '../../helpers/export.ts';

/** A data row of the contract's example export as `column → cell` (line 1 is the header). */
export function exampleRow(file: string, line: number): Record<string, string> {
  const [header, ...rows] = readRows(join(EXAMPLE, file));
  const row = rows[line - 2];
  if (!header || !row) throw new Error(`${file}:${line}: no such row in the example export`);
  return Object.fromEntries(header.map((column, i) => [column, row[i] ?? '']));
}

/** Parses a row and returns either the data or `column: reason` strings. */
export function check(
  schema: z.ZodType,
  row: Record<string, string>,
): { data?: unknown; errors?: string[] } {
  const r = schema.safeParse(row);
  if (r.success) return { data: r.data };
  return { errors: r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`) };
}

/** One test per [change, message]: `row` with `change` applied fails with exactly `message`. */
export function itRejects(
  schema: z.ZodType,
  row: Record<string, string>,
  cases: [Record<string, string>, string][],
): void {
  it.each(cases)('rejects %o', (change, message) => {
    expect(check(schema, { ...row, ...change }).errors).toEqual([message]);
  });
}
