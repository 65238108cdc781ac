import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { signHub } from '../../src/channels/messenger/verify';
import { signZalo } from '../../src/channels/zalo/verify';
import {
  MESSENGER_SECRETS,
  messengerEnvelope,
  messengerHarness,
  messengerText,
  post,
  ZALO_SECRETS,
  zaloHarness,
  zaloTextBody,
} from './support/harness';

const RUNS = 150;
const json = fc.jsonValue({ maxDepth: 4 });
const bytes = fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a));

/** Replaces the value at one random path of a JSON document with an arbitrary JSON value. */
function mutate(doc: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof doc !== 'object' || doc === null) return replacement;
  const entries = Array.isArray(doc) ? doc.map((v, i) => [i, v] as const) : Object.entries(doc);
  if (entries.length === 0) return replacement;
  const [key, value] = entries[path[0]! % entries.length]!;
  const next = mutate(value, path.slice(1), replacement);
  if (Array.isArray(doc)) return (doc as unknown[]).map((v, i) => (i === key ? next : v));
  return { ...(doc as Record<string, unknown>), [key]: next };
}

describe('Messenger webhook under fuzzing', () => {
  let h: Awaited<ReturnType<typeof messengerHarness>>;
  beforeAll(async () => {
    h = await messengerHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  const send = (body: Buffer | string, sig: string | undefined) =>
    post(`${h.url}/webhooks/messenger`, body, sig === undefined ? {} : { 'X-Hub-Signature-256': sig });

  it('never answers 5xx and runs no turn for arbitrary bytes, unsigned or signed, or arbitrary JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(bytes, json.map((j) => Buffer.from(JSON.stringify(j) ?? 'null'))), fc.boolean(), fc.string({ maxLength: 80 }), async (body, signed, header) => {
        const status = await send(body, signed ? signHub(body, MESSENGER_SECRETS.appSecret) : header);
        expect(status).toBeLessThan(500);
        if (!signed) expect(status).toBe(401);
      }),
      { numRuns: RUNS },
    );
    await h.channel.whenIdle();
    expect(h.turns).toHaveLength(0);
    expect(h.graph.sent()).toHaveLength(0);
  });

  it('survives signed, mutated valid payloads: no 5xx, and only well-formed events become turns', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(20), { maxLength: 8 }), json, async (path, replacement) => {
        n += 1;
        const doc = JSON.parse(messengerEnvelope([messengerText('PSIDF', `m_fuzz_${n}`, 'chào', h.clock.now)])) as unknown;
        const body = JSON.stringify(mutate(doc, path, replacement));
        expect(await send(body, signHub(body, MESSENGER_SECRETS.appSecret))).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    await h.channel.whenIdle();
    // Mutations of fields the adapter does not read leave the event valid: some turns must have run.
    expect(h.turns.length).toBeGreaterThan(0);
    expect(h.turns.length).toBeLessThan(RUNS);
    for (const t of h.turns) {
      expect(typeof t.from?.id).toBe('string');
      expect(t.conversation?.id).toMatch(/^messenger:[^:]+:.+$/);
      expect(['message', 'conversationUpdate']).toContain(t.type);
    }
  });
});

describe('Zalo webhook under fuzzing', () => {
  let h: Awaited<ReturnType<typeof zaloHarness>>;
  beforeAll(async () => {
    h = await zaloHarness();
  });
  afterAll(async () => {
    await h.close();
  });
  const send = (body: Buffer | string, sig: string | undefined) =>
    post(`${h.url}/webhooks/zalo`, body, sig === undefined ? {} : { 'X-ZEvent-Signature': sig });

  it('never answers 5xx and runs no turn for arbitrary bytes, or arbitrary JSON signed with its own timestamp', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, fc.string({ maxLength: 80 }), json, fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), async (raw, header, j, ts) => {
        expect(await send(raw, header)).toBeLessThan(500);
        const doc = typeof j === 'object' && j !== null && !Array.isArray(j) ? { ...j, timestamp: ts } : { value: j, timestamp: ts };
        const body = JSON.stringify(doc);
        expect(await send(body, signZalo(body, String(ts), ZALO_SECRETS.appId, ZALO_SECRETS.oaSecretKey))).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    await h.channel.whenIdle();
    expect(h.turns).toHaveLength(0);
    expect(h.zalo.sends).toHaveLength(0);
  });

  it('survives signed, mutated valid events: no 5xx, and only well-formed events become turns', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(20), { maxLength: 6 }), json, async (path, replacement) => {
        n += 1;
        const doc = mutate(JSON.parse(zaloTextBody('7000000000000000001', `fz${n}`, 'chào', h.clock.now)), path, replacement) as Record<string, unknown>;
        const body = JSON.stringify(doc);
        const ts = typeof doc === 'object' && doc !== null ? (doc as { timestamp?: unknown }).timestamp : undefined;
        const sig = signZalo(body, typeof ts === 'string' || typeof ts === 'number' ? String(ts) : '', ZALO_SECRETS.appId, ZALO_SECRETS.oaSecretKey);
        expect(await send(body, sig)).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
    await h.channel.whenIdle();
    expect(h.turns.length).toBeGreaterThan(0);
    expect(h.turns.length).toBeLessThan(RUNS);
    for (const t of h.turns) {
      expect(typeof t.from?.id).toBe('string');
      expect(t.conversation?.id).toMatch(/^zalo:[^:]+:.+$/);
    }
  });
});
