/**
 * The XLSX export's worker thread (plain JavaScript module, so it runs the same under tsx, vitest and dist/). It owns
 * an exceljs streaming WorkbookWriter; the main thread sends rows in batches and receives the file's bytes.
 * Running here keeps the CPU-heavy XML and zip work off the bot's event loop, and the worker's resource limits
 * put a hard cap on the export's heap.
 *
 * Protocol (main → worker): {type:'rows', rows}, {type:'end'}, {type:'ack'} (a chunk was written out).
 *          (worker → main): {type:'chunk', chunk}, {type:'ready'} (send the next rows), {type:'done', rows},
 *                           {type:'error', message}.
 * workerData: {sheetName, columns: [{key, header, width, numFmt?}]}.
 */
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** Rows written between two checks that the zip entry has caught up (exceljs has no back-pressure of its own). */
const CHECK_EVERY = 250;

let ack = null;
const out = new Writable({
  write(chunk, _encoding, callback) {
    ack = callback;
    parentPort.postMessage({ type: 'chunk', chunk });
  },
});

const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
const sheet = workbook.addWorksheet(workerData.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
sheet.columns = workerData.columns.map((c) => (c.numFmt ? { key: c.key, header: c.header, width: c.width, style: { numFmt: c.numFmt } } : { key: c.key, header: c.header, width: c.width }));
sheet.getRow(1).font = { bold: true };
sheet.getRow(1).commit();
let written = 0;

/**
 * Waits until the worksheet's zip entry has taken what was committed. WARNING: exceljs 4.4 internals
 * (`worksheet.stream.pipes`, readable-stream `_writableState`); if they change this waits for nothing and
 * `npm run bench:export` shows the memory growth.
 */
async function caughtUp() {
  const pipes = (sheet.stream && sheet.stream.pipes) || [];
  for (const p of pipes) {
    const state = p._writableState;
    if (p.writableNeedDrain || (state && state.needDrain)) await new Promise((resolve) => p.once('drain', resolve));
  }
}

async function addRows(rows) {
  for (const row of rows) {
    sheet.addRow(row).commit();
    written += 1;
    if (written % CHECK_EVERY === 0) await caughtUp();
  }
  await caughtUp();
}

async function finish() {
  sheet.commit();
  await workbook.commit();
  parentPort.postMessage({ type: 'done', rows: written });
}

let queue = Promise.resolve();
parentPort.on('message', (message) => {
  if (message.type === 'ack') {
    const callback = ack;
    ack = null;
    if (callback) callback();
    return;
  }
  queue = queue
    .then(() => (message.type === 'rows' ? addRows(message.rows).then(() => parentPort.postMessage({ type: 'ready' })) : finish()))
    .catch((err) => parentPort.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
});
