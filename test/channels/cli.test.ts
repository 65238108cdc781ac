import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildMessengerProfile, setupMessenger } from '../../src/cli/setup-messenger';
import { zaloConnect } from '../../src/cli/zalo-connect';
import { ZALO_TOKEN_KEY } from '../../src/channels/zalo/tokens';
import { openDatabase, type Db } from '../../src/storage/sqlite/db';
import { SqliteChannelTokenStore } from '../../src/storage/sqlite/channel-tokens';
import { FakeGraph } from '../fakes/fake-graph';
import { FakeZalo } from '../fakes/fake-zalo';
import { i18n, ManualClock, MESSENGER_SECRETS, tempDir, ZALO_SECRETS, zaloHarness } from './support/harness';

describe('npm run setup:messenger', () => {
  it('sets Get Started, greeting and a persistent menu in vi (default) and en, within Graph limits', async () => {
    const graph = await FakeGraph.start({ accessToken: MESSENGER_SECRETS.pageAccessToken, appSecret: MESSENGER_SECRETS.appSecret });
    try {
      await setupMessenger({ ...MESSENGER_SECRETS, graphUrl: graph.url }, i18n);
      const call = graph.calls.find((c) => c.path === '/v24.0/me/messenger_profile');
      expect(call?.body).toEqual(buildMessengerProfile(i18n));
      const body = call!.body as { get_started: { payload: string }; greeting: { locale: string; text: string }[]; persistent_menu: { locale: string; call_to_actions: { title: string; payload: string }[] }[] };
      expect(body.get_started.payload).toBe('GET_STARTED');
      expect(body.greeting.map((g) => g.locale)).toEqual(['default', 'en_US', 'en_GB']);
      for (const g of body.greeting) expect(g.text.length).toBeLessThanOrEqual(160);
      const [vi, en] = body.persistent_menu;
      expect(vi?.locale).toBe('default');
      expect(vi?.call_to_actions.map((a) => a.title)).toContain('Gặp tư vấn viên');
      expect(en?.call_to_actions.map((a) => a.title)).toContain('Talk to a counselor');
      for (const m of body.persistent_menu) for (const a of m.call_to_actions) expect(a.title.length).toBeLessThanOrEqual(30);
    } finally {
      await graph.close();
    }
  });
});

describe('npm run zalo:connect', () => {
  let zalo: FakeZalo;
  let dir: string;
  let db: Db;
  let tokens: SqliteChannelTokenStore;
  let out: string[];
  const clock = new ManualClock();
  beforeEach(async () => {
    zalo = await FakeZalo.start({ appId: ZALO_SECRETS.appId, appSecret: ZALO_SECRETS.appSecret });
    dir = tempDir();
    db = openDatabase(path.join(dir, 'z.sqlite'));
    tokens = new SqliteChannelTokenStore(db);
    out = [];
  });
  afterEach(async () => {
    await zalo.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const run = (...argv: string[]) =>
    zaloConnect(argv, { settings: { ...ZALO_SECRETS, oauthUrl: zalo.url }, tokens, clock: clock.fn, print: (l) => out.push(l) });

  it('prints a PKCE consent link, and a code exchanged with its state stores the first pair', async () => {
    expect(await run('start', '--redirect-uri', 'https://bot.example/webhooks/zalo/oauth/callback')).toBe(0);
    const link = new URL(out[0]!.split('\n')[1]!);
    expect(link.pathname).toBe('/v4/oa/permission');
    expect(link.searchParams.get('app_id')).toBe('111');
    const state = link.searchParams.get('state')!;
    zalo.issueCode('CODE1', link.searchParams.get('code_challenge')!);
    expect(await run('code', '--code', 'CODE1', '--state', state)).toBe(0);
    expect(await tokens.get(ZALO_TOKEN_KEY)).toMatchObject({ accessToken: zalo.accessToken, refreshToken: zalo.refreshToken });
    expect(await run('code', '--code', 'CODE1', '--state', state)).toBe(1); // state used up
  });

  it('stores a pair from a refresh token, reports status without printing tokens, and explains usage', async () => {
    expect(await run('status')).toBe(1);
    expect(await run('refresh-token', '--token', zalo.refreshToken)).toBe(0);
    expect(await run('status')).toBe(0);
    expect(out.join('\n')).not.toContain(zalo.accessToken);
    expect(await run('bogus')).toBe(64);
    expect(out.at(-1)).toMatch(/usage/);
  });
});

describe('Zalo OAuth callback route', () => {
  it('stores the pair for a state made by zalo:connect, and refuses unknown states', async () => {
    const h = await zaloHarness();
    try {
      await h.stores.tokens.saveOAuthState('STATE1', 'verifier-1', h.clock.now + 60_000);
      const { createHash } = await import('node:crypto');
      h.zalo.issueCode('CODE9', createHash('sha256').update('verifier-1').digest('base64url'));
      const bad = await fetch(`${h.url}/webhooks/zalo/oauth/callback?code=CODE9&state=FORGED`);
      expect(bad.status).toBe(400);
      const ok = await fetch(`${h.url}/webhooks/zalo/oauth/callback?code=CODE9&state=STATE1&oa_id=OA1`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toMatch(/Đã kết nối/);
      expect((await h.stores.tokens.get(ZALO_TOKEN_KEY))?.accessToken).toBe(h.zalo.accessToken);
    } finally {
      await h.close();
    }
  });
});
