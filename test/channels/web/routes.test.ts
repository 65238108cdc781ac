import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../helpers/server';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

describe('web chat API', () => {
  it('resumes a session with its history, showing a safety button by its title rather than its payload', async () => {
    const { token } = (await (await post('/web/session', { locale: 'vi-VN' })).json()) as { token: string };
    expect((await post('/web/messages', { text: 'safety:continue' }, token)).status).toBe(200);
    const resumed = (await (await post('/web/session', { token, locale: 'vi-VN' })).json()) as { resumed: boolean; history: { from: string; text: string }[] };
    expect(resumed.resumed).toBe(true);
    const mine = resumed.history.filter((h) => h.from === 'user').map((h) => h.text);
    expect(mine).toEqual([server.app.services.i18n.getFixedT('vi')('safety:actions.continue')]);
  });

  it('refuses a forged token, an empty or oversized message, and unknown fields, with clear errors', async () => {
    const { token } = (await (await post('/web/session', {})).json()) as { token: string };
    expect((await post('/web/messages', { text: 'hi' }, `${token}x`)).status).toBe(401);
    expect((await post('/web/messages', { text: '   ' }, token)).status).toBe(400);
    const tooLong = await post('/web/messages', { text: 'a'.repeat(2001) }, token);
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { message: string }).message).toContain('at most 2000');
    expect((await post('/web/messages', { text: 'hi', admin: true }, token)).status).toBe(400);
    const notJson = await fetch(`${server.url}/web/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: '{"text": ' });
    expect(notJson.status).toBe(400);
  });
});
