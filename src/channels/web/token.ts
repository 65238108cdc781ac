import { createHmac, timingSafeEqual } from 'node:crypto';

/** The identity a web-chat browser holds: its pseudonymous user and conversation. */
export interface WebSession {
  userId: string;
  conversationId: string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

/**
 * Signs and checks web-chat session tokens (HMAC-SHA256). A browser can only read or write the conversation
 * its token names; the token carries no personal data.
 */
export class WebTokens {
  constructor(private readonly secret: string) {}

  issue(session: WebSession): string {
    const body = b64(JSON.stringify({ u: session.userId, c: session.conversationId }));
    return `${body}.${this.sign(body)}`;
  }

  /** The session a token names, or undefined when it is malformed or forged. */
  verify(token: string | undefined): WebSession | undefined {
    if (!token || token.length > 512) return undefined;
    const [body, sig] = token.split('.');
    if (!body || !sig) return undefined;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { u?: unknown; c?: unknown };
      if (typeof parsed.u !== 'string' || typeof parsed.c !== 'string') return undefined;
      return { userId: parsed.u, conversationId: parsed.c };
    } catch {
      return undefined;
    }
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
