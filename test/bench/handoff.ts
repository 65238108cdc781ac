/**
 * `npm run bench:handoff` — latency from a teen's message to the counselor's console event, with 50 open
 * tickets, against the raw SSE write path measured in the same run (the transport floor).
 *
 * Handoff path: the real HTTP app (restify, the whole bot pipeline with safety and the handoff gate, SQLite in
 * a temp folder). 50 teens on the web chat each asked for a counselor; a counselor claimed every ticket and
 * has all 50 conversation streams open. Each teen then sends a message every second (50 messages/s in all,
 * interleaved); a sample is the time from just before `POST /web/messages` to the arrival of that message as
 * an SSE event on the counselor's stream. Load generator and server share this process (and its 2 cores).
 * A second row measures the same while the tickets are still queued (the bot answers too).
 * Baseline: a bare node:http server whose POST writes the text straight to an SSE stream.
 *
 * Usage: tsx test/bench/handoff.ts [--tickets=50] [--messages=20] [--interval=1000] [--checkpointer]
 * Target (issue 7): p99 < 100 ms. `--checkpointer` runs SQLite's WAL checkpoints in a worker thread
 * (src/storage/sqlite/checkpointer.ts); without it a checkpoint's fsync blocks the event loop.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WalCheckpointer } from '../../src/storage/sqlite/checkpointer';
import type { Db } from '../../src/storage/sqlite/db';
import { createAccount, signIn, type ConsoleClient } from '../helpers/console';
import { startServer, type RunningServer } from '../helpers/server';
import { openSse, type SseClient } from '../handoff/sse-client';
import { cliOptions, percentile } from './harness';

const TARGET_P99_MS = 100;
const API = '/console/api/handoff';

interface Row {
  name: string;
  samples: number[];
  errors: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Every conversation sends `messages` messages, one each `intervalMs` (a teen typing), starting at a random
 * offset so the conversations interleave like real chats; the first message of each conversation warms up its
 * connection and is not counted. A sample ends when `arrived(text)` resolves.
 */
async function measure(name: string, conversations: number, messages: number, intervalMs: number, send: (c: number, text: string) => Promise<void>, arrived: (c: number, text: string) => Promise<unknown>): Promise<Row> {
  const samples: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: conversations }, async (_, c) => {
      await sleep(Math.random() * intervalMs);
      for (let i = 0; i <= messages; i += 1) {
        const slot = performance.now();
        const text = `${name} ${c} ${i} em muốn hỏi thêm về việc làm thêm buổi tối`;
        const t0 = performance.now();
        const seen = arrived(c, text);
        seen.catch(() => undefined);
        try {
          await send(c, text);
          await seen;
          if (i > 0) samples.push(performance.now() - t0);
        } catch (err) {
          errors += 1;
          if (errors === 1) console.error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
        }
        await sleep(Math.max(0, intervalMs - (performance.now() - slot)));
      }
    }),
  );
  return { name, samples, errors };
}

/** The transport floor: POST → the same text written to an open SSE response, nothing else. */
async function baseline(conversations: number, messages: number, intervalMs: number): Promise<Row> {
  const streams = new Map<string, http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('c') ?? '';
    if (req.method === 'GET') {
      req.socket.setNoDelay(true);
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write(': connected\n\n');
      streams.set(id, res);
      return;
    }
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      const { text } = JSON.parse(Buffer.concat(parts).toString('utf8')) as { text: string };
      streams.get(id)?.write(`data: ${JSON.stringify({ type: 'message', message: { text } })}\n\n`);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"activities":[]}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clients = Array.from({ length: conversations }, (_, c) => openSse<{ message?: { text?: string } }>(`${url}/events?c=${c}`));
  await Promise.all(clients.map((c) => c.ready));
  const row = await measure(
    'baseline: raw SSE write',
    conversations,
    messages,
    intervalMs,
    async (c, text) => {
      const res = await fetch(`${url}/messages?c=${c}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
      await res.arrayBuffer();
    },
    (c, text) => clients[c]!.next((e) => e.message?.text === text, 5000),
  );
  for (const c of clients) c.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  return row;
}

interface Teen {
  token: string;
  ticketId: string;
}

async function startTeens(server: RunningServer, n: number): Promise<Teen[]> {
  const teens: Teen[] = [];
  for (let i = 0; i < n; i += 1) {
    const s = (await (await fetch(`${server.url}/web/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"locale":"vi-VN"}' })).json()) as { token: string };
    await fetch(`${server.url}/web/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${s.token}` }, body: JSON.stringify({ text: 'gặp tư vấn viên' }) });
    const queue = await server.stores.tickets.queue();
    const mine = queue.find((t) => !teens.some((x) => x.ticketId === t.id));
    if (!mine) throw new Error('no ticket was opened');
    teens.push({ token: s.token, ticketId: mine.id });
  }
  return teens;
}

async function handoffRows(tickets: number, messages: number, intervalMs: number, checkpointer: boolean): Promise<Row[]> {
  const server = await startServer({ OFFICE_HOURS: '24/7' });
  // WAL checkpoints fsync inside whichever commit crosses 1000 pages, on the event loop; the opt-in
  // WalCheckpointer moves them to a worker thread.
  const walWorker = checkpointer ? new WalCheckpointer((server.stores as unknown as { db: Db }).db) : undefined;
  try {
    const account = await createAccount(server.stores, 'counselor', 'bench-counselor');
    const counselor: ConsoleClient = await signIn(server.url, account.username);
    const teens = await startTeens(server, tickets);
    if ((await server.stores.tickets.queue()).length !== tickets) throw new Error('expected one open ticket per teen');
    const streams: SseClient<{ type: string; message?: { text?: string } }>[] = teens.map((t) => openSse(`${server.url}${API}/tickets/${t.ticketId}/events`, { Cookie: counselor.cookie }));
    await Promise.all(streams.map((s) => s.ready));
    const send = async (c: number, text: string) => {
      const res = await fetch(`${server.url}/web/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${teens[c]!.token}` }, body: JSON.stringify({ text }) });
      if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
      await res.arrayBuffer();
    };
    const arrived = (c: number, text: string) => streams[c]!.next((e) => e.type === 'message' && e.message?.text === text, 5000);
    const queued = await measure(`handoff, ${tickets} tickets queued (bot answers too)`, tickets, messages, intervalMs, send, arrived);
    for (const t of teens) await counselor.call('POST', `${API}/tickets/${t.ticketId}/claim`);
    const claimed = await measure(`handoff, ${tickets} tickets claimed`, tickets, messages, intervalMs, send, arrived);
    for (const s of streams) s.close();
    return [claimed, queued];
  } finally {
    await walWorker?.stop();
    await server.stop();
  }
}

function print(rows: Row[], base: Row): void {
  const header = ['', 'samples', 'errors', 'p50 ms', 'p99 ms', 'max ms', 'p99 − baseline'];
  const b99 = percentile(base.samples, 99);
  const lines = rows.map((r) => {
    const p99 = percentile(r.samples, 99);
    return [r.name, String(r.samples.length), String(r.errors), percentile(r.samples, 50).toFixed(2), p99.toFixed(2), Math.max(...r.samples).toFixed(2), r === base ? '' : `+${(p99 - b99).toFixed(2)}`];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(header));
  for (const l of lines) console.log(fmt(l));
}

async function main(): Promise<void> {
  const opts = cliOptions();
  const tickets = Number(opts.tickets ?? 50);
  const messages = Number(opts.messages ?? 20);
  const intervalMs = Number(opts.interval ?? 1000);
  console.log(`${tickets} conversations, ${messages} messages each, one per ${intervalMs} ms per conversation (${((tickets * 1000) / intervalMs).toFixed(0)} messages/s in all)\n`);
  const base = await baseline(tickets, messages, intervalMs);
  const checkpointer = opts.checkpointer === 'true';
  const [claimed, queued] = await handoffRows(tickets, messages, intervalMs, checkpointer);
  print([base, claimed!, queued!], base);
  if (checkpointer) console.log('(SQLite WAL checkpoints in a worker thread: --checkpointer)');
  const p99 = percentile(claimed!.samples, 99);
  const ok = p99 < TARGET_P99_MS && claimed!.errors === 0;
  console.log(`\nteen message → console event, ${tickets} open tickets: p99 ${p99.toFixed(2)} ms (target < ${TARGET_P99_MS} ms): ${ok ? 'PASS' : 'FAIL'}`);
  if (!ok) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
