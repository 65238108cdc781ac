import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import type { Notifier, OffConsoleAlert } from './notifier';

/** Whole SMTP conversation budget. */
export const SMTP_TIMEOUT_MS = 15_000;

export class SmtpError extends Error {
  override readonly name = 'SmtpError';
  constructor(
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** SMTP_URL parsed: `smtp://[user:pass@]host[:port]` (STARTTLS when offered) or `smtps://…` (TLS from the start, 465). */
export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  password?: string;
  /** Accept self-signed certificates (tests, closed networks). */
  rejectUnauthorized?: boolean;
}

export function parseSmtpUrl(url: string): SmtpSettings {
  const u = new URL(url);
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') throw new SmtpError(undefined, 'SMTP_URL must start with smtp:// or smtps://');
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username ? { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) } : {}),
  };
}

/** Reads SMTP replies (possibly multi-line: `250-…` then `250 …`) from a socket that may be upgraded to TLS. */
class ReplyReader {
  private buffer = '';
  private lines: string[] = [];
  private waiter: (() => void) | undefined;
  private failure: Error | undefined;

  attach(socket: net.Socket | tls.TLSSocket): void {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let i: number;
      while ((i = this.buffer.indexOf('\n')) >= 0) {
        this.lines.push(this.buffer.slice(0, i).replace(/\r$/, ''));
        this.buffer = this.buffer.slice(i + 1);
      }
      this.wake();
    });
    socket.on('error', (err: Error) => this.fail(err));
    socket.on('close', () => this.fail(new SmtpError(undefined, 'connection closed')));
  }

  fail(err: Error): void {
    this.failure ??= err;
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  async reply(): Promise<{ code: number; text: string[] }> {
    const text: string[] = [];
    for (;;) {
      while (this.lines.length === 0) {
        if (this.failure) throw this.failure;
        await new Promise<void>((resolve) => (this.waiter = resolve));
      }
      const line = this.lines.shift() as string;
      text.push(line.slice(4));
      if (/^\d{3}(?: |$)/.test(line)) return { code: Number(line.slice(0, 3)), text };
    }
  }
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

function message(from: string, to: string[], subject: string, body: string, now: Date): string {
  const wrapped = b64(body).replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${from}`,
    `To: ${to.join(', ')}`,
    `Subject: =?UTF-8?B?${b64(subject)}?=`,
    `Date: ${now.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrapped,
  ].join('\r\n');
}

/**
 * A small SMTP client for alert e-mails (no dependency): EHLO, STARTTLS when offered (or TLS from the start
 * with smtps://), AUTH PLAIN when credentials are given, one message to ALERT_EMAIL_TO.
 */
export class SmtpNotifier implements Notifier {
  readonly name = 'smtp';

  constructor(
    private readonly settings: SmtpSettings,
    private readonly from: string,
    private readonly to: string[],
    private readonly timeoutMs = SMTP_TIMEOUT_MS,
  ) {}

  async notify(alert: OffConsoleAlert): Promise<void> {
    const body = [alert.summary, '', ...(alert.consoleUrl ? [alert.consoleUrl, ''] : []), `ticket: ${alert.ticketId}`, `at: ${alert.at}`].join('\n');
    await this.send(`[Bạn Đồng Hành] ${alert.summary}`, body);
  }

  /** Sends one plain-text message. */
  async send(subject: string, body: string): Promise<void> {
    const s = this.settings;
    const reader = new ReplyReader();
    let socket: net.Socket | tls.TLSSocket = s.secure
      ? tls.connect({ host: s.host, port: s.port, servername: s.host, rejectUnauthorized: s.rejectUnauthorized ?? true })
      : net.connect({ host: s.host, port: s.port });
    const timer = setTimeout(() => reader.fail(new SmtpError(undefined, 'SMTP timed out')), this.timeoutMs);
    reader.attach(socket);
    const expect = async (ok: number[], command?: string) => {
      if (command !== undefined) socket.write(`${command}\r\n`);
      const r = await reader.reply();
      if (!ok.includes(r.code)) throw new SmtpError(r.code, `SMTP ${command?.split(' ')[0] ?? 'greeting'} refused (${r.code})`);
      return r;
    };
    try {
      await expect([220]);
      let ehlo = await expect([250], `EHLO ${os.hostname() || 'localhost'}`);
      if (!s.secure && ehlo.text.some((l) => /^STARTTLS\b/i.test(l))) {
        await expect([220], 'STARTTLS');
        socket.removeAllListeners('data');
        socket = tls.connect({ socket, servername: s.host, rejectUnauthorized: s.rejectUnauthorized ?? true });
        reader.attach(socket);
        ehlo = await expect([250], `EHLO ${os.hostname() || 'localhost'}`);
      }
      if (s.user) await expect([235], `AUTH PLAIN ${b64(`\0${s.user}\0${s.password ?? ''}`)}`);
      await expect([250], `MAIL FROM:<${this.from}>`);
      for (const rcpt of this.to) await expect([250, 251], `RCPT TO:<${rcpt}>`);
      await expect([354], 'DATA');
      const data = message(this.from, this.to, subject, body, new Date()).replace(/^\./gm, '..');
      await expect([250], `${data}\r\n.`);
      await expect([221], 'QUIT').catch(() => undefined);
    } finally {
      clearTimeout(timer);
      socket.end();
    }
  }
}
