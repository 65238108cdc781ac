import { performance } from 'node:perf_hooks';

/** Latency percentiles of a sorted-on-demand sample, in milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] as number;
}

export interface LoadResult {
  name: string;
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Runs `conversations` concurrent conversations of `turns` sequential turns each; `turn(c, i)` performs one
 * and resolves when it is done. Returns throughput and latency.
 */
export async function runLoad(
  name: string,
  conversations: number,
  turns: number,
  turn: (conversation: number, index: number) => Promise<boolean>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: conversations }, async (_, c) => {
      for (let i = 0; i < turns; i++) {
        const t0 = performance.now();
        const ok = await turn(c, i).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { name, turns: latencies.length, seconds, turnsPerSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

/** Prints results as an aligned table. */
export function printTable(rows: LoadResult[]): void {
  const header = ['', 'turns', 'seconds', 'turns/s', 'p50 ms', 'p99 ms', 'errors'];
  const lines = rows.map((r) => [r.name, String(r.turns), r.seconds.toFixed(2), r.turnsPerSecond.toFixed(1), r.p50.toFixed(2), r.p99.toFixed(2), String(r.errors)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

/** `--name=value` command-line options. */
export function cliOptions(argv = process.argv.slice(2)): Record<string, string> {
  return Object.fromEntries(argv.filter((a) => a.startsWith('--')).map((a) => {
    const [k, v] = a.slice(2).split('=');
    return [k ?? '', v ?? 'true'];
  }));
}
