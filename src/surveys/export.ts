import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { projectPath } from '../paths';
import type { StoredSurveyResult, SurveyResultFilter, SurveyResultStore } from '../storage/ports/surveys';
import type { SurveyLabels } from './labels';
import { RIASEC, type Riasec } from './types';

/**
 * CSV and XLSX exports of survey results for staff, streamed with bounded memory: results are read in keyset
 * batches (SurveyResultStore.scan) and each batch is written before the next is read, waiting whenever the
 * output is backed up. XLSX is built in a worker thread with capped memory. No user id is ever exported.
 */

/** Results read per batch. */
export const EXPORT_BATCH = 1000;
/** Vietnam is UTC+7 all year (no daylight saving). */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;

export interface ExportOptions {
  labels: SurveyLabels;
  /** Times are written in this zone (minutes east of UTC). */
  utcOffsetMinutes?: number;
  batchSize?: number;
  /** Stops early when true (e.g. the client went away). */
  aborted?: () => boolean;
}

/** An export could not be completed (output closed, XLSX worker failed); the message holds no exported data. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}

type Cell = string | number | Date;
interface Column {
  key: string;
  header: string;
  width: number;
  value: (r: StoredSurveyResult) => Cell;
}

/** The exported columns, headed in the staff's language. */
export function exportColumns(labels: SurveyLabels, utcOffsetMinutes = VIETNAM_UTC_OFFSET_MINUTES): Column[] {
  const t = labels.t;
  const local = (iso: string) => new Date(Date.parse(iso) + utcOffsetMinutes * 60_000);
  const score = (c: Riasec): Column => ({ key: `score_${c}`, header: t('survey:export.columns.score', { name: labels.type(c), letter: c }), width: 10, value: (r) => r.scores[c] });
  return [
    { key: 'id', header: t('survey:export.columns.id'), width: 38, value: (r) => r.id },
    { key: 'completedAt', header: t('survey:export.columns.completedAt'), width: 18, value: (r) => local(r.completedAt) },
    { key: 'channel', header: t('survey:export.columns.channel'), width: 10, value: (r) => r.channel },
    { key: 'lang', header: t('survey:export.columns.lang'), width: 8, value: (r) => r.lang },
    { key: 'ageBand', header: t('survey:export.columns.ageBand'), width: 14, value: (r) => labels.ageBand(r.ageBand) },
    { key: 'grade', header: t('survey:export.columns.grade'), width: 16, value: (r) => labels.grade(r.grade) },
    { key: 'localityId', header: t('survey:export.columns.localityId'), width: 16, value: (r) => r.locality ?? '' },
    { key: 'locality', header: t('survey:export.columns.locality'), width: 22, value: (r) => labels.locality(r.locality) },
    { key: 'gender', header: t('survey:export.columns.gender'), width: 12, value: (r) => labels.gender(r.gender) },
    { key: 'code', header: t('survey:export.columns.code'), width: 10, value: (r) => r.code },
    { key: 'top', header: t('survey:export.columns.top'), width: 14, value: (r) => labels.type(r.code.charAt(0) as Riasec) },
    ...RIASEC.map(score),
    { key: 'maxScore', header: t('survey:export.columns.maxScore'), width: 10, value: (r) => r.maxScore },
    { key: 'itemSet', header: t('survey:export.columns.itemSet'), width: 12, value: (r) => r.itemSet },
  ];
}

/** Waits until a backed-up stream drains (or closes), leaving no listener behind. */
function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** A CSV field (RFC 4180), with formula injection neutralised for spreadsheet apps. */
export function csvField(value: Cell): string {
  const s = value instanceof Date ? value.toISOString().slice(0, 16).replace('T', ' ') : String(value);
  const safe = /^[=+\-@\t\r]/.test(s) && typeof value === 'string' ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes a UTF-8 CSV (with BOM, so Excel reads Vietnamese correctly) and ends `out`. Returns the rows written. */
export async function writeCsv(store: SurveyResultStore, filter: SurveyResultFilter, out: Writable, options: ExportOptions): Promise<number> {
  const columns = exportColumns(options.labels, options.utcOffsetMinutes);
  out.write(`\uFEFF${columns.map((c) => csvField(c.header)).join(',')}\r\n`);
  let rows = 0;
  for await (const batch of store.scan(filter, options.batchSize ?? EXPORT_BATCH)) {
    if (options.aborted?.() || out.destroyed) break;
    out.write(batch.map((r) => `${columns.map((c) => csvField(c.value(r))).join(',')}\r\n`).join(''));
    rows += batch.length;
    await drained(out);
  }
  if (out.destroyed && !options.aborted?.()) throw new ExportError('the output closed before the export finished');
  out.end();
  return rows;
}

/**
 * Heap limits of the XLSX worker: the export's memory has a hard cap whatever the number of rows (the worker
 * fails with ERR_WORKER_OUT_OF_MEMORY rather than growing the bot's process).
 */
export const XLSX_WORKER_LIMITS = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 4 };
const XLSX_WORKER = projectPath('src', 'surveys', 'xlsx-worker.mjs');
const XLSX_DATE_FORMAT = 'yyyy-mm-dd hh:mm';

/** Batches sent to the worker before waiting for it. */
const XLSX_BATCHES_IN_FLIGHT = 2;

type WorkerMessage = { type: 'chunk'; chunk: Uint8Array } | { type: 'ready' } | { type: 'done'; rows: number } | { type: 'error'; message: string };

/** Messages from the worker, taken one at a time in arrival order; a failure rejects every later take. */
class MessageQueue {
  private readonly items: WorkerMessage[] = [];
  private waiter: { resolve: (m: WorkerMessage) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  push(m: WorkerMessage): void {
    if (this.waiter) {
      this.waiter.resolve(m);
      this.waiter = undefined;
    } else this.items.push(m);
  }

  fail(err: Error): void {
    this.failure ??= err;
    this.waiter?.reject(this.failure);
    this.waiter = undefined;
  }

  take(): Promise<WorkerMessage> {
    const m = this.items.shift();
    if (m) return Promise.resolve(m);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }
}

/**
 * Writes an XLSX workbook through exceljs's streaming WorkbookWriter, run in a worker thread (src/surveys/
 * xlsx-worker.mjs): this thread reads batches and formats cells, the worker builds and zips the sheet and
 * sends the bytes back, which are written to `out` with back-pressure in both directions. Ends `out`.
 * Returns the rows written.
 */
export async function writeXlsx(store: SurveyResultStore, filter: SurveyResultFilter, out: Writable, options: ExportOptions): Promise<number> {
  const columns = exportColumns(options.labels, options.utcOffsetMinutes);
  const worker = new Worker(XLSX_WORKER, {
    workerData: {
      sheetName: options.labels.t('survey:export.sheet'),
      columns: columns.map((c) => ({ key: c.key, header: c.header, width: c.width, ...(c.key === 'completedAt' ? { numFmt: XLSX_DATE_FORMAT } : {}) })),
    },
    resourceLimits: XLSX_WORKER_LIMITS,
  });
  const inbox = new MessageQueue();
  worker.on('error', (err) => inbox.fail(new ExportError(`xlsx worker failed: ${err.name}`)));
  worker.on('exit', (code) => inbox.fail(new ExportError(`xlsx worker stopped (exit ${code})`)));
  worker.on('message', (m: WorkerMessage) => {
    if (m.type === 'chunk') {
      const ok = out.write(Buffer.from(m.chunk.buffer, m.chunk.byteOffset, m.chunk.byteLength));
      if (ok) worker.postMessage({ type: 'ack' });
      else void drained(out).then(() => worker.postMessage({ type: 'ack' }));
    } else if (m.type === 'error') inbox.fail(new ExportError(`xlsx worker: ${m.message}`));
    else inbox.push(m);
  });
  try {
    // Two batches in flight: the next one is read and formatted here while the worker writes the last one.
    let inFlight = 0;
    for await (const batch of store.scan(filter, options.batchSize ?? EXPORT_BATCH)) {
      if (options.aborted?.() || out.destroyed) break;
      worker.postMessage({ type: 'rows', rows: batch.map((r) => columns.map((c) => c.value(r))) });
      inFlight += 1;
      if (inFlight >= XLSX_BATCHES_IN_FLIGHT) {
        await inbox.take();
        inFlight -= 1;
      }
    }
    for (; inFlight > 0; inFlight -= 1) await inbox.take();
    if (out.destroyed) throw new ExportError('the output closed before the export finished');
    worker.postMessage({ type: 'end' });
    const last = await inbox.take();
    out.end();
    return last.type === 'done' ? last.rows : 0;
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
