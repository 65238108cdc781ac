/**
 * `npm run bench:nlu` — index build time and per-query latency of the FAQ matcher over the full knowledge base,
 * next to the naive baseline (MiniSearch defaults) measured in the same run. Target: p99 < 2 ms per query.
 *
 *   tsx test/bench/nlu.ts [--rounds 5] [--kb DIR]
 *
 * Queries: every paraphrase of every entry (vi and en), the dev set and, when present, the evaluation set.
 * Each query is timed on its own (process.hrtime), after a warm-up round; GC pauses are included.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Answerer, loadKnowledgeBase, type KnowledgeBase } from '../../src/knowledge';
import { CONTENT_DIR } from '../../src/knowledge/load';
import { baselineSystem, DEV_FILE, QUESTIONS_FILE, readQuestions } from '../eval/kb/harness';

const TARGET_P99_MS = 2;

type Query = [string, 'vi' | 'en'];

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const now = () => process.hrtime.bigint();
const ms = (from: bigint) => Number(now() - from) / 1e6;

function queries(kb: KnowledgeBase): Query[] {
  const out: Query[] = kb.entries.flatMap((e) => [
    ...e.questions.vi.map((q): Query => [q, 'vi']),
    ...e.questions.en.map((q): Query => [q, 'en']),
  ]);
  for (const file of [DEV_FILE, QUESTIONS_FILE]) if (fs.existsSync(file)) out.push(...readQuestions(file).map((q): Query => [q.q, q.lang]));
  return out;
}

interface Stats {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  return { p50: at(0.5), p99: at(0.99), max: s.at(-1) as number, mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** Wall-clock and CPU time per query. On a shared machine the wall clock also counts time spent waiting for a core. */
function time(qs: Query[], rounds: number, run: (q: string, lang: 'vi' | 'en') => unknown): { wall: Stats; cpu: Stats } {
  for (const [q, l] of qs) run(q, l);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [q, l] of qs) {
      const c = process.cpuUsage();
      const t = now();
      run(q, l);
      wall.push(ms(t));
      const d = process.cpuUsage(c);
      cpu.push((d.user + d.system) / 1000);
    }
  }
  return { wall: stats(wall), cpu: stats(cpu) };
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
}

const f = (x: number) => x.toFixed(3).padStart(9);
const row = (name: string, s: { wall: Stats; cpu: Stats }) =>
  `${name.padEnd(34)}${f(s.wall.p50)}${f(s.wall.p99)}${f(s.wall.max)}${f(s.wall.mean)}   ${f(s.cpu.p50)}${f(s.cpu.p99)}${f(s.cpu.mean)}`;

function main(): void {
  const rounds = Number(arg('--rounds', '5'));
  const kb = loadKnowledgeBase(arg('--kb', CONTENT_DIR));
  const heapBefore = process.memoryUsage().heapUsed;
  const buildTimes: number[] = [];
  let answerer: Answerer | undefined;
  for (let i = 0; i < 3; i++) {
    const t = now();
    answerer = new Answerer(kb);
    buildTimes.push(ms(t));
  }
  const engine = answerer as Answerer;
  const heapAfter = process.memoryUsage().heapUsed;
  const baseBuild: number[] = [];
  let baseline = baselineSystem(kb);
  for (let i = 0; i < 3; i++) {
    const t = now();
    baseline = baselineSystem(kb);
    baseBuild.push(ms(t));
  }
  const qs = queries(kb);
  console.log(`Knowledge base: ${kb.entries.length} entries, ${engine.index.termCount} index terms. ${qs.length} queries × ${rounds} rounds.`);
  console.log(`Index build: engine first ${buildTimes[0]?.toFixed(0)} ms, warm median ${median(buildTimes.slice(1)).toFixed(0)} ms (heap +${((heapAfter - heapBefore) / 2 ** 20).toFixed(1)} MB for 3 builds); baseline median ${median(baseBuild).toFixed(1)} ms.`);
  const h = (x: string) => x.padStart(9);
  console.log(`\n${'per query, ms'.padEnd(34)}${h('wall p50')}${h('p99')}${h('max')}${h('mean')}   ${h('cpu p50')}${h('p99')}${h('mean')}`);
  const full = time(qs, rounds, (q, l) => engine.ask(q, l));
  console.log(row('engine ask() (analyse+rank+conf.)', full));
  console.log(row('engine ranking via MiniSearch', time(qs, rounds, (q, l) => engine.index.searchWithMiniSearch(q, l))));
  console.log(row('baseline (MiniSearch defaults)', time(qs, rounds, (q) => baseline.index.search(q))));
  const load = os.loadavg()[0] ?? 0;
  console.log(`\nTarget p99 < ${TARGET_P99_MS} ms for engine ask(): wall ${full.wall.p99 < TARGET_P99_MS ? 'MET' : 'NOT MET'} (${full.wall.p99.toFixed(3)} ms), cpu ${full.cpu.p99 < TARGET_P99_MS ? 'MET' : 'NOT MET'} (${full.cpu.p99.toFixed(3)} ms). Load average during the run: ${load.toFixed(2)} on ${os.cpus().length} cores.`);
}

main();
