/**
 * `npm run bench:export` → `tsx test/bench/export.ts [--rows=100000] [--verify]`
 * Seeds N synthetic survey results into a real SQLite file, then exports them to CSV and to XLSX (exceljs
 * streaming writer), each in a FRESH child process writing to a file, so the memory left over from seeding
 * cannot hide the export's own growth. Prints the time and the peak RSS growth over the child's RSS just
 * before the export (sampled every 5 ms). Target (issue 6): ≤ 10 s and ≤ 100 MB growth per format; exit code 1
 * if a target is missed.
 * `--verify` reads the XLSX back (streaming reader) and checks the row count (not timed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { createI18n } from '../../src/i18n';
import { openDatabase } from '../../src/storage/sqlite/db';
import { SqliteSurveyResultStore } from '../../src/storage/sqlite/surveys';
import { writeCsv, writeXlsx } from '../../src/surveys/export';
import { SurveyLabels } from '../../src/surveys/labels';
import { AGE_BANDS, GENDERS, GRADES, RIASEC, type Riasec } from '../../src/surveys/types';
import { tempDir } from '../helpers/tmp';
import { cliOptions } from './harness';

const TARGET_SECONDS = 10;
const TARGET_MB = 100;
const MB = 1024 * 1024;

/** Deterministic pseudo-random numbers (mulberry32), so every run exports the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seed(store: SqliteSurveyResultStore, db: ReturnType<typeof openDatabase>, rows: number): Promise<void> {
  const rnd = random(6);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const start = Date.parse('2026-01-01T00:00:00Z');
  db.exec('BEGIN');
  for (let i = 0; i < rows; i++) {
    const scores = Object.fromEntries(RIASEC.map((c) => [c, Math.floor(rnd() * 13)])) as Record<Riasec, number>;
    const code = [...RIASEC].sort((a, b) => scores[b] - scores[a]).slice(0, 3).join('');
    await store.save({
      userId: `bench-user-${i}`,
      consentId: `consent-${i}`,
      channel: pick(['zalo', 'messenger', 'web']),
      lang: rnd() < 0.9 ? 'vi' : 'en',
      itemSet: 'bdh-36-v1',
      completedAt: new Date(start + Math.floor(rnd() * 180 * 86_400_000)).toISOString(),
      scores,
      maxScore: 12,
      code,
      ageBand: pick(AGE_BANDS),
      ...(rnd() < 0.7 ? { grade: pick(GRADES) } : {}),
      ...(rnd() < 0.6 ? { locality: `xa-${Math.floor(rnd() * 60)}` } : {}),
      ...(rnd() < 0.5 ? { gender: pick(GENDERS) } : {}),
    });
  }
  db.exec('COMMIT');
}

async function measure(name: string, run: () => Promise<number>): Promise<{ name: string; rows: number; seconds: number; growthMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const b = process.memoryUsage();
  let heap = b.heapTotal, ext = b.external;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    heap = Math.max(heap, m.heapTotal);
    ext = Math.max(ext, m.external);
  }, 5);
  const t0 = performance.now();
  const rows = await run();
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (process.env.BENCH_DEBUG) process.stderr.write(`${name}: heapTotal +${((heap - b.heapTotal) / MB).toFixed(0)} MB, external +${((ext - b.external) / MB).toFixed(0)} MB\n`);
  return { name, rows, seconds, growthMb: (peak - baseline) / MB };
}

function finished(stream: fs.WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('close', () => resolve());
    stream.on('error', reject);
  });
}

interface Measured {
  name: string;
  rows: number;
  seconds: number;
  growthMb: number;
}

/** Child mode: export one format from an existing database file and print the measurement as JSON. */
async function child(format: 'CSV' | 'XLSX', dbFile: string, outFile: string): Promise<void> {
  const db = openDatabase(dbFile);
  const store = new SqliteSurveyResultStore(db);
  const labels = new SurveyLabels(createI18n(), 'vi');
  const result = await measure(format, async () => {
    const out = fs.createWriteStream(outFile);
    const done = finished(out);
    const n = format === 'CSV' ? await writeCsv(store, {}, out, { labels }) : await writeXlsx(store, {}, out, { labels });
    await done;
    return n;
  });
  db.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function inChild(format: 'CSV' | 'XLSX', dbFile: string, outFile: string): Measured {
  const stdout = execFileSync(process.execPath, [...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []), '--import', 'tsx', __filename, `--child=${format}`, `--db=${dbFile}`, `--out=${outFile}`], { encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Measured;
}

async function main(): Promise<void> {
  const opts = cliOptions();
  if (opts.child === 'CSV' || opts.child === 'XLSX') return child(opts.child, opts.db ?? '', opts.out ?? '');
  const rows = Number(opts.rows ?? 100_000);
  const tmp = tempDir('bdh-bench-export-');
  try {
    const dbFile = path.join(tmp.dir, 'bench.sqlite');
    const db = openDatabase(dbFile);
    const t0 = performance.now();
    await seed(new SqliteSurveyResultStore(db), db, rows);
    db.close();
    console.log(`seeded ${rows} results in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const csvFile = path.join(tmp.dir, 'export.csv');
    const xlsxFile = path.join(tmp.dir, 'export.xlsx');
    const results = [inChild('CSV', dbFile, csvFile), inChild('XLSX', dbFile, xlsxFile)];
    let ok = true;
    console.log(`format  rows      seconds  peak RSS growth  file size   (targets: ≤ ${TARGET_SECONDS} s, ≤ ${TARGET_MB} MB)`);
    for (const r of results) {
      const size = fs.statSync(r.name === 'CSV' ? csvFile : xlsxFile).size / MB;
      const pass = r.seconds <= TARGET_SECONDS && r.growthMb <= TARGET_MB && r.rows === rows;
      ok &&= pass;
      console.log(`${r.name.padEnd(6)}  ${String(r.rows).padEnd(8)}  ${r.seconds.toFixed(2).padStart(7)}  ${r.growthMb.toFixed(1).padStart(12)} MB  ${size.toFixed(1).padStart(6)} MB   ${pass ? 'OK' : 'OVER TARGET'}`);
    }
    const csvLines = fs.readFileSync(csvFile, 'utf8').split('\r\n').filter((l) => l !== '').length - 1;
    console.log(`CSV has ${csvLines} data rows`);
    ok &&= csvLines === rows;
    if (opts.verify) {
      let read = 0;
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxFile, {});
      for await (const sheet of reader) for await (const _row of sheet) read += 1;
      console.log(`verify: XLSX has ${read - 1} data rows (expected ${rows})`);
      ok &&= read - 1 === rows;
    }
    process.exitCode = ok ? 0 : 1;
  } finally {
    tmp.cleanup();
  }
}

void main();
