import { describe, expect, it } from 'vitest';
import { RowCap, SQL_BOX_CAP } from '../../../src/client/row-cap.ts';

describe('RowCap', () => {
  it('keeps whole batches under the cap and is not cut', () => {
    const cap = new RowCap({ rows: 10, bytes: 1000 });
    expect(cap.take(4, 40)).toBe(4);
    expect(cap.take(4, 40)).toBe(4);
    expect(cap.cut).toBe(false);
    expect(cap.rows).toBe(8);
  });

  it('keeps exactly the rows cap from a batch that crosses it', () => {
    const cap = new RowCap({ rows: 10, bytes: 1_000_000 });
    expect(cap.take(8, 80)).toBe(8);
    expect(cap.take(2048, 20480)).toBe(2);
    expect(cap.cut).toBe(true);
    expect(cap.rows).toBe(10);
  });

  it('an answer exactly the cap long is not cut; one more batch is', () => {
    const cap = new RowCap({ rows: 10, bytes: 1_000_000 });
    expect(cap.take(10, 100)).toBe(10);
    expect(cap.cut).toBe(false);
    expect(cap.take(0, 0)).toBe(0);
    expect(cap.cut).toBe(false);
    expect(cap.take(1, 10)).toBe(0);
    expect(cap.cut).toBe(true);
  });

  it('stops at the byte budget when rows are wide', () => {
    const cap = new RowCap({ rows: 10_000, bytes: 1000 });
    expect(cap.take(5, 500)).toBe(5); // 100 bytes a row
    expect(cap.take(10, 1000)).toBe(5);
    expect(cap.cut).toBe(true);
    expect(cap.bytes).toBe(1000);
    expect(cap.take(1, 1)).toBe(0);
  });

  it('a single row wider than the budget keeps nothing and is cut', () => {
    const cap = new RowCap({ rows: 10, bytes: 100 });
    expect(cap.take(1, 1000)).toBe(0);
    expect(cap.cut).toBe(true);
  });

  it('rows without bytes are counted against the rows cap only', () => {
    const cap = new RowCap({ rows: 3, bytes: 0 });
    expect(cap.take(5, 0)).toBe(3);
    expect(cap.cut).toBe(true);
  });

  it('the SQL box keeps at most 10,000 rows', () => {
    const cap = new RowCap(SQL_BOX_CAP);
    let kept = 0;
    for (let i = 0; i < 10 && !cap.cut; i++) kept += cap.take(2048, 2048 * 8);
    expect(kept).toBe(10_000);
    expect(cap.cut).toBe(true);
  });
});
