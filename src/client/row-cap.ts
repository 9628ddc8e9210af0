// How much of a query's answer the SQL box keeps. DuckDB hands the answer over in batches
// (one data chunk, up to 2,048 rows, each); the box keeps rows until a cap on rows or on
// bytes is reached and then stops reading, so no query can fill the tab's memory.

export interface CapLimits {
  /** rows kept and shown at most */
  rows: number;
  /** bytes of the answer's columns (Arrow buffers) kept at most */
  bytes: number;
}

export const SQL_BOX_CAP: CapLimits = { rows: 10_000, bytes: 32 * 1024 * 1024 };

export class RowCap {
  rows = 0;
  bytes = 0;
  /** true once a batch did not fit whole: the answer has more rows than were kept */
  cut = false;

  readonly limits: CapLimits;

  constructor(limits: CapLimits) {
    this.limits = limits;
  }

  /**
   * How many leading rows of a batch (`batchRows` rows, `batchBytes` bytes) to keep. Bytes are
   * spread evenly over the batch's rows. Once this returns fewer rows than the batch has,
   * `cut` is true and reading should stop. A batch that arrives after exactly `rows` rows were
   * kept is what tells a cut answer from one that was exactly the cap long.
   */
  take(batchRows: number, batchBytes: number): number {
    if (batchRows <= 0) return 0;
    const perRow = Math.max(0, batchBytes) / batchRows;
    const roomRows = this.limits.rows - this.rows;
    const roomBytes =
      perRow > 0 ? Math.floor((this.limits.bytes - this.bytes) / perRow) : Number.POSITIVE_INFINITY;
    const keep = Math.max(0, Math.min(batchRows, roomRows, roomBytes));
    if (keep < batchRows) this.cut = true;
    this.rows += keep;
    this.bytes += keep * perRow;
    return keep;
  }
}
