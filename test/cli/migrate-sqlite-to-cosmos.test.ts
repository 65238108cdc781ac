import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/migrate-sqlite-to-cosmos';
import { openCosmosStores, openSqliteStores, type Stores } from '../../src/storage';
import { canonical, checksum } from '../../src/storage/cosmos/migrate';
import { startLocalCosmos, uniqueDatabase, type LocalCosmos } from '../helpers/cosmos';
import { tempDir } from '../helpers/tmp';

let cosmos: LocalCosmos;
let tmp: { dir: string; cleanup: () => void };
let sqlite: Stores;
let target: Stores;
let output = '';
let code: number;
const ids: Record<string, string> = {};

/** A little of everything, written through the SQLite ports as the app would. */
async function seed(s: Stores): Promise<void> {
  await s.botState.write({ 'messenger/users/u1': { profile: { lang: 'vi' } }, 'messenger/conversations/c1/': { dialogStack: [{ id: 'main' }] } });
  for (let i = 0; i < 5; i += 1) await s.transcripts.append({ conversationId: 'c1', userId: 'u1', channel: 'messenger', direction: i % 2 ? 'out' : 'in', type: 'message', text: `tin ${i} có dấu`, at: `2026-03-01T00:0${i}:00.000Z` });
  await s.transcripts.append({ conversationId: 'c2', userId: 'u2', channel: 'zalo', direction: 'in', type: 'message', at: '2026-03-01T00:00:00.000Z' });
  await s.transcripts.markSafety('c1');
  const open = await s.tickets.request({ conversationId: 'c1', userId: 'u1', channel: 'messenger', lang: 'vi', reason: 'risk', level: 'disclosed', category: 'abuse', priority: 80, at: '2026-03-01T00:01:00.000Z', reference: '{"a":1}' });
  ids.open = open.ticket.id;
  await s.tickets.claim(open.ticket.id, 'acc-1', '2026-03-01T00:02:00.000Z');
  await s.tickets.addMessage({ ticketId: open.ticket.id, at: '2026-03-01T00:03:00.000Z', author: 'teen', text: 'em sợ', status: 'received', context: true });
  const m = await s.tickets.addMessage({ ticketId: open.ticket.id, at: '2026-03-01T00:04:00.000Z', author: 'counselor', counselorId: 'acc-1', text: 'chào em', status: 'pending' });
  await s.tickets.updateMessage(m.seq, { status: 'failed', failureCode: 'window_closed', platformCode: '10/2018278' });
  await s.tickets.addNote({ ticketId: open.ticket.id, at: '2026-03-01T00:05:00.000Z', authorId: 'acc-1', text: 'ghi chú' });
  const closed = await s.tickets.request({ conversationId: 'c2', userId: 'u2', channel: 'zalo', lang: 'en', reason: 'user_request', priority: 10, at: '2026-02-01T00:00:00.000Z' });
  await s.tickets.closeAs(closed.ticket.id, { by: 'acc-1', outcome: 'resolved', at: '2026-02-01T01:00:00.000Z', ratingRequested: true });
  await s.tickets.rate(closed.ticket.id, 5, '2026-02-01T02:00:00.000Z');
  await s.feedback.recordVote({ userId: 'u1', entryId: 'rights.age', vote: 'down', channel: 'zalo', at: '2026-03-01T08:00:00+07:00', text: 'mấy tuổi', lang: 'vi' });
  await s.feedback.recordVote({ userId: 'u2', entryId: 'rights.age', vote: 'up', channel: 'web', at: '2026-03-02T00:00:00.000Z' });
  await s.feedback.recordUnanswered({ userId: 'u1', text: 'hỏi gì đó', lang: 'vi', channel: 'zalo', at: '2026-03-03T00:00:00.000Z', confidence: 0.12, bestEntryId: 'jobs.x' });
  const flag = await s.riskFlags.record({ turnId: 't1', conversationId: 'c1', userId: 'u1', channel: 'messenger', ruleId: 'ab.hit', category: 'abuse', level: 'disclosed', thirdParty: false, at: new Date('2026-03-01T00:01:00.000Z') });
  await s.riskFlags.markReview(flag.id, { outcome: 'true_positive', by: 'staff', at: new Date('2026-03-02T00:00:00.000Z') });
  await s.riskFlags.recordMiss({ conversationId: 'c9', by: 'staff', at: new Date('2026-03-02T00:00:00.000Z'), note: 'missed' });
  const consent = await s.consents.record({ userId: 'u1', channel: 'zalo', ageBand: '13-15', textVersion: 'v1', parentalConfirmed: true, givenAt: '2026-03-01T00:00:00.000Z' });
  await s.consents.record({ userId: 'u2', channel: 'web', ageBand: '18+', textVersion: 'v1', parentalConfirmed: false, givenAt: '2026-03-01T00:00:00.000Z' });
  await s.consents.withdraw('u2', '2026-03-05T00:00:00.000Z');
  await s.surveyResults.save({ userId: 'u1', consentId: consent.id, channel: 'zalo', lang: 'vi', itemSet: 'v1', completedAt: '2026-03-01T16:30:00.000Z', scores: { R: 1, I: 2, A: 3, S: 12, E: 4, C: 0 }, maxScore: 12, code: 'SEA', ageBand: '13-15', locality: 'w1' });
  await s.surveyResults.save({ userId: 'u2', consentId: 'x', channel: 'web', lang: 'en', itemSet: 'v1', completedAt: '2026-03-02T00:00:00.000Z', scores: { R: 9, I: 2, A: 3, S: 1, E: 4, C: 0 }, maxScore: 12, code: 'REA', ageBand: '18+' });
  await s.surveyProfiles.save({ userId: 'u1', ageBand: '13-15', grade: 'g9', locality: 'w1', updatedAt: '2026-03-01T00:00:00.000Z' });
  await s.channels.inbox.enqueue([{ channel: 'messenger', userKey: 'P:u1', dedupeKey: 'mid-1', payload: '{"m":1}', receivedAt: 1000 }], 1000);
  await s.channels.outbox.add({ channel: 'zalo', conversationId: 'c2', userId: 'u2', payload: '{"t":"x"}', humanAgent: true, createdAt: 1, nextAttemptAt: 5, attempts: 2, lastError: 'rate limited' });
  await s.channels.contacts.recordInbound({ channel: 'zalo', userId: 'u2', conversationId: 'c2', at: 12345 });
  await s.channels.contacts.setOptions('zalo', 'u2', [{ title: 'Học nghề', value: 'học nghề' }]);
  await s.channels.failures.record({ channel: 'zalo', conversationId: 'c2', userId: 'u2', at: '2026-03-01T00:00:00.000Z', code: 'window_closed', reasonKey: 'channels:failure.window_closed', humanAgent: true, platformCode: '-230' });
  await s.channels.tokens.save('zalo:oa', { accessToken: 'a', refreshToken: 'r', expiresAt: 10, obtainedAt: 1 });
  await s.consoleAccounts.create({ id: 'acc-1', username: 'Lan', displayName: 'Lan', role: 'counselor', passwordHash: 'scrypt$x', disabled: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
  await s.consoleSessions.create({ idHash: 'h1', accountId: 'acc-1', csrfToken: 'c', createdAt: '2026-03-01T00:00:00.000Z', lastSeen: '2026-03-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z' });
  await s.audit.record({ at: '2026-03-01T00:00:00.000Z', action: 'conversation.open', actorId: 'acc-1', target: 'c1', details: { ticket: ids.open } });
}

/** What a port answers, for engine-to-engine comparison (eTags and generated seqs differ by design). */
async function view(s: Stores): Promise<Record<string, unknown>> {
  const state = await s.botState.read(['messenger/users/u1', 'messenger/conversations/c1/']);
  for (const v of Object.values(state)) delete (v as { eTag?: string }).eTag;
  const opts = { bucket: 'day' as const, utcOffsetMinutes: 420 };
  return {
    state,
    recent: await s.transcripts.recent('c1', 50),
    transcriptsOfU2: await s.transcripts.countByUser('u2'),
    open: await s.tickets.openFor('c1'),
    latest: await s.tickets.latestFor('c2'),
    queue: await s.tickets.queue(),
    thread: await s.tickets.messages(ids.open ?? '', 10),
    notes: await s.tickets.notes(ids.open ?? ''),
    votes: await s.feedback.listVotes(),
    unanswered: await s.feedback.listUnanswered(),
    counts: await s.feedback.counts(),
    flags: await s.riskFlags.list(),
    misses: await s.riskFlags.listMisses(),
    consents: [await s.consents.listByUser('u1'), await s.consents.listByUser('u2'), await s.consents.active('u2')],
    results: await s.surveyResults.list({}, { limit: 10, offset: 0 }),
    stats: await s.surveyResults.stats({}, opts),
    profile: await s.surveyProfiles.get('u1'),
    inbox: await s.channels.inbox.pending('messenger'),
    outbox: await s.channels.outbox.hasPending('zalo', 'c2'),
    contact: await s.channels.contacts.get('zalo', 'u2'),
    failures: await s.channels.failures.listForConversation('c2'),
    token: await s.channels.tokens.get('zalo:oa'),
    accounts: await s.consoleAccounts.list(),
    byName: await s.consoleAccounts.findByUsername('lan'),
    session: await s.consoleSessions.get('h1'),
    audit: await s.audit.list(),
  };
}

beforeAll(async () => {
  cosmos = await startLocalCosmos();
  tmp = tempDir();
  sqlite = openSqliteStores(tmp.dir);
  await seed(sqlite);
  const database = uniqueDatabase('migrate');
  const env = { DATA_DIR: tmp.dir, COSMOS_ENDPOINT: cosmos.endpoint, COSMOS_KEY: cosmos.key, COSMOS_DATABASE: database };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    code = await main((s) => (output += s));
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  target = await openCosmosStores({ endpoint: cosmos.endpoint, key: cosmos.key, database, events: { feed: 'poll' } });
}, 60_000);

afterAll(async () => {
  await target?.close();
  await sqlite?.close();
  await cosmos?.close();
  tmp?.cleanup();
});

describe('npm run migrate:sqlite-to-cosmos', () => {
  it('copies every table and verifies counts and checksums', () => {
    expect(output).not.toMatch(/FAIL/);
    expect(code).toBe(0);
    for (const table of ['bot_state', 'transcripts', 'tickets', 'ticket_messages', 'ticket_notes', 'faq_votes', 'risk_flags', 'survey_results', 'channel_inbox', 'console_accounts', 'audit_log']) {
      expect(output).toMatch(new RegExp(`ok\\s+${table}\\s`));
    }
    expect(output).toMatch(/transcripts\s+rows\s+6\s+docs\s+6\s+found\s+6/);
  });

  it('every port answers the same on Cosmos DB as on SQLite after the move', async () => {
    expect(canonical(await view(target))).toBe(canonical(await view(sqlite)));
  });

  it('the moved data keeps working: safety marks, the open ticket, leases and dedupe keys', async () => {
    await target.transcripts.append({ conversationId: 'c1', userId: 'u1', channel: 'messenger', direction: 'in', type: 'message', text: 'sau', at: '2026-03-02T00:00:00.000Z' });
    expect((await target.transcripts.recent('c1', 1))[0]?.kind).toBe('safety');
    const again = await target.tickets.request({ conversationId: 'c1', userId: 'u1', channel: 'messenger', lang: 'vi', reason: 'user_request', priority: 1, at: '2026-03-02T00:00:00.000Z' });
    expect(again).toMatchObject({ created: false, ticket: { id: ids.open } });
    expect(await target.channels.inbox.enqueue([{ channel: 'messenger', userKey: 'P:u1', dedupeKey: 'mid-1', payload: '{}', receivedAt: 2 }], 2)).toBe(0);
    const [item] = await target.channels.inbox.claim('messenger', { limit: 5, now: Date.now(), leaseMs: 1000, owner: 'w' });
    expect(item).toMatchObject({ dedupeKey: 'mid-1', payload: '{"m":1}' });
    expect(await target.consoleAccounts.findByUsername('LAN')).toMatchObject({ id: 'acc-1' });
  });

  it('checksums ignore key order and system fields but see any change of content', () => {
    const a = { id: '1', pk: 'p', x: { b: 1, a: 'Tiếng Việt' } };
    expect(checksum([a, { id: '2', pk: 'p', y: 2 }])).toBe(checksum([{ pk: 'p', y: 2, id: '2' }, { x: { a: 'Tiếng Việt', b: 1 }, id: '1', pk: 'p', _etag: 'e', _ts: 1 }]));
    expect(checksum([a])).not.toBe(checksum([{ ...a, x: { b: 1, a: 'Tieng Viet' } }]));
  });
});
