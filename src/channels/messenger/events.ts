import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { InboxEntry } from '../../storage/ports/channel-inbox';

export const CHANNEL = 'messenger';

const Id = z.string().min(1).max(128);

const Attachment = z.object({
  type: z.string().max(64),
  payload: z.object({ url: z.string().max(4096).optional() }).nullish(),
});

const Message = z.object({
  mid: z.string().min(1).max(1024),
  text: z.string().max(20_000).optional(),
  is_echo: z.boolean().optional(),
  quick_reply: z.object({ payload: z.string().max(1000) }).optional(),
  attachments: z.array(Attachment).max(50).optional(),
});

const Postback = z.object({
  mid: z.string().max(1024).optional(),
  title: z.string().max(1000).optional(),
  payload: z.string().max(1000),
});

const MessagingItem = z.object({
  sender: z.object({ id: Id }),
  recipient: z.object({ id: Id }),
  timestamp: z.number().int().nonnegative().max(8.64e15),
  message: Message.optional(),
  postback: Postback.optional(),
});

/** The envelope of a Messenger webhook POST (§1.2). Items inside are validated one by one. */
export const WebhookBody = z.object({
  object: z.string(),
  entry: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).optional(),
      messaging: z.array(z.unknown()).max(1000).optional(),
      standby: z.array(z.unknown()).max(1000).optional(),
    }),
  ).max(1000),
});

/** The minimum of one user event the inbox keeps (no profile data; text only until the turn ran). */
export const MessengerEvent = z.object({
  kind: z.enum(['message', 'postback']),
  psid: Id,
  pageId: Id,
  timestamp: z.number(),
  mid: z.string().optional(),
  text: z.string().optional(),
  quickReply: z.string().optional(),
  attachments: z.array(z.object({ type: z.string(), url: z.string().optional() })).optional(),
  postback: z.object({ title: z.string().optional(), payload: z.string() }).optional(),
});
export type MessengerEvent = z.infer<typeof MessengerEvent>;

export interface Extracted {
  entries: InboxEntry[];
  /** Counts of what was acknowledged without a turn (echo, standby, read, delivery, invalid…). */
  skipped: Record<string, number>;
}

function toEvent(item: z.infer<typeof MessagingItem>): MessengerEvent | string {
  const base = { psid: item.sender.id, pageId: item.recipient.id, timestamp: item.timestamp };
  const m = item.message;
  if (m) {
    if (m.is_echo) return 'echo';
    return {
      ...base,
      kind: 'message',
      mid: m.mid,
      ...(m.text !== undefined ? { text: m.text } : {}),
      ...(m.quick_reply ? { quickReply: m.quick_reply.payload } : {}),
      ...(m.attachments?.length
        ? { attachments: m.attachments.map((a) => ({ type: a.type, ...(a.payload?.url ? { url: a.payload.url } : {}) })) }
        : {}),
    };
  }
  if (item.postback) {
    const p = item.postback;
    return {
      ...base,
      kind: 'postback',
      ...(p.mid ? { mid: p.mid } : {}),
      postback: { payload: p.payload, ...(p.title !== undefined ? { title: p.title } : {}) },
    };
  }
  return 'other';
}

function dedupeKey(e: MessengerEvent): string {
  if (e.mid) return e.mid;
  const h = createHash('sha256').update(`${e.psid}|${e.timestamp}|${e.postback?.payload ?? ''}`).digest('hex');
  return `pb:${h}`;
}

/**
 * Every `entry[].messaging[]` item that needs a turn (user messages and postbacks), in payload order.
 * Echoes, `standby` (another app owns the thread), reads, deliveries, referrals and anything invalid are
 * acknowledged and counted, never answered.
 */
export function extractEvents(body: z.infer<typeof WebhookBody>, now: number): Extracted {
  const entries: InboxEntry[] = [];
  const skipped: Record<string, number> = {};
  const skip = (why: string, n = 1): void => {
    skipped[why] = (skipped[why] ?? 0) + n;
  };
  for (const entry of body.entry) {
    if (entry.standby?.length) skip('standby', entry.standby.length);
    for (const raw of entry.messaging ?? []) {
      const parsed = MessagingItem.safeParse(raw);
      if (!parsed.success) {
        skip('invalid');
        continue;
      }
      const ev = toEvent(parsed.data);
      if (typeof ev === 'string') {
        skip(ev);
        continue;
      }
      entries.push({
        channel: CHANNEL,
        userKey: `${ev.pageId}:${ev.psid}`,
        dedupeKey: dedupeKey(ev),
        payload: JSON.stringify(ev),
        receivedAt: now,
      });
    }
  }
  return { entries, skipped };
}
