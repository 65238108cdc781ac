import { z } from 'zod';
import type { InboxEntry } from '../../storage/ports/channel-inbox';

export const CHANNEL = 'zalo';

/** Zalo ids are 19-digit strings (beyond 2^53): kept as strings; a number is accepted only if exact. */
const Id = z.union([
  z.string().regex(/^[0-9A-Za-z_.:-]{1,64}$/),
  z.number().int().refine((n) => Number.isSafeInteger(n) && n >= 0).transform(String),
]);
const Timestamp = z.union([z.string().regex(/^\d{1,16}$/).transform(Number), z.number().int().nonnegative().max(8.64e15)]);
const Party = z.object({ id: Id });

const Attachment = z.object({
  type: z.string().max(64),
  payload: z.object({ url: z.string().max(4096).optional(), thumbnail: z.string().max(4096).optional() }).nullish(),
});

const UserMessage = z.object({
  sender: Party,
  recipient: Party,
  timestamp: Timestamp,
  message: z.object({
    msg_id: z.string().min(1).max(256).optional(),
    text: z.string().max(20_000).optional(),
    attachments: z.array(Attachment).max(50).optional(),
  }),
});
const Follow = z.object({ follower: Party, oa_id: Id.optional(), recipient: Party.optional(), timestamp: Timestamp });
const ChatNow = z.object({ user_id: Id, oa_id: Id, timestamp: Timestamp });
const SubmitInfo = z.object({
  sender: Party,
  recipient: Party,
  timestamp: Timestamp,
  info: z.record(z.string(), z.unknown()).optional(),
  message: z.object({ text: z.string().max(20_000).optional(), msg_id: z.string().max(256).optional() }).optional(),
});

/** The envelope every Zalo event shares. */
export const ZaloEnvelope = z.object({ event_name: z.string().min(1).max(100), timestamp: Timestamp });

/** The minimum of one user event the inbox keeps. */
export const ZaloEvent = z.object({
  kind: z.enum(['message', 'follow', 'chatnow', 'submit_info']),
  userId: z.string(),
  oaId: z.string(),
  timestamp: z.number(),
  msgId: z.string().optional(),
  text: z.string().optional(),
  attachments: z.array(z.object({ type: z.string(), url: z.string().optional() })).optional(),
  info: z.record(z.string(), z.unknown()).optional(),
});
export type ZaloEvent = z.infer<typeof ZaloEvent>;

const MEDIA = /^user_send_(image|gif|sticker|file|audio|video|link|location|business_card)$/;
const RECEIPTS = new Set(['user_received_message', 'user_seen_message']);

function userMessage(json: unknown, eventName: string): ZaloEvent | string {
  const p = UserMessage.safeParse(json);
  if (!p.success) return 'invalid';
  const m = p.data.message;
  if (eventName === 'user_send_text' && m.text === undefined) return 'invalid';
  const attachments = (m.attachments ?? []).map((a) => ({
    type: a.type,
    ...(a.payload?.url ? { url: a.payload.url } : {}),
  }));
  return {
    kind: 'message',
    userId: p.data.sender.id,
    oaId: p.data.recipient.id,
    timestamp: p.data.timestamp,
    ...(m.msg_id ? { msgId: m.msg_id } : {}),
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(eventName !== 'user_send_text' ? { attachments: attachments.length ? attachments : [{ type: eventName.slice(10) }] } : {}),
  };
}

/** Classifies one verified Zalo event (§2.1): a user event for the inbox, or why it gets no turn. */
export function toZaloEvent(json: unknown): ZaloEvent | string {
  const env = ZaloEnvelope.safeParse(json);
  if (!env.success) return 'invalid';
  const name = env.data.event_name;
  if (name === 'user_send_text' || MEDIA.test(name)) return userMessage(json, name);
  if (name.startsWith('oa_send_')) return 'echo';
  if (RECEIPTS.has(name)) return 'receipt';
  if (name === 'follow') {
    const p = Follow.safeParse(json);
    if (!p.success) return 'invalid';
    const oaId = p.data.oa_id ?? p.data.recipient?.id ?? '';
    return { kind: 'follow', userId: p.data.follower.id, oaId, timestamp: p.data.timestamp };
  }
  if (name === 'user_click_chatnow') {
    const p = ChatNow.safeParse(json);
    return p.success ? { kind: 'chatnow', userId: p.data.user_id, oaId: p.data.oa_id, timestamp: p.data.timestamp } : 'invalid';
  }
  if (name === 'user_submit_info') {
    const p = SubmitInfo.safeParse(json);
    if (!p.success) return 'invalid';
    const info = p.data.info ?? parseInfoText(p.data.message?.text);
    return {
      kind: 'submit_info',
      userId: p.data.sender.id,
      oaId: p.data.recipient.id,
      timestamp: p.data.timestamp,
      ...(p.data.message?.msg_id ? { msgId: p.data.message.msg_id } : {}),
      ...(info ? { info } : {}),
    };
  }
  return 'other';
}

/** Some integrations put the submitted info as JSON in `message.text` (§2.1); accept that too. */
function parseInfoText(text: string | undefined): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The inbox entry for a user event: dedupe by `msg_id`, else event + user + timestamp. */
export function toInboxEntry(e: ZaloEvent, now: number): InboxEntry {
  return {
    channel: CHANNEL,
    userKey: `${e.oaId}:${e.userId}`,
    dedupeKey: e.msgId ?? `${e.kind}:${e.userId}:${e.timestamp}`,
    payload: JSON.stringify(e),
    receivedAt: now,
  };
}
