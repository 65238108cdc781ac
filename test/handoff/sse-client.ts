/** Reads a Server-Sent Events stream with fetch (Node 20), collecting `data:` payloads as JSON. */
export interface SseClient<E = Record<string, unknown>> {
  events: E[];
  /** Resolves with the first event (already received or future) matching `pred`. */
  next(pred: (e: E) => boolean, timeoutMs?: number): Promise<E>;
  close(): void;
  /** Resolves once the response headers arrived (the subscription is live). */
  ready: Promise<number>;
}

export function openSse<E = Record<string, unknown>>(url: string, headers: Record<string, string> = {}): SseClient<E> {
  const controller = new AbortController();
  const events: E[] = [];
  const waiters: { pred: (e: E) => boolean; resolve: (e: E) => void }[] = [];
  const ready = fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal }).then((res) => {
    if (!res.body) return res.status;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          let i: number;
          while ((i = buffer.indexOf('\n\n')) >= 0) {
            const chunk = buffer.slice(0, i);
            buffer = buffer.slice(i + 2);
            for (const line of chunk.split('\n')) {
              if (!line.startsWith('data: ')) continue;
              const e = JSON.parse(line.slice(6)) as E;
              events.push(e);
              for (const w of [...waiters]) if (w.pred(e)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve(e);
              }
            }
          }
        }
      } catch {
        /* aborted */
      }
    })();
    return res.status;
  });
  return {
    events,
    ready,
    next(pred, timeoutMs = 5000) {
      const hit = events.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise<E>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching SSE event in time')), timeoutMs);
        waiters.push({ pred, resolve: (e) => { clearTimeout(timer); resolve(e); } });
      });
    },
    close: () => controller.abort(),
  };
}
