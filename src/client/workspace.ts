// /workspace/ in the browser: files chosen or dropped → the worker (workspace-worker.ts)
// checks and computes them → problems, or the centre's own figures beside the published
// reference values, its trend, a print view and a CSV made here. Nothing is sent or stored:
// the only requests are the site's own files (the engine, /workspace/reference/<pref>.json).
import './ui-strings.ts'; // first: the page's strings before any label is made
import { t, type MessageKey } from '../i18n/index.ts';
import { fiscalYearLabel, formatNumber } from '../lib/format.ts';
import { formatIndicatorValue, statusReason, statusText } from '../lib/indicator-format.ts';
import { INDICATORS, type IndicatorDef } from '../lib/indicators.ts';
import type { IndicatorRow } from '../lib/indicator-compute/index.ts';
import {
  contractNumber,
  INDICATORS_CSV_HEADER,
  indicatorsCsvLine,
} from '../lib/indicator-compute/contract-csv.ts';
import { vocab } from '../lib/vocab.ts';
import type { ExportFile, FileRead } from '../lib/workspace/read-export.ts';
import {
  PEER_GROUPS,
  type CentreReference,
  type PeerGroup,
  type ReferenceCell,
} from '../lib/workspace/reference.ts';
import { el, renderTable } from './dom.ts';
import type { FromWorker, ToWorker } from './workspace-protocol.ts';
import workerUrl from './workspace-worker.ts?worker&url';

/** How long the worker gets to stop a cancelled read before it is replaced. */
const CANCEL_GRACE_MS = 2000;

const PEER_LABELS: Record<PeerGroup, MessageKey> = {
  bureau: 'compare.group.bureau',
  size_consultations: 'compare.group.sizeConsultations',
  size_coordinators: 'compare.group.sizeCoordinators',
};

type Result = FromWorker & { type: 'result' };

const centreName = (pref: string) =>
  vocab.centres.find((c) => c.pref_code === pref)?.center_name ?? pref;

/** The files of a drop: files as they are, folders read through (names keep their folder). */
async function droppedFiles(items: DataTransferItemList): Promise<ExportFile[]> {
  const out: ExportFile[] = [];
  const entries: FileSystemEntry[] = [];
  for (const item of Array.from(items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = entry ? null : item.getAsFile();
    // Without an entry (a browser without it, a synthetic drop) the item is a plain file.
    if (entry) entries.push(entry);
    else if (file) out.push({ name: file.name, data: file });
  }
  const walk = async (entry: FileSystemEntry, depth: number): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) =>
        (entry as FileSystemFileEntry).file(resolve, reject),
      );
      out.push({ name: entry.fullPath.replace(/^\//, ''), data: file });
    } else if (entry.isDirectory && depth === 0) {
      // An export's CSVs are at its top; its Markdown folders (cases/, …) are not read.
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
          reader.readEntries(resolve, reject),
        );
        if (batch.length === 0) break;
        for (const e of batch) await walk(e, depth + 1);
      }
    }
  };
  for (const entry of entries) await walk(entry, 0);
  return out;
}

function valueText(def: IndicatorDef, row: IndicatorRow): string {
  return row.status === 'ok' && row.value !== null
    ? formatIndicatorValue(def, row.value)
    : statusText[row.status as 'suppressed' | 'na'];
}

const refText = (def: IndicatorDef, v: number | null | undefined) =>
  v === null || v === undefined ? t('workspace.ref.none') : formatIndicatorValue(def, v);

/** The own figure with the dashboards' markup (FigureValue.astro): raw value as indicators.csv has it. */
function ownFigure(def: IndicatorDef, row: IndicatorRow, marked: boolean): HTMLElement {
  const raw = row.status === 'ok' && row.value !== null ? contractNumber(row.value) : '';
  const attrs: Record<string, string> = { class: `value status-${row.status}` };
  if (marked) {
    Object.assign(attrs, {
      'data-indicator': row.indicator,
      'data-fy': String(row.fiscal_year),
      'data-pref': row.pref_code,
      'data-value': raw,
      'data-status': row.status,
    });
  }
  return el('span', attrs, valueText(def, row));
}

function yearTable(
  fy: number,
  rows: IndicatorRow[],
  answers: Map<string, number>,
  refs: Record<string, ReferenceCell> | undefined,
): HTMLElement {
  const headers = [
    t('workspace.col.indicator'),
    t('workspace.col.own'),
    t('workspace.col.publication'),
    t('workspace.col.national'),
    t('workspace.col.iqr'),
    ...PEER_GROUPS.map((g) => t('workspace.col.peer', { group: t(PEER_LABELS[g]) })),
  ];
  const table = el('table', { class: 'workspace-year' });
  table.append(el('caption', {}, t('workspace.result.caption', { fy: fiscalYearLabel(fy) })));
  const head = el('tr');
  headers.forEach((h, i) =>
    head.append(el('th', { scope: 'col', class: i === 0 || i === 2 ? '' : 'num' }, h)),
  );
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const def of INDICATORS) {
    const row = rows.find((r) => r.indicator === def.id);
    if (!row) continue;
    const cell = refs?.[def.id];
    // What the public site would show: the figure, or why it would be withheld.
    const publication =
      row.status === 'ok'
        ? [t('workspace.publication.ok')]
        : [
            el('strong', {}, statusText[row.status]),
            el('span', { class: 'note' }, statusReason(def, row.status)),
          ];
    const iqr =
      cell && cell.q1 !== null && cell.q3 !== null
        ? t('workspace.ref.range', {
            q1: formatIndicatorValue(def, cell.q1),
            q3: formatIndicatorValue(def, cell.q3),
          })
        : t('workspace.ref.none');
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, def.name),
        el(
          'td',
          { class: 'num' },
          ownFigure(def, row, true),
          // A share's answers: the centre may see why it would be suppressed (1–9).
          ...(answers.has(def.id)
            ? [
                el(
                  'span',
                  { class: 'note' },
                  t('workspace.answers', { n: formatNumber(answers.get(def.id)!) }),
                ),
              ]
            : []),
        ),
        el('td', { class: `publication status-${row.status}` }, ...publication),
        el('td', { class: 'num ref' }, refText(def, cell?.median)),
        el('td', { class: 'num ref' }, iqr),
        ...PEER_GROUPS.map((g) => el('td', { class: 'num ref' }, refText(def, cell?.peers[g]))),
      ),
    );
  }
  table.append(body);
  return el(
    'div',
    {
      class: 'table-wrap',
      tabindex: '0',
      role: 'region',
      'aria-label': t('workspace.result.caption', { fy: fiscalYearLabel(fy) }),
    },
    table,
  );
}

const ENCODING_LABELS: Record<FileRead['encoding'], MessageKey> = {
  'utf-8': 'workspace.encoding.utf8',
  'utf-8-bom': 'workspace.encoding.utf8bom',
  shift_jis: 'workspace.encoding.sjis',
};

/** Which files were read, and how: staff can see their system's encoding was understood. */
function filesTable(files: FileRead[]): HTMLElement {
  return renderTable({
    caption: t('workspace.files.caption'),
    headers: [t('workspace.files.file'), t('workspace.files.encoding'), t('workspace.files.rows')],
    numericFrom: 2,
    rows: files.map((f) => [f.name, t(ENCODING_LABELS[f.encoding]), formatNumber(f.rows_read)]),
  });
}

function trendTable(pref: string, years: number[], rows: IndicatorRow[]): HTMLElement {
  const caption = t('workspace.trend.caption', { centre: centreName(pref) });
  const table = el('table', { class: 'workspace-trend' });
  table.append(el('caption', {}, caption));
  const head = el('tr', {}, el('th', { scope: 'col' }, t('workspace.col.indicator')));
  for (const fy of years)
    head.append(el('th', { scope: 'col', class: 'num' }, fiscalYearLabel(fy)));
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const def of INDICATORS) {
    const tr = el('tr', {}, el('th', { scope: 'row' }, def.name));
    for (const fy of years) {
      const row = rows.find((r) => r.indicator === def.id && r.fiscal_year === fy);
      // The figure is marked up once, in its year's table above.
      tr.append(el('td', { class: 'num' }, row ? ownFigure(def, row, false) : ''));
    }
    body.append(tr);
  }
  table.append(body);
  return el(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    table,
  );
}

export function startWorkspace(): void {
  const root = document.getElementById('workspace')!;
  const { wasmUrl, referenceBase, vintage } = root.dataset as {
    wasmUrl: string;
    referenceBase: string;
    vintage: string;
  };
  const input = document.getElementById('workspace-files') as HTMLInputElement;
  const drop = document.getElementById('workspace-drop')!;
  const status = document.getElementById('workspace-status')!;
  const cancelButton = document.getElementById('workspace-cancel') as HTMLButtonElement;
  const errors = document.getElementById('workspace-errors')!;
  const ignoredNote = document.getElementById('workspace-ignored')!;
  const out = document.getElementById('workspace-result')!;
  const centreBox = document.getElementById('workspace-centre')!;
  const centreIntro = document.getElementById('workspace-centre-intro')!;
  const centreSelect = document.getElementById('workspace-centre-select') as HTMLSelectElement;
  const actions = document.getElementById('workspace-actions')!;
  const download = document.getElementById('workspace-download') as HTMLAnchorElement;
  const printButton = document.getElementById('workspace-print')!;

  let worker: Worker;
  let ready = false;
  let busy = false;
  /** the read in progress (answers to earlier ones are stale) */
  let run = 0;
  let cancelTimer: ReturnType<typeof setTimeout> | undefined;
  let result: Result | null = null;
  let csvUrl: string | null = null;
  const references = new Map<string, Promise<CentreReference | null>>();

  /** What the page is doing, for tests and the bench (loading, ready, working, done, …). */
  const setState = (state: string) => {
    root.dataset['state'] = state;
  };
  const setBusy = (on: boolean) => {
    busy = on;
    out.setAttribute('aria-busy', String(on));
    cancelButton.disabled = !on;
  };

  const spawn = () => {
    const url = new URL(workerUrl, location.href);
    url.searchParams.set('wasm', wasmUrl);
    worker = new Worker(url);
    ready = false;
    worker.addEventListener('message', (e: MessageEvent<FromWorker>) => onMessage(e.data));
    worker.addEventListener('error', (e) => {
      setBusy(false);
      status.textContent = t('workspace.status.failed', { message: e.message });
    });
  };
  const send = (m: ToWorker) => worker.postMessage(m);

  const reference = (pref: string): Promise<CentreReference | null> => {
    let r = references.get(pref);
    if (!r) {
      r = fetch(`${referenceBase}${pref}.json`).then(
        (res) => (res.ok ? (res.json() as Promise<CentreReference>) : null),
        () => null,
      );
      references.set(pref, r);
    }
    return r;
  };

  const show = async (pref: string) => {
    const shown = result;
    if (!shown) return;
    const rows = shown.indicators.filter((r) => r.pref_code === pref);
    const ref = await reference(pref);
    if (result !== shown) return; // another export was chosen meanwhile
    const years = [...shown.fiscalYears].reverse();
    out.replaceChildren(
      el('p', { class: 'workspace-own' }, t('workspace.result.own', { centre: centreName(pref) })),
      el('p', {}, t('workspace.result.reference', { vintage })),
      ...years.map((fy) =>
        yearTable(
          fy,
          rows.filter((r) => r.fiscal_year === fy),
          new Map(
            shown.counts
              .filter((c) => c.pref_code === pref && c.fiscal_year === fy)
              .map((c) => [c.indicator, c.n]),
          ),
          ref?.years[String(fy)],
        ),
      ),
      el('h3', {}, t('workspace.trend.heading')),
      trendTable(pref, shown.fiscalYears, rows),
      filesTable(shown.files),
    );
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    const csv = [INDICATORS_CSV_HEADER, ...rows.map(indicatorsCsvLine)].join('\n') + '\n';
    csvUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    download.href = csvUrl;
    download.download = `indicators-${pref}.csv`;
    actions.hidden = false;
    root.dataset['ms'] = `${Math.round(shown.readMs)} ${Math.round(shown.ms)}`;
    setState('done');
    setBusy(false);
  };

  const clear = () => {
    result = null;
    errors.hidden = true;
    errors.querySelector('ul')!.replaceChildren();
    ignoredNote.hidden = true;
    centreBox.hidden = true;
    actions.hidden = true;
    out.replaceChildren();
  };

  function onMessage(m: FromWorker): void {
    if (m.run !== 0 && m.run !== run) return;
    switch (m.type) {
      case 'ready':
        ready = true;
        if (busy) status.textContent = t('workspace.status.started');
        else {
          setState('ready');
          status.textContent = t('workspace.status.idle');
        }
        return;
      case 'progress':
        status.textContent = t('workspace.status.reading', {
          file: m.file,
          rows: formatNumber(m.rows),
        });
        return;
      case 'computing':
        status.textContent = t('workspace.status.computing');
        return;
      case 'problems': {
        errors.querySelector('ul')!.replaceChildren(...m.problems.map((p) => el('li', {}, p)));
        errors.hidden = false;
        showIgnored(m.ignored);
        setState('rejected');
        status.textContent = t('workspace.status.rejected', {
          count: formatNumber(m.problems.length),
        });
        setBusy(false);
        return;
      }
      case 'result': {
        result = m;
        showIgnored(m.ignored);
        status.textContent = t('workspace.status.done', {
          files: formatNumber(m.files.length),
          rows: formatNumber(m.files.reduce((n, f) => n + f.rows_read, 0)),
          seconds: (m.ms / 1000).toFixed(1),
        });
        centreSelect.replaceChildren(
          ...m.centres.map((p) => el('option', { value: p }, `${p} ${centreName(p)}`)),
        );
        centreIntro.textContent = t('workspace.centre.intro', { count: String(m.centres.length) });
        centreBox.hidden = m.centres.length < 2;
        const first = m.centres[0];
        if (first === undefined) {
          setBusy(false);
          return;
        }
        void show(first);
        return;
      }
      case 'cancelled':
        clearTimeout(cancelTimer);
        setState('cancelled');
        status.textContent = t('workspace.status.cancelled');
        setBusy(false);
        return;
      case 'error':
        setState('failed');
        status.textContent = t('workspace.status.failed', { message: m.message });
        setBusy(false);
        return;
    }
  }

  const showIgnored = (names: string[]) => {
    ignoredNote.hidden = names.length === 0;
    ignoredNote.textContent = t('workspace.ignored', { files: names.join(', ') });
  };

  const start = (files: ExportFile[]) => {
    if (files.length === 0) return;
    if (busy) cancel();
    clear();
    setState('working');
    setBusy(true);
    status.textContent = t(ready ? 'workspace.status.started' : 'workspace.status.engine');
    run += 1;
    send({ type: 'read', run, files });
  };

  const cancel = () => {
    send({ type: 'cancel' });
    // A worker stuck in one long step is replaced; the next export starts a new engine.
    clearTimeout(cancelTimer);
    const cancelled = run;
    cancelTimer = setTimeout(() => {
      if (!busy || run !== cancelled) return;
      worker.terminate();
      spawn();
      setState('cancelled');
      status.textContent = t('workspace.status.cancelled');
      setBusy(false);
    }, CANCEL_GRACE_MS);
  };

  spawn();
  input.addEventListener('change', () => {
    start(Array.from(input.files ?? [], (f) => ({ name: f.name, data: f })));
  });
  cancelButton.addEventListener('click', cancel);
  centreSelect.addEventListener('change', () => {
    setBusy(true);
    void show(centreSelect.value);
  });
  printButton.addEventListener('click', () => print());
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  // A file dropped beside the zone would otherwise replace the page with itself.
  for (const type of ['dragover', 'drop']) window.addEventListener(type, (e) => e.preventDefault());
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const items = e.dataTransfer?.items;
    if (items) void droppedFiles(items).then(start);
  });
}
