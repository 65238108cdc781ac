import type { Request, Response } from 'restify';

/** A query-string parameter as a string, or undefined (arrays and objects are ignored). */
export function queryString(req: Request, name: string): string | undefined {
  const value: unknown = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** Sends a JSON error body `{ error, message }` with a status code; never a stack trace. */
export function sendError(res: Response, status: number, error: string, message: string): void {
  if (res.headersSent) return;
  res.status(status);
  res.json({ error, message });
}
