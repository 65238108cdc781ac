import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  authorization?: string;
  body: Record<string, unknown>;
}

/**
 * A fake Bot Connector service on 127.0.0.1, as the Bot Framework Emulator runs one: the bot posts its
 * replies to `{serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}` and gets a ResourceResponse.
 */
export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  /** Bodies of the activity posts, in arrival order (kept as they come: benchmarks post thousands). */
  private readonly received: Record<string, unknown>[] = [];
  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private waiters: { count: number; resolve: () => void }[] = [];
  /** When set, the next replies get this HTTP status (an outage). */
  failWith?: number;
  /** Delay before answering each call (a slow connector keeps the bot's turn in flight). */
  delayMs = 0;
  /** Calls whose request has arrived, answered or not. */
  arrived = 0;

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves once `count` activities have been received in total. */
  waitFor(count: number, timeoutMs = 5000): Promise<void> {
    if (this.received.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} activities, got ${this.received.length}`)), timeoutMs);
      this.waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  activities(): Record<string, unknown>[] {
    return [...this.received];
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    this.arrived += 1;
    req.on('end', () => void this.answer(req, res, chunks));
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse, chunks: Buffer[]): Promise<void> {
    if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    if (this.failWith) {
      res.writeHead(this.failWith, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'fake outage' } }));
      return;
    }
    this.calls.push({ method: req.method ?? '', path: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}), body });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ id: `act-${this.calls.length}` }));
    if (/\/activities/.test(req.url ?? '')) this.received.push(body);
    const n = this.received.length;
    this.waiters = this.waiters.filter((w) => (n >= w.count ? (w.resolve(), false) : true));
  }
}
