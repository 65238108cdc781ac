import type { IncomingMessage } from 'node:http';

/** Webhook bodies are small JSON documents; Graph may batch many events, so allow a generous 1 MiB. */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;
export const DEFAULT_BODY_TIMEOUT_MS = 10_000;

/** Reading the body failed: `status` is the HTTP answer to give (400 aborted, 408 too slow, 413 too big). */
export class RawBodyError extends Error {
  constructor(
    readonly status: 400 | 408 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'RawBodyError';
  }
}

export interface RawBodyOptions {
  limitBytes?: number;
  timeoutMs?: number;
}

type MaybeParsed = IncomingMessage & { rawBody?: unknown };

/**
 * Reads the exact request bytes (signatures are computed over them, never over re-serialised JSON).
 * The lead's server installs no body parser; if one ever runs first, its `req.rawBody` is used instead.
 */
export function readRawBody(req: MaybeParsed, opts: RawBodyOptions = {}): Promise<Buffer> {
  const limit = opts.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  if (Buffer.isBuffer(req.rawBody)) return Promise.resolve(req.rawBody);
  if (typeof req.rawBody === 'string') return Promise.resolve(Buffer.from(req.rawBody, 'utf8'));
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new RawBodyError(413, 'body too large'));
  }
  return new Promise<Buffer>((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (err: RawBodyError | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      if (err) {
        req.resume();
        reject(err);
      } else resolve(Buffer.concat(parts, size));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) finish(new RawBodyError(413, 'body too large'));
      else parts.push(chunk);
    };
    const timer = setTimeout(() => finish(new RawBodyError(408, 'body timeout')), opts.timeoutMs ?? DEFAULT_BODY_TIMEOUT_MS);
    req.on('data', onData);
    req.once('end', () => finish(null));
    req.once('error', () => finish(new RawBodyError(400, 'body aborted')));
    req.once('aborted', () => finish(new RawBodyError(400, 'body aborted')));
  });
}
