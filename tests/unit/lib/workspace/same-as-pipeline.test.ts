// The browser path equals the pipeline: an export read from Blobs by the workspace's
// reader (src/lib/workspace/read-export.ts) into DuckDB-WASM's asynchronous engine and
// computed by the shared indicator module gives exactly the pipeline's indicators.csv
// lines, and a malformed export exactly the pipeline's `file:line: column: reason`.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample } from '../../../../scripts/sample/index.ts';
import {
  ALL_CENTRES_AND_NATION,
  computeIndicatorRows,
} from '../../../../src/lib/indicator-compute/index.ts';
import {
  INDICATORS_CSV_HEADER,
  indicatorsCsvLine,
} from '../../../../src/lib/indicator-compute/contract-csv.ts';
import { formatProblem } from '../../../../src/lib/validation.ts';
import {
  readExport,
  type ExportFile,
  type ReadExportOptions,
} from '../../../../src/lib/workspace/read-export.ts';
import {
  EXAMPLE,
  copyExample,
  readRows,
  run,
  setCell,
  tempDir,
  writeRows,
} from '../../../helpers/export.ts';
import { encodeShiftJis } from '../../../helpers/sjis.ts';
import { centreInBrowser, exportFiles } from '../../../helpers/workspace.ts';
import { largestCentre } from '../../../../scripts/lib/centre-export.ts';
import { openNodeWasm, type NodeWasm } from '../../../../scripts/lib/node-duckdb-wasm.ts';

let wasm: NodeWasm;
beforeAll(async () => {
  wasm = await openNodeWasm();
});
afterAll(async () => {
  await wasm?.close();
});

/**
 * The workspace's answer: problems as messages, or indicators.csv lines. The vectorised
 * check is tried on every file, however small, as the pipeline does.
 */
async function inBrowser(
  files: ExportFile[],
  prefs = ALL_CENTRES_AND_NATION,
  options: ReadExportOptions = { fastFrom: 0 },
) {
  const read = await readExport(files, wasm.db, options);
  const vectorised = read.files.filter((f) => f.vectorised).map((f) => f.name);
  if (read.problems.length)
    return { problems: read.problems.map(formatProblem), lines: [], vectorised };
  const { indicators } = await computeIndicatorRows(wasm.db, prefs);
  return {
    problems: [],
    lines: [INDICATORS_CSV_HEADER, ...indicators.map(indicatorsCsvLine)],
    vectorised,
  };
}

async function pipelineCsv(dir: string): Promise<string[]> {
  const out = join(tempDir(), 'out');
  const result = await run([dir], out);
  expect(result.errors).toEqual([]);
  return readFileSync(join(out, 'indicators.csv'), 'utf8').trimEnd().split('\n');
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const utf8 = (s: string) => new TextEncoder().encode(s);
const crlf = (b: Uint8Array) => text(b).replace(/\n/g, '\r\n');
/** 2024-10-08 as 令和6年10月8日 (dates from 1 May 2019, the first day of 令和). */
const eraDates = (s: string) =>
  s.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso, y: string, m: string, d: string) =>
    iso < '2019-05-01' ? iso : `令和${Number(y) - 2018}年${Number(m)}月${Number(d)}日`,
  );
const fullWidthDigits = (s: string) =>
  s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The same export as other software may write it (format README, "Encoding and CSV dialect"). */
const ENCODED: [string, (name: string, b: Uint8Array) => Uint8Array][] = [
  ['UTF-8 with BOM and CRLF', (_n, b) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(crlf(b))])],
  ['Shift_JIS and CRLF', (_n, b) => encodeShiftJis(crlf(b))],
  [
    'Shift_JIS with era dates and full-width digits',
    (name, b) =>
      encodeShiftJis(
        name === 'capacity.csv'
          ? fullWidthDigits(text(b))
          : name === 'consultations.csv' || name === 'surveys.csv'
            ? eraDates(text(b))
            : text(b),
      ),
  ],
];

describe('indicators: workspace on DuckDB-WASM = pipeline', () => {
  let expected: string[];
  beforeAll(async () => {
    expected = await pipelineCsv(EXAMPLE);
  });

  it('on the contract example, every centre and the nation', async () => {
    const ours = await inBrowser(exportFiles(EXAMPLE));
    expect(ours.problems).toEqual([]);
    expect(ours.vectorised).toContain('consultations.csv');
    expect(ours.lines).toEqual(expected);
  });

  it('on the contract example read row by row only', async () => {
    const ours = await inBrowser(exportFiles(EXAMPLE), ALL_CENTRES_AND_NATION, { fast: false });
    expect(ours.problems).toEqual([]);
    expect(ours.vectorised).toEqual([]);
    expect(ours.lines).toEqual(expected);
  });

  it('on the contract example read row by row, loaded a few rows at a time', async () => {
    // Each line its own Blob part, so the reader gets many chunks and loads between them.
    const files = exportFiles(EXAMPLE).map((f) => ({ ...f }));
    for (const f of files) {
      const text = await f.data.text();
      f.data = new Blob(text.split(/(?<=\n)/));
    }
    let loads = 0;
    const db = {
      ...wasm.db,
      run: (sql: string) => {
        if (sql.includes("read_csv('workspace-consultations.csv'")) loads++;
        return wasm.db.run(sql);
      },
    };
    const read = await readExport(files, db, { fast: false, stageRows: 7 });
    expect(read.problems).toEqual([]);
    expect(loads).toBeGreaterThan(10);
    const { indicators } = await computeIndicatorRows(wasm.db);
    expect([INDICATORS_CSV_HEADER, ...indicators.map(indicatorsCsvLine)]).toEqual(expected);
  });

  it.each(ENCODED)('on the example in %s', async (_name, transform) => {
    const ours = await inBrowser(
      exportFiles(EXAMPLE, (name, b) => (name.endsWith('.csv') ? transform(name, b) : b)),
    );
    expect(ours.problems).toEqual([]);
    expect(ours.lines).toEqual(expected);
  });

  it("on the largest centre's own export, cut from a generated small sample", async () => {
    const sample = join(tempDir(), 'export');
    generateSample({ outDir: sample, scale: 'small', seed: 7 });
    const all = await pipelineCsv(sample);
    const pref = await largestCentre(sample);
    const ours = await centreInBrowser(wasm.db, sample, join(tempDir(), 'own'), pref);
    expect(ours.problems).toEqual([]);
    const theirs = all.filter((l) => l.split(',')[1] === pref);
    expect(theirs.length).toBeGreaterThan(0);
    expect(ours.lines).toEqual(theirs);
  });
});

/** Breaks a copy of the example in one way (cases from the pipeline's bad-input corpus). */
const BROKEN: [string, (dir: string) => void][] = [
  ['a cell its schema rejects', (d) => setCell(join(d, 'consultations.csv'), 3, 'minutes', '九十')],
  [
    'a duplicate key, at both lines',
    (d) => {
      const path = join(d, 'consultations.csv');
      const rows = readRows(path);
      rows[3]![0] = rows[1]![0]!;
      writeRows(path, rows);
    },
  ],
  ['an unknown coordinator', (d) => setCell(join(d, 'surveys.csv'), 2, 'co_id', 'HX-13-999')],
  ['a centre without a main office', (d) => setCell(join(d, 'offices.csv'), 2, 'main', '0')],
  [
    'too few fields and an unknown column',
    (d) => {
      const path = join(d, 'capacity.csv');
      const rows = readRows(path);
      rows[0]!.push('business_name');
      rows[1] = rows[1]!.slice(0, 3);
      writeRows(path, rows);
    },
  ],
  ['a missing required file', (d) => rmSync(join(d, 'coordinators.csv'))],
  [
    'invalid Shift_JIS bytes',
    (d) => {
      const sjis = Buffer.from(encodeShiftJis(readFileSync(join(d, 'coordinators.csv'), 'utf8')));
      const lines: Buffer[] = [];
      let start = 0;
      for (let i = sjis.indexOf(0x0a); i >= 0; i = sjis.indexOf(0x0a, i + 1)) {
        lines.push(sjis.subarray(start, i + 1));
        start = i + 1;
      }
      lines[6] = Buffer.concat([lines[6]!.subarray(0, -1), Buffer.from([0x85, 0x20, 0x0a])]);
      writeFileSync(join(d, 'coordinators.csv'), Buffer.concat(lines));
    },
  ],
];

describe('malformed exports: the same messages as the pipeline', () => {
  it.each(BROKEN)('%s', async (_name, breakIt) => {
    const dir = copyExample();
    breakIt(dir);
    const result = await run([dir], join(tempDir(), 'out'));
    expect(result.ok).toBe(false);
    const theirs = result.errors
      .filter((m) => m.startsWith(`${dir}/`))
      .map((m) => m.slice(dir.length + 1));
    expect(theirs.length).toBeGreaterThan(0);
    const ours = await inBrowser(exportFiles(dir));
    expect(ours.problems).toEqual(theirs);
  });
});

describe('files as chosen', () => {
  it('names files as given, lists unknown ones, and refuses a second copy of a file', async () => {
    const files = exportFiles(EXAMPLE).map((f) => ({ ...f, name: `export/${f.name}` }));
    const again = files.find((f) => f.name === 'export/surveys.csv')!;
    const read = await readExport(
      [
        ...files,
        { ...again, name: 'old/surveys.csv' },
        { name: 'notes.txt', data: new Blob(['x']) },
      ],
      wasm.db,
    );
    expect(read.problems.map(formatProblem)).toEqual([
      'old/surveys.csv: (file): a second surveys.csv (first: export/surveys.csv); choose the files of one export',
    ]);
    expect(read.ignored).toEqual(['notes.txt']);
    expect(read.files.map((f) => f.name)).toContain('export/consultations.csv');
  });
});

describe('reading progress and cancelling', () => {
  it('tells the rows accepted so far, per file', async () => {
    const seen: string[] = [];
    const read = await readExport(exportFiles(EXAMPLE), wasm.db, {
      progress: (file, rows) => seen.push(`${file} ${rows}`),
      progressEvery: 100,
      fast: false,
    });
    expect(read.problems).toEqual([]);
    expect(seen).toEqual(['consultations.csv 100', 'consultations.csv 200']);
    expect(read.files.find((f) => f.name === 'consultations.csv')).toMatchObject({
      encoding: 'utf-8',
      rows_read: 234,
      rows_accepted: 234,
      vectorised: false,
    });
  });

  it('stops with an AbortError when cancelled', async () => {
    const cancel = new AbortController();
    const reading = readExport(exportFiles(EXAMPLE), wasm.db, {
      progress: () => cancel.abort(),
      progressEvery: 100,
      signal: cancel.signal,
      fast: false,
    });
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
