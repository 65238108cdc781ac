import type { Request, Response } from 'restify';

/** Comment line that keeps proxies from closing an idle stream. */
export const SSE_PING_MS = 25_000;

export interface SseStream {
  send(data: unknown): void;
  end(): void;
  /** Resolves when the client goes away or `end` is called. */
  closed: Promise<void>;
}

/**
 * Opens a Server-Sent Events response: no buffering, Nagle off (a teen's message should reach the console
 * in milliseconds), a ping every SSE_PING_MS, and `check` run with each ping (e.g. "is the session still
 * valid?") — when it answers false the stream ends.
 */
export function openSse(req: Request, res: Response, check?: () => Promise<boolean>, pingMs = SSE_PING_MS): SseStream {
  req.socket.setNoDelay(true);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-store, no-transform',
    'X-Accel-Buffering': 'no',
    Connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  let open = true;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const end = () => {
    if (!open) return;
    open = false;
    clearInterval(ping);
    res.end();
    resolveClosed();
  };
  const ping = setInterval(() => {
    if (!open) return;
    res.write(': ping\n\n');
    if (check) void check().then((ok) => ok || end(), () => end());
  }, pingMs);
  ping.unref();
  req.on('close', end);
  return {
    send(data) {
      if (open) res.write(`data: ${JSON.stringify(data)}\n\n`);
    },
    end,
    closed,
  };
}
