import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCosmosStores, type Stores } from '../../src/storage';
import { MESSENGER_SECRETS, messengerEnvelope, messengerText, postMessenger } from '../channels/support/harness';
import { FakeGraph } from '../fakes/fake-graph';
import { openSse } from '../handoff/sse-client';
import { startLocalCosmos, uniqueDatabase, type LocalCosmos } from '../helpers/cosmos';
import { createAccount, signIn } from '../helpers/console';
import { tempDir } from '../helpers/tmp';
import { startInstance, type AppInstance } from './instance';

/**
 * Two app processes (the real src/index.ts) on different ports share one Cosmos-compatible server, as two
 * instances behind a load balancer would share one Cosmos DB account.
 */
let cosmos: LocalCosmos;
let graph: FakeGraph;
let stores: Stores;
let a: AppInstance;
let b: AppInstance;
let tmp: { dir: string; cleanup: () => void };
const HANDOFF = '/console/api/handoff';

beforeAll(async () => {
  cosmos = await startLocalCosmos();
  graph = await FakeGraph.start({ accessToken: MESSENGER_SECRETS.pageAccessToken, appSecret: MESSENGER_SECRETS.appSecret });
  tmp = tempDir();
  const database = uniqueDatabase('scaleout');
  const env = {
    STORAGE: 'cosmos',
    COSMOS_ENDPOINT: cosmos.endpoint,
    COSMOS_KEY: cosmos.key,
    COSMOS_DATABASE: database,
    DATA_DIR: tmp.dir,
    LOG_LEVEL: 'warn',
    OFFICE_HOURS: '24/7',
    WEB_SESSION_SECRET: 'x'.repeat(40),
    MESSENGER_VERIFY_TOKEN: MESSENGER_SECRETS.verifyToken,
    MESSENGER_APP_SECRET: MESSENGER_SECRETS.appSecret,
    MESSENGER_PAGE_ACCESS_TOKEN: MESSENGER_SECRETS.pageAccessToken,
    MESSENGER_GRAPH_URL: graph.url,
    MESSENGER_GRAPH_VERSION: MESSENGER_SECRETS.graphVersion,
  };
  // Both start at once: creating the database and containers must survive the race.
  [a, b] = await Promise.all([startInstance('A', env, tmp.dir), startInstance('B', env, tmp.dir)]);
  stores = await openCosmosStores({ endpoint: cosmos.endpoint, key: cosmos.key, database });
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await stores?.close();
  await graph?.close();
  await cosmos?.close();
  tmp?.cleanup();
});

const say = (url: string, psid: string, mid: string, text: string) => postMessenger(url, messengerEnvelope([messengerText(psid, mid, text, Date.now())]));

describe('two instances on one Cosmos DB', () => {
  it('answers the same webhook delivered to both instances once', async () => {
    // Control: one delivery to one instance.
    expect(await say(a.url, 'PSID-CONTROL', 'm-control', 'xin chào')).toBe(200);
    expect(await graph.waitForSent(1, 'PSID-CONTROL', 10_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    const once = graph.sent('PSID-CONTROL').length;
    // The same signed body to A and B at the same moment (Meta retrying on another instance).
    const body = messengerEnvelope([messengerText('PSID-DUP', 'm-dup', 'xin chào', Date.now())]);
    expect(await Promise.all([postMessenger(a.url, body), postMessenger(b.url, body)])).toEqual([200, 200]);
    expect(await graph.waitForSent(once, 'PSID-DUP', 10_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 2500)); // both workers have polled their inbox since
    expect(graph.sent('PSID-DUP')).toHaveLength(once);
    // One turn's transcript (the message in, the answers out), not two.
    expect(await stores.transcripts.countByUser('PSID-DUP')).toBe(await stores.transcripts.countByUser('PSID-CONTROL'));
  }, 30_000);

  it('a claim race across instances has one winner', async () => {
    const [anna, bao] = await Promise.all([createAccount(stores, 'counselor', 'anna'), createAccount(stores, 'counselor', 'bao')]);
    const [onA, onB] = await Promise.all([signIn(a.url, anna.username), signIn(b.url, bao.username)]);
    const psid = `PSID-${randomUUID().slice(0, 8)}`;
    expect(await say(a.url, psid, 'm-risk-1', 'bố em đánh em suốt, em sợ về nhà lắm')).toBe(200);
    const ticket = await ticketOf(psid);
    for (let round = 0; round < 3; round += 1) {
      const [ra, rb] = await Promise.all([onA.call('POST', `${HANDOFF}/tickets/${ticket.id}/claim`), onB.call('POST', `${HANDOFF}/tickets/${ticket.id}/claim`)]);
      expect([ra.status, rb.status].sort()).toEqual([200, 409]);
      const winner = ra.status === 200 ? anna : bao;
      expect((await stores.tickets.get(ticket.id))?.claimedBy).toBe(winner.id);
      const release = await (ra.status === 200 ? onA : onB).call('POST', `${HANDOFF}/tickets/${ticket.id}/release`);
      expect(release.status).toBe(200);
    }
  }, 30_000);

  it('a teen’s message to instance A reaches a counselor console connected to instance B within 2 s', async () => {
    const chi = await createAccount(stores, 'counselor', 'chi');
    const onB = await signIn(b.url, chi.username);
    const queueOnB = openSse<{ type: string; ticket?: { id: string; status: string } }>(`${b.url}${HANDOFF}/events`, { Cookie: onB.cookie });
    expect(await queueOnB.ready).toBe(200);
    const psid = `PSID-${randomUUID().slice(0, 8)}`;
    expect(await say(a.url, psid, 'm-risk-2', 'bố em đánh em suốt, em sợ về nhà lắm')).toBe(200);
    const ticket = await ticketOf(psid);
    // The new ticket, created on A, shows in the queue stream of B.
    await queueOnB.next((e) => e.type === 'ticket' && e.ticket?.id === ticket.id, 2000);
    expect((await onB.call('POST', `${HANDOFF}/tickets/${ticket.id}/claim`)).status).toBe(200);
    const thread = openSse<{ type: string; message?: { text?: string; author: string } }>(`${b.url}${HANDOFF}/tickets/${ticket.id}/events`, { Cookie: onB.cookie });
    expect(await thread.ready).toBe(200);
    const t0 = Date.now();
    expect(await say(a.url, psid, 'm-followup', 'em đang ở nhà bà')).toBe(200);
    const got = await thread.next((e) => e.type === 'message' && e.message?.text === 'em đang ở nhà bà', 2000);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(got.message?.author).toBe('teen');
    queueOnB.close();
    thread.close();
  }, 30_000);
});

/** The open ticket of a Messenger user, once the bot on either instance has opened it. */
async function ticketOf(psid: string): Promise<{ id: string }> {
  let found: { id: string } | undefined;
  const ok = await waitForAsync(async () => {
    found = (await stores.tickets.queue()).find((t) => t.userId === psid);
    return found !== undefined;
  }, 10_000);
  if (!ok || !found) throw new Error(`no ticket for ${psid}`);
  return found;
}

async function waitForAsync(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
