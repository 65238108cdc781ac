import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Alerts, CRITICAL_PRIORITY } from '../../src/handoff/alerts';
import { HandoffHub, type QueueEvent } from '../../src/handoff/events';
import type { OffConsoleAlert } from '../../src/handoff/notifiers/notifier';
import { parseSmtpUrl, SmtpNotifier } from '../../src/handoff/notifiers/smtp';
import { WebhookError, WebhookNotifier } from '../../src/handoff/notifiers/webhook';
import { createLogger } from '../../src/logger';
import { openSqliteStores, type Stores } from '../../src/storage';
import { close, listen, readBody, sendJson } from '../fakes/http';
import { tempDir } from '../helpers/tmp';
import { ManualClock, RecordingNotifier } from './harness';

const ALERT: OffConsoleAlert = {
  kind: 'overdue',
  ticketId: 't-1',
  priority: 100,
  level: 'imminent',
  channel: 'zalo',
  waitingMinutes: 6,
  counselorsOnline: 0,
  summary: 'Ca khẩn cấp chưa có ai nhận sau 6 phút (nguy hiểm tức thời, kênh zalo). Tư vấn viên đang trực: 0.',
  at: '2026-01-12T03:06:00.000Z',
};

describe('critical tickets waiting too long', () => {
  let stores: Stores;
  let cleanup: () => void;
  afterEach(async () => {
    await stores.close();
    cleanup();
  });

  it('alert again (console and off-console) once per period until claimed, and only for critical ones', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    stores = openSqliteStores(tmp.dir);
    const clock = new ManualClock();
    const hub = new HandoffHub();
    const seen: QueueEvent[] = [];
    hub.subscribeQueue('anna', (e) => seen.push(e), () => undefined);
    const notifier = new RecordingNotifier();
    const alerts = new Alerts({ tickets: stores.tickets, hub, notifiers: [notifier], logger: createLogger('silent'), now: clock.now, criticalAfterMs: 5 * 60_000 });
    const at = clock.now().toISOString();
    const critical = await stores.tickets.request({ conversationId: 'c1', userId: 'u1', channel: 'zalo', lang: 'vi', reason: 'risk', level: 'imminent', priority: CRITICAL_PRIORITY, at });
    await stores.tickets.request({ conversationId: 'c2', userId: 'u2', channel: 'zalo', lang: 'vi', reason: 'risk', level: 'disclosed', priority: 80, at });

    clock.advance(4 * 60_000);
    expect(await alerts.checkOverdue()).toBe(0);
    clock.advance(60_000);
    expect(await alerts.checkOverdue()).toBe(1);
    expect(await alerts.checkOverdue()).toBe(0);
    clock.advance(2 * 60_000);
    expect(await alerts.checkOverdue()).toBe(0);
    clock.advance(3 * 60_000);
    expect(await alerts.checkOverdue()).toBe(1);
    expect(seen.filter((e) => e.type === 'alert').map((e) => e.type === 'alert' && [e.alert.kind, e.alert.ticketId])).toEqual([
      ['overdue', critical.ticket.id],
      ['overdue', critical.ticket.id],
    ]);
    expect(notifier.alerts.map((a) => [a.kind, a.waitingMinutes])).toEqual([
      ['overdue', 5],
      ['overdue', 10],
    ]);
    await stores.tickets.claim(critical.ticket.id, 'anna', clock.now().toISOString());
    clock.advance(10 * 60_000);
    expect(await alerts.checkOverdue()).toBe(0);
  });

  it('the schedule runs the check on its own (short interval)', async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    stores = openSqliteStores(tmp.dir);
    const clock = new ManualClock();
    const notifier = new RecordingNotifier();
    const alerts = new Alerts({ tickets: stores.tickets, hub: new HandoffHub(), notifiers: [notifier], logger: createLogger('silent'), now: clock.now, criticalAfterMs: 60_000 });
    await stores.tickets.request({ conversationId: 'c1', userId: 'u1', channel: 'web', lang: 'vi', reason: 'risk', level: 'imminent', priority: 100, at: clock.now().toISOString() });
    clock.advance(2 * 60_000);
    alerts.start(20);
    await new Promise((r) => setTimeout(r, 120));
    await alerts.stop();
    expect(notifier.alerts.map((a) => a.kind)).toEqual(['overdue']);
  });
});

describe('webhook notifier (fake HTTP server on 127.0.0.1)', () => {
  it('posts {text, alert} JSON with no teen content, and reports a non-2xx answer', async () => {
    const received: { body: string; type: string | undefined }[] = [];
    let status = 200;
    const { server, url } = await listen((req, res) => {
      void readBody(req).then((body) => {
        received.push({ body, type: req.headers['content-type'] });
        sendJson(res, status, { ok: status === 200 });
      });
    });
    try {
      await new WebhookNotifier(`${url}/hook`).notify(ALERT);
      expect(received).toHaveLength(1);
      expect(received[0]!.type).toBe('application/json');
      const body = JSON.parse(received[0]!.body) as { text: string; alert: OffConsoleAlert };
      expect(body.text).toBe(ALERT.summary);
      expect(body.alert).toMatchObject({ ticketId: 't-1', kind: 'overdue', level: 'imminent' });
      status = 500;
      await expect(new WebhookNotifier(`${url}/hook`).notify(ALERT)).rejects.toBeInstanceOf(WebhookError);
    } finally {
      await close(server);
    }
    await expect(new WebhookNotifier(`${url}/hook`, 500).notify(ALERT)).rejects.toMatchObject({ name: 'WebhookError' });
  });
});

describe('e-mail notifier (fake SMTP server on 127.0.0.1)', () => {
  it('speaks SMTP with AUTH PLAIN and delivers a UTF-8 message to every recipient', async () => {
    const commands: string[] = [];
    let data = '';
    const server = net.createServer((socket) => {
      socket.setEncoding('utf8');
      socket.write('220 fake ESMTP\r\n');
      let inData = false;
      let buffer = '';
      socket.on('data', (chunk: string) => {
        buffer += chunk;
        let i: number;
        while ((i = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              socket.write('250 queued\r\n');
            } else data += `${line}\n`;
            continue;
          }
          commands.push(line);
          if (line.startsWith('EHLO')) socket.write('250-fake\r\n250 AUTH PLAIN\r\n');
          else if (line.startsWith('AUTH PLAIN')) socket.write('235 ok\r\n');
          else if (line === 'DATA') {
            inData = true;
            socket.write('354 go\r\n');
          } else if (line === 'QUIT') socket.end('221 bye\r\n');
          else socket.write('250 ok\r\n');
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const notifier = new SmtpNotifier(parseSmtpUrl(`smtp://alerts:s%40cret@127.0.0.1:${port}`), 'bot@doan.vn', ['tvv1@doan.vn', 'tvv2@doan.vn']);
      await notifier.notify(ALERT);
      expect(commands.map((c) => c.split(' ')[0])).toEqual(['EHLO', 'AUTH', 'MAIL', 'RCPT', 'RCPT', 'DATA', 'QUIT']);
      expect(Buffer.from(commands[1]!.split(' ')[2]!, 'base64').toString()).toBe('\0alerts\0s@cret');
      expect(commands).toContain('RCPT TO:<tvv2@doan.vn>');
      const body = data.split('\n\n').slice(1).join('').replace(/\n/g, '');
      expect(Buffer.from(body, 'base64').toString('utf8')).toContain('Ca khẩn cấp chưa có ai nhận');
      expect(data).toContain('Subject: =?UTF-8?B?');
    } finally {
      await new Promise((r) => server.close(r));
    }
  });

  it('parses SMTP_URL: smtps defaults to 465 with TLS, smtp to 587', () => {
    expect(parseSmtpUrl('smtps://mail.example.org')).toMatchObject({ port: 465, secure: true });
    expect(parseSmtpUrl('smtp://u:p@mail.example.org')).toMatchObject({ port: 587, secure: false, user: 'u', password: 'p' });
  });
});
