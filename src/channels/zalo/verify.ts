import { createHash, timingSafeEqual } from 'node:crypto';

const SIGNATURE = /^mac=([0-9a-f]{64})$/i;

function mac(appId: string, raw: Buffer, timestamp: string, oaSecretKey: string): Buffer {
  return createHash('sha256')
    .update(appId, 'utf8')
    .update(raw)
    .update(timestamp, 'utf8')
    .update(oaSecretKey, 'utf8')
    .digest();
}

/**
 * Checks `X-ZEvent-Signature: mac=<hex sha256(appId + rawBody + timestamp + oaSecretKey)>` (§2.2): a plain
 * SHA-256 of the concatenation (not an HMAC), over the raw bytes, with the `timestamp` field of the body.
 * Constant-time; a missing, repeated or malformed header is invalid.
 */
export function verifyZaloSignature(
  raw: Buffer,
  header: string | string[] | undefined,
  timestamp: string,
  appId: string,
  oaSecretKey: string,
): boolean {
  if (typeof header !== 'string') return false;
  const m = SIGNATURE.exec(header.trim());
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1].toLowerCase(), 'hex');
  const expected = mac(appId, raw, timestamp, oaSecretKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The header value for a body (fake servers, fixtures and the benchmark sign with it). */
export function signZalo(raw: Buffer | string, timestamp: string, appId: string, oaSecretKey: string): string {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  return `mac=${mac(appId, bytes, timestamp, oaSecretKey).toString('hex')}`;
}

/** The body's `timestamp` as the string that was signed, or undefined when absent. */
export function signedTimestamp(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const ts = (json as { timestamp?: unknown }).timestamp;
  if (typeof ts === 'string') return ts;
  if (typeof ts === 'number' && Number.isFinite(ts)) return String(ts);
  return undefined;
}
