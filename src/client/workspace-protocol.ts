// Messages between /workspace/ (workspace.ts) and its worker (workspace-worker.ts).
import type { IndicatorCountRow, IndicatorRow } from '../lib/indicator-compute/index.ts';
import type { ExportFile, FileRead } from '../lib/workspace/read-export.ts';

export type ToWorker =
  | { type: 'read'; files: ExportFile[] }
  /** stops the read in progress (its AbortSignal) */
  | { type: 'cancel' };

export type FromWorker =
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
  | { type: 'error'; message: string };
