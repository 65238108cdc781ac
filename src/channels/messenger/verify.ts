import { createHmac, timingSafeEqual } from 'node:crypto';

const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

/**
 * Checks `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(raw body, app secret)>` (reference/channels.md §1.3).
 * Always over the raw bytes: Meta signs its `\u`-escaped serialisation, so re-serialised JSON would not match.
 * Constant-time; a missing, repeated or malformed header is simply invalid.
 */
export function verifyHubSignature(raw: Buffer, header: string | string[] | undefined, appSecret: string): boolean {
  if (typeof header !== 'string') return false;
  const m = SIGNATURE.exec(header.trim());
  if (!m?.[1]) return false;
  const given = Buffer.from(m[1].toLowerCase(), 'hex');
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Computes the header value for a body (fake servers, fixtures and the benchmark sign with it). */
export function signHub(raw: Buffer | string, appSecret: string): string {
  return `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
}

function sameSecret(a: string, b: string): boolean {
  const x = createHmac('sha256', 'verify-token').update(a).digest();
  const y = createHmac('sha256', 'verify-token').update(b).digest();
  return timingSafeEqual(x, y);
}

/**
 * The GET subscription handshake (§1.1): returns the challenge to echo when `hub.mode=subscribe` and the
 * verify token matches (compared in constant time), otherwise undefined (answer 403).
 */
export function handshakeChallenge(query: URLSearchParams, verifyToken: string): string | undefined {
  const challenge = query.get('hub.challenge');
  const token = query.get('hub.verify_token');
  if (query.get('hub.mode') !== 'subscribe' || token === null || challenge === null) return undefined;
  if (!verifyToken || !sameSecret(token, verifyToken)) return undefined;
  return challenge;
}
