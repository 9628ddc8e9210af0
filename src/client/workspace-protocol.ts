// Messages between /workspace/ (workspace.ts) and its worker (workspace-worker.ts).
import type { IndicatorCountRow, IndicatorRow } from '../lib/indicator-compute/index.ts';
import type { ExportFile, FileRead } from '../lib/workspace/read-export.ts';

export type ToWorker =
  /** `run` numbers the page's reads; every answer to it carries it */
  | { type: 'read'; run: number; files: ExportFile[] }
  /** stops the read in progress (its AbortSignal) */
  | { type: 'cancel' };

/** `run`: the read answered (0: the engine's own messages). */
export type FromWorker = { run: number } & (
  | { type: 'ready' }
  | { type: 'progress'; file: string; rows: number }
  | { type: 'computing' }
  /** the export was rejected: every problem as `file:line: column: reason` */
  | { type: 'problems'; problems: string[]; ignored: string[] }
  | {
      type: 'result';
      files: FileRead[];
      ignored: string[];
      /** the centres with consultations in the export (indicators computed for each) */
      centres: string[];
      fiscalYears: number[];
      indicators: IndicatorRow[];
      counts: IndicatorCountRow[];
      /** from receiving the files to the indicators */
      ms: number;
      /** of which reading and checking */
      readMs: number;
    }
  | { type: 'cancelled' }
  | { type: 'error'; message: string }
);
